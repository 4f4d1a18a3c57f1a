/**
 * What would change a failing requirement: for each failing clause, the field it reads, the
 * value the profile declares and what the rule needs instead — read off the explanation tree,
 * never written per policy. The suggestions are tried on a copy of the profile and the rule
 * explained again, so one round of them makes the requirement pass where that can be known
 * (an "and" stops at its first failing clause; the clauses after it show up only then).
 */
import type { ExplainNode } from './explain.ts';
import { explain, failingClauses } from './explain.ts';
import { truthy } from './json-logic.ts';
import type { FieldRead } from './json-logic.ts';
import { readPath, withPath } from './dotted-path.ts';
import profileSchema from '../profiles/vendor-profile.v1.json' with { type: 'json' };
import { schemaAt, type SchemaNode } from './schema-fields.ts';

/** One change that would make a failing clause hold. */
export interface Remedy {
  path: string;
  /** What the profile declares, in words, e.g. "1 ring" or "nothing (not declared)". */
  declares: string;
  /** What the rule needs, in words, e.g. "at least 3 rings". */
  needs: string;
}

/** What a clause needs of a field, and a value that would meet it when one follows from the rule. */
interface Fix {
  path: string;
  needs: string;
  value?: unknown;
}

/** Rounds of try-and-explain-again: each round can only add fields, so a few suffice. */
const MAX_ROUNDS = 8;

const MIRROR: Record<string, string> = {
  '>': '<',
  '>=': '<=',
  '<': '>',
  '<=': '>=',
  '==': '==',
  '===': '===',
  '!=': '!=',
  '!==': '!==',
};

/** The remedies for a requirement whose `rule` fails on `profile`, each field once. */
export function remedies(rule: unknown, profile: unknown): Remedy[] {
  return tryRemedies(rule, profile).remedies;
}

/**
 * The remedies, and the copy of the profile with each remedy's value applied; `complete` when
 * every remedy named a value (an open-ended one, such as "a list with at least one item", does not).
 */
export function tryRemedies(
  rule: unknown,
  profile: unknown,
): { remedies: Remedy[]; trial: unknown; complete: boolean } {
  const found = new Map<string, Remedy>();
  let trial = profile;
  let complete = true;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const explanation = explain(rule, trial);
    // A rule can hold with a field left out (not (null) is true); the field is still needed.
    const clauses = truthy(explanation.value)
      ? undeclaredClauses(explanation)
      : [...failingClauses(explanation), ...undeclaredClauses(explanation)];
    const fixes = clauses
      .map(fixFor)
      .filter((f): f is Fix => f !== undefined && !found.has(`${f.path} ${f.needs}`));
    if (fixes.length === 0) break;
    for (const { value, path, needs } of fixes) {
      // What the reader's profile declares, not the trial copy.
      found.set(`${path} ${needs}`, {
        path,
        declares: declared(path, readPath(profile, path)),
        needs,
      });
      if (value !== undefined) trial = withPath(trial, path, value);
      else complete = false;
    }
    // A fix without a value leaves the trial unchanged: another round would find the same.
    if (fixes.every((f) => f.value === undefined)) break;
  }
  return { remedies: [...found.values()], trial, complete };
}

/** The clauses that read a field the profile leaves out: its comparison, its "not", or the field itself. */
function undeclaredClauses(root: ExplainNode): ExplainNode[] {
  const undeclared = (node: ExplainNode) =>
    node.op === 'var' && node.reached && node.reads.some((r) => !r.declared);
  const found = undeclared(root) ? [root] : [];
  walk(root);
  return found;

  function walk(node: ExplainNode): void {
    for (const child of node.children) {
      if (undeclared(child)) {
        const standsAlone = child.condition && node.op !== '!' && node.op !== '!!';
        found.push(standsAlone ? child : node);
      }
      walk(child);
    }
  }
}

/** A remedy in one sentence: "rollout.content.ringCount declares 1 ring; needs at least 3 rings". */
export function describeRemedy(remedy: Remedy): string {
  return `${remedy.path} declares ${remedy.declares}; needs ${remedy.needs}`;
}

