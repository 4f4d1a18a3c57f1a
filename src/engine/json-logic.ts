/**
 * The engine's one door to json-logic-js: every rule is applied through `applyRule`, which
 * reports the profile fields the rule actually read and whether the profile declared them.
 */
import { readPath } from './dotted-path.ts';
import jsonLogic from 'json-logic-js';

/** A field read from the root data during one application of a rule. */
export interface FieldRead {
  path: string;
  declared: boolean;
  value: unknown;
}

/** The operators of JSON Logic's standard set (jsonlogic.com/operations.html). */
export const STANDARD_OPERATORS: ReadonlySet<string> = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
  'log',
]);

/** Operators whose later arguments run once per array element, with the element as data. */
export const SCOPED_OPERATORS: ReadonlySet<string> = new Set([
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
]);

/** Read logs, keyed by the root data object of an `applyRule` call in progress. */
const readLogs = new WeakMap<object, FieldRead[]>();

/**
 * `var` that reads only own properties. json-logic-js's own `var` follows the prototype chain,
 * so `{"var": "constructor"}` would reach Object; a profile field must be one the profile has.
 */
function ownPropertyVar(this: unknown, path: unknown, fallback?: unknown): unknown {
  if (path === undefined || path === null || path === '') return this;
  const log = typeof this === 'object' && this !== null ? readLogs.get(this) : undefined;
  const key = String(path);
  const found = readPath(this, key);
  log?.push({ path: key, declared: found.declared, value: found.value });
  if (found.declared) return found.value;
  return fallback === undefined ? null : fallback;
}

// json-logic-js keeps one operator table per process; the engine is its only user.
jsonLogic.add_operation('var', ownPropertyVar);

/** Whether a value counts as true in JSON Logic (an empty array is false). */
export function truthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}

/** Whether a value is a JSON Logic operation (an object with exactly one key). */
export function isOperation(node: unknown): node is Record<string, unknown> {
  return jsonLogic.is_logic(node);
}

/** The operator of an operation and its arguments, always as an array. */
export function operationParts(node: Record<string, unknown>): { op: string; args: unknown[] } {
  const op = Object.keys(node)[0] as string;
  const raw = node[op];
  return { op, args: Array.isArray(raw) ? raw : [raw] };
}

/** Applies a rule to data; returns its value and the fields of the root data it read, in order. */
export function applyRule(rule: unknown, data: unknown): { value: unknown; reads: FieldRead[] } {
  const reads: FieldRead[] = [];
  const root = typeof data === 'object' && data !== null ? data : undefined;
  if (root) readLogs.set(root, reads);
  try {
    return { value: jsonLogic.apply(rule as never, data as never), reads };
  } finally {
    if (root) readLogs.delete(root);
  }
}
