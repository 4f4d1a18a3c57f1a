/** What changed between two versions of a policy, requirement by requirement, as word-level redlines. */
import { diffArrays, diffLines, diffWords } from 'diff';
import type { Policy, Requirement } from './evaluate.ts';
import { render } from './explain.ts';
import { canonicalJson } from './release-content.ts';

/** A run of text that both versions share, or that only the newer (added) or older (removed) has. */
export interface Segment {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface RequirementDiff {
  id: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  before?: Requirement;
  after?: Requirement;
  levelChanged: boolean;
  textChanged: boolean;
  ruleChanged: boolean;
  /** The requirement's text, redlined. */
  text: Segment[];
  /** The rule in words, redlined. */
  ruleWords: Segment[];
  /** The rule's JSON, line by line. */
  ruleJson: Segment[];
}

/** A changed field of the policy's metadata. */
export interface FieldDiff {
  field: 'title' | 'status' | 'area' | 'summary' | 'supersededBy';
  before: string;
  after: string;
  segments: Segment[];
}

export interface PolicyDiff {
  fields: FieldDiff[];
  requirements: RequirementDiff[];
  references: { added: Policy['references']; removed: Policy['references'] };
}

const FIELDS: readonly FieldDiff['field'][] = [
  'title',
  'status',
  'area',
  'summary',
  'supersededBy',
];

/** The differences from `before` to `after`; requirements in the newer version's order, removed ones after. */
export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const fields = FIELDS.flatMap((field) => {
    const [a, b] = [before[field] ?? '', after[field] ?? ''];
    return a === b ? [] : [{ field, before: a, after: b, segments: redline(a, b) }];
  });
  const ids = [
    ...after.requirements.map((r) => r.id),
    ...before.requirements
      .map((r) => r.id)
      .filter((id) => !after.requirements.some((r) => r.id === id)),
  ];
  const requirements = ids.map((id) =>
    diffRequirement(
      id,
      before.requirements.find((r) => r.id === id),
      after.requirements.find((r) => r.id === id),
    ),
  );
  const key = (r: Policy['references'][number]) => canonicalJson(r);
  const beforeKeys = new Set(before.references.map(key));
  const afterKeys = new Set(after.references.map(key));
  return {
    fields,
    requirements,
    references: {
      added: after.references.filter((r) => !beforeKeys.has(key(r))),
      removed: before.references.filter((r) => !afterKeys.has(key(r))),
    },
  };
}

function diffRequirement(
  id: string,
  before: Requirement | undefined,
  after: Requirement | undefined,
): RequirementDiff {
  const text = redline(before?.text ?? '', after?.text ?? '');
  const ruleWords = redline(before ? render(before.rule) : '', after ? render(after.rule) : '');
  const ruleJson = lines(ruleText(before), ruleText(after));
  const levelChanged = !!before && !!after && before.level !== after.level;
  const textChanged = !!before && !!after && before.text !== after.text;
  const ruleChanged =
    !!before && !!after && canonicalJson(before.rule) !== canonicalJson(after.rule);
  const change = !before
    ? 'added'
    : !after
      ? 'removed'
      : levelChanged || textChanged || ruleChanged
        ? 'changed'
        : 'unchanged';
  return {
    id,
    change,
    before,
    after,
    levelChanged,
    textChanged,
    ruleChanged,
    text,
    ruleWords,
    ruleJson,
  };
}

function ruleText(requirement: Requirement | undefined): string {
  return requirement ? `${JSON.stringify(requirement.rule, null, 2)}\n` : '';
}

/** A word-level redline of two texts. */
export function redline(before: string, after: string): Segment[] {
  return diffWords(before, after).map(toSegment);
}

function lines(before: string, after: string): Segment[] {
  return diffLines(before, after).map(toSegment);
}

function toSegment(part: { value: string; added: boolean; removed: boolean }): Segment {
  return { text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' };
}

/** A paragraph of the page's prose that differs: a word-level redline when it was edited. */
export interface ParagraphDiff {
  change: 'added' | 'removed' | 'changed';
  segments: Segment[];
}

/** The paragraphs (blocks between blank lines) that differ between two texts, in order. */
export function diffParagraphs(before: string, after: string): ParagraphDiff[] {
  const split = (text: string) =>
    text
      .replace(/\r\n?/g, '\n')
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean);
  const parts = diffArrays(split(before), split(after));
  const out: ParagraphDiff[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      // Pair removed and added paragraphs one to one as edits; the rest are whole.
      const pairs = Math.min(part.value.length, next.value.length);
      for (let k = 0; k < pairs; k++)
        out.push({ change: 'changed', segments: redline(part.value[k]!, next.value[k]!) });
      for (const p of part.value.slice(pairs)) out.push(whole('removed', p));
      for (const p of next.value.slice(pairs)) out.push(whole('added', p));
      i++;
    } else if (part.removed) out.push(...part.value.map((p) => whole('removed', p)));
    else if (part.added) out.push(...part.value.map((p) => whole('added', p)));
  }
  return out;
}

function whole(change: 'added' | 'removed', text: string): ParagraphDiff {
  return { change, segments: [{ text, change }] };
}
