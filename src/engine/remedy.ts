/**
 * What would change a failing requirement: for each failing clause, the field it reads, the
 * value the profile declares and what the rule needs instead — read off the explanation tree,
 * never written per policy.
 */
import type { ExplainNode } from './explain.ts';
import { failingClauses } from './explain.ts';
import type { FieldRead } from './json-logic.ts';
import profileSchema from '../profiles/vendor-profile.v1.json' with { type: 'json' };
import { schemaAt, type SchemaNode } from './schema-fields.ts';

/** One change that would make a failing clause hold. */
export interface Remedy {
  path: string;
  /** What the profile declares, in words, e.g. "1 ring" or "nothing". */
  declares: string;
  /** What the rule needs, in words, e.g. "at least 3 rings". */
  needs: string;
}

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

/** The remedies for a failed requirement; undeclared fields first, then each failing clause. */
export function remedies(explanation: ExplainNode, undeclared: readonly string[]): Remedy[] {
  const found: Remedy[] = undeclared.map((path) => ({
    path,
    declares: 'nothing (not declared)',
    needs: 'a declared value',
  }));
  if (found.length > 0) return found;
  for (const clause of failingClauses(explanation)) {
    const remedy = remedyFor(clause);
    if (remedy) found.push(remedy);
  }
  return found;
}

/** A remedy in one sentence: "rollout.content.ringCount declares 1 ring; needs at least 3 rings". */
export function describeRemedy(remedy: Remedy): string {
  return `${remedy.path} declares ${remedy.declares}; needs ${remedy.needs}`;
}

function remedyFor(clause: ExplainNode): Remedy | undefined {
  if (clause.op === 'var') return fieldRemedy(clause, 'true');
  if (clause.op === '!' && clause.children[0]?.op === 'var')
    return fieldRemedy(clause.children[0], 'false');
  const [a, b, c] = clause.children;
  if (clause.op === 'in' && a && b) {
    if (a.op === 'var' && b.op === 'literal') return fieldRemedy(a, `one of ${list(b.value)}`);
    if (a.op === 'literal' && b.op === 'var')
      return fieldRemedy(b, `a list that includes ${JSON.stringify(a.value)}`);
  }
  if (
    (clause.op === '<' || clause.op === '<=') &&
    a &&
    b &&
    c &&
    b.op === 'var' &&
    a.op === 'literal' &&
    c.op === 'literal'
  ) {
    const path = pathOf(b);
    const inclusive = clause.op === '<=' ? ' inclusive' : '';
    return fieldRemedy(
      b,
      `between ${withUnit(a.value, path)} and ${withUnit(c.value, path)}${inclusive}`,
    );
  }
  const mirrored = MIRROR[clause.op];
  if (!a || !b || c || !mirrored) return undefined;
  if (a.op === 'var' && b.op === 'literal')
    return fieldRemedy(a, comparison(clause.op, b.value, pathOf(a)));
  if (a.op === 'literal' && b.op === 'var')
    return fieldRemedy(b, comparison(mirrored, a.value, pathOf(b)));
  return undefined;
}

function fieldRemedy(node: ExplainNode, needs: string): Remedy | undefined {
  const read = node.reads[0];
  if (!read) return undefined;
  return { path: read.path, declares: declared(read), needs };
}

function pathOf(node: ExplainNode): string {
  return node.reads[0]?.path ?? node.text;
}

function comparison(op: string, value: unknown, path: string): string {
  const amount = withUnit(value, path);
  switch (op) {
    case '>=':
      return `at least ${amount}`;
    case '>':
      return `more than ${amount}`;
    case '<=':
      return `at most ${amount}`;
    case '<':
      return `less than ${amount}`;
    case '!=':
    case '!==':
      return `anything but ${amount}`;
    default:
      return amount;
  }
}

function declared(read: FieldRead): string {
  return read.declared ? withUnit(read.value, read.path) : 'nothing (not declared)';
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