function fixFor(clause: ExplainNode): Fix | undefined {
  if (clause.op === 'var') return presenceFix(clause);
  if (clause.op === '!' && clause.children[0]?.op === 'var')
    return fieldFix(clause.children[0], 'false', false);
  if (clause.op === '!!' && clause.children[0]?.op === 'var')
    return presenceFix(clause.children[0]);
  const [a, b, c] = clause.children;
  if (clause.op === 'in' && a && b) {
    if (a.op === 'var' && b.op === 'literal' && Array.isArray(b.value))
      return fieldFix(a, `one of ${list(b.value)}`, b.value[0]);
    if (a.op === 'literal' && b.op === 'var') {
      const current = readOf(b)?.value;
      const members = Array.isArray(current) ? current : [];
      return fieldFix(b, `a list that includes ${JSON.stringify(a.value)}`, [...members, a.value]);
    }
  }
  if ((clause.op === '<' || clause.op === '<=') && a && b?.op === 'var' && c) {
    const low = limitOf(a);
    const high = limitOf(c);
    if (!low || !high) return undefined;
    const path = pathOf(b);
    const inclusive = clause.op === '<=' ? ' inclusive' : '';
    return fieldFix(
      b,
      `between ${withUnit(low.value, path)} and ${withUnit(high.value, path)}${inclusive}`,
      lowestBetween(clause.op, low.value, high.value, path),
    );
  }
  const mirrored = MIRROR[clause.op];
  if (!a || !b || c || !mirrored) return undefined;
  const right = limitOf(b);
  if (a.op === 'var' && right) return comparisonFix(a, clause.op, right.value);
  const left = limitOf(a);
  if (left && b.op === 'var') return comparisonFix(b, mirrored, left.value);
  return undefined;
}

/**
 * What the other side of a comparison stands for: a constant, or a value the rule computes
 * from declared fields (a date a year before declaredOn, another field). Undefined where that
 * value is unknown.
 */
function limitOf(node: ExplainNode): { value: unknown } | undefined {
  if (node.op === 'literal') return { value: node.value };
  const known =
    node.reached &&
    node.value !== undefined &&
    node.value !== null &&
    node.reads.every((r) => r.declared);
  return known ? { value: node.value } : undefined;
}

/** The lowest value between two limits, where the field's type gives one. */
function lowestBetween(op: string, low: unknown, high: unknown, path: string): unknown {
  if (op === '<=') return low;
  if (!isInteger(path)) return undefined;
  const next = Number(low) + 1;
  return next <= Number(high) ? next : undefined;
}

/** A field that must be set: true for a yes-or-no, at least one member for a list. */
function presenceFix(node: ExplainNode): Fix | undefined {
  const path = pathOf(node);
  const schema = schemaAt(profileSchema as SchemaNode, path);
  if (schema?.type === 'array') {
    const allowed = schema.items?.enum;
    return fieldFix(
      node,
      allowed ? `a list with at least one of ${list(allowed)}` : 'a list with at least one item',
    );
  }
  if (schema?.type === 'integer' || schema?.type === 'number')
    return fieldFix(node, `more than ${withUnit(0, path)}`);
  if (schema?.type === 'string') return fieldFix(node, 'a non-empty text');
  return fieldFix(node, 'true', true);
}

function comparisonFix(node: ExplainNode, op: string, limit: unknown): Fix | undefined {
  const path = pathOf(node);
  const amount = withUnit(limit, path);
  const words: Record<string, string> = {
    '>=': `at least ${amount}`,
    '>': `more than ${amount}`,
    '<=': `at most ${amount}`,
    '<': `less than ${amount}`,
    '!=': `anything but ${amount}`,
    '!==': `anything but ${amount}`,
  };
  return fieldFix(node, words[op] ?? amount, valueMeeting(op, limit, path));
}

/** The value nearest the limit that meets the comparison, where there is one. */
function valueMeeting(op: string, limit: unknown, path: string): unknown {
  if (op === '==' || op === '===' || op === '>=' || op === '<=') return limit;
  if (typeof limit !== 'number') return undefined;
  const step = isInteger(path) ? 1 : undefined;
  if (step === undefined) return undefined;
  if (op === '>') return limit + step;
  if (op === '<') return limit - step;
  return undefined;
}

function fieldFix(node: ExplainNode, needs: string, value?: unknown): Fix | undefined {
  const read = readOf(node);
  if (!read) return undefined;
  return { path: read.path, needs, value };
}

function readOf(node: ExplainNode): FieldRead | undefined {
  return node.reads[0];
}

function pathOf(node: ExplainNode): string {
  return readOf(node)?.path ?? node.text;
}

function isInteger(path: string): boolean {
  return schemaAt(profileSchema as SchemaNode, path)?.type === 'integer';
}

function declared(path: string, read: { declared: boolean; value: unknown }): string {
  return read.declared ? withUnit(read.value, path) : 'nothing (not declared)';
}

/** A value with the unit the schema gives its field: "1 ring", "3 rings", "0.5%". */
export function withUnit(value: unknown, path: string): string {
  const unit = schemaAt(profileSchema as SchemaNode, path)?.['x-unit'];
  if (typeof value !== 'number' || !unit) return JSON.stringify(value);
  if (unit === 'percent') return `${value}%`;
  return `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

function list(value: unknown): string {
  return Array.isArray(value)
    ? value.map((v) => JSON.stringify(v)).join(', ')
    : JSON.stringify(value);
}
