/** Static checks of a JSON Logic rule, over the whole tree, branches evaluation would skip included. */
import { SCOPED_OPERATORS, STANDARD_OPERATORS, isOperation, operationParts } from './json-logic.ts';

/** A problem found in a rule, at a JSON path relative to the rule. */
export interface RuleIssue {
  path: string;
  message: string;
}

/**
 * Lists every problem in `rule`: operators outside JSON Logic's standard set, and `var`s on the
 * profile whose path is not a literal or that `isKnownField` rejects. Arguments that run per
 * array element (map, filter, reduce, all, none, some) read the element, not the profile, so
 * their `var`s are not checked against the profile's fields.
 */
export function lintRule(
  rule: unknown,
  isKnownField: (path: string) => boolean,
  base = '',
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  visit(rule, base, true);
  return issues;

  function visit(node: unknown, path: string, profileScope: boolean): void {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}/${i}`, profileScope));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    if (!isOperation(node)) {
      issues.push({
        path,
        message: `an object in a rule must have exactly one key, the operator; found ${describeKeys(node)}`,
      });
      return;
    }
    const { op, args } = operationParts(node);
    const opPath = `${path}/${escapePointer(op)}`;
    if (!STANDARD_OPERATORS.has(op)) {
      issues.push({ path: opPath, message: `"${op}" is not a standard JSON Logic operator` });
    }
    if (op === 'var') {
      checkVar(args, opPath, profileScope);
      return;
    }
    const raw = node[op];
    const argPath = (i: number) => (Array.isArray(raw) ? `${opPath}/${i}` : opPath);
    args.forEach((arg, i) => {
      const scoped = SCOPED_OPERATORS.has(op) && i > 0;
      visit(arg, argPath(i), profileScope && !scoped);
    });
  }

  function checkVar(args: unknown[], path: string, profileScope: boolean): void {
    const [field] = args;
    if (typeof field !== 'string' && typeof field !== 'number') {
      issues.push({
        path,
        message: 'a "var" path must be a literal string, so the fields a rule reads can be checked',
      });
      return;
    }
    if (profileScope && !isKnownField(String(field))) {
      issues.push({
        path,
        message: `"var" reads "${field}", which the profile schema does not define`,
      });
    }
  }
}

function describeKeys(node: object): string {
  const keys = Object.keys(node);
  return keys.length === 0 ? 'no keys' : keys.map((k) => `"${k}"`).join(', ');
}

/** Escapes a key for a JSON Pointer (RFC 6901). */
export function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The profile fields a rule can read, in any branch, in order of first appearance. */
export function profileFieldsRead(rule: unknown): string[] {
  const fields = new Set<string>();
  lintRule(rule, (path) => fields.add(path) !== undefined);
  return [...fields];
}
