/**
 * Explains a rule applied to a profile: the rule's tree, each node with its operator in words,
 * the values it read and whether it held, and the clauses that made the rule fail.
 */
import {
  SCOPED_OPERATORS,
  applyRule,
  isOperation,
  operationParts,
  truthy,
  type FieldRead,
} from './json-logic.ts';
import { CONDITION_OPERATORS, INFIX_SYMBOLS, OPERATOR_WORDS } from './operator-words.ts';

/** One node of a rule, as applied to the data. */
export interface ExplainNode {
  /** The operator, or "literal" for a constant. */
  op: string;
  /** The operator in words. */
  words: string;
  /** The node written out, e.g. "rollout.content.ringCount ≥ 3". */
  text: string;
  /** Whether evaluation reached this node (it may be skipped by and, or, if). */
  reached: boolean;
  /** Whether the node's value is a verdict rather than a value such as a number. */
  condition: boolean;
  /** The node's value, when reached. */
  value?: unknown;
  /** Whether the value is truthy, when reached. */
  held?: boolean;
  /** Fields of the profile this node and its descendants read. */
  reads: FieldRead[];
  /** For per-element arguments (map, filter, all…): the element is the data, not the profile. */
  perElement?: boolean;
  /** For the tests of an if: they choose a branch; being false is not a failure. */
  branchTest?: boolean;
  /** For a condition under a "not": it serves the rule by being false, so holding counts against it. */
  negated?: boolean;
  children: ExplainNode[];
}

/** Explains `rule` applied to `data`. The root's value is the rule's value. */
export function explain(rule: unknown, data: unknown): ExplainNode {
  return explainNode(rule, data, true);
}

/** Operators whose operands stand as conditions: a bare field under them is a yes-or-no clause. */
const LOGICAL_OPERATORS: ReadonlySet<string> = new Set(['and', 'or', '!', '!!', 'if', '?:']);

function explainNode(
  node: unknown,
  data: unknown,
  reached: boolean,
  perElement = false,
  parentOp = '',
  negated = false,
): ExplainNode {
  const text = render(node);
  if (!isOperation(node)) {
    const children = Array.isArray(node)
      ? node.map((item) => explainNode(item, data, reached, perElement))
      : [];
    const value = reached && !perElement ? applyRule(node, data).value : undefined;
    return {
      op: 'literal',
      words: 'the value',
      text,
      reached,
      condition: false,
      ...verdict(value, reached && !perElement),
      reads: children.flatMap((c) => c.reads),
      children,
      perElement,
    };
  }
  const { op, args } = operationParts(node);
  const evaluated = reached && !perElement;
  const applied = evaluated ? applyRule(node, data) : { value: undefined, reads: [] };
  const childReached = reachedArguments(op, args, data, evaluated);
  const children =
    op === 'var'
      ? []
      : args.map((arg, i) => {
          const child = explainNode(
            arg,
            data,
            childReached[i] ?? false,
            perElement || (SCOPED_OPERATORS.has(op) && i > 0),
            op,
            op === '!' ? !negated : negated,
          );
          if (isBranchTest(op, i, args.length)) child.branchTest = true;
          return child;
        });
  const condition =
    CONDITION_OPERATORS.has(op) || (op === 'var' && LOGICAL_OPERATORS.has(parentOp));
  return {
    op,
    words: OPERATOR_WORDS[op] ?? op,
    text,
    reached: evaluated,
    condition,
    ...verdict(applied.value, evaluated),
    reads: applied.reads,
    perElement: perElement || undefined,
    negated: (condition && negated) || undefined,
    children,
  };
}

function verdict(value: unknown, evaluated: boolean): { value?: unknown; held?: boolean } {
  return evaluated ? { value, held: truthy(value) } : {};
}

/** Whether argument i of an if is a test (even positions, except a final else). */
function isBranchTest(op: string, i: number, count: number): boolean {
  return (op === 'if' || op === '?:') && i % 2 === 0 && i < count - 1;
}

/** Which arguments of an operation evaluation reaches: and, or and if stop early. */
function reachedArguments(op: string, args: unknown[], data: unknown, reached: boolean): boolean[] {
  if (!reached) return args.map(() => false);
  const value = (arg: unknown) => truthy(applyRule(arg, data).value);
  if (op === 'and' || op === 'or') {
    const stopOn = op === 'or';
    let going = true;
    return args.map((arg) => {
      const here = going;
      if (going && value(arg) === stopOn) going = false;
      return here;
    });
  }
  if (op === 'if' || op === '?:') {
    const result = args.map(() => false);
    for (let i = 0; i < args.length; i += 2) {
      result[i] = true;
      if (i === args.length - 1) break; // the final else
      if (value(args[i])) {
        result[i + 1] = true;
        break;
      }
    }
    return result;
  }
  return args.map(() => true);
}

/** A rule written out for a reader: infix comparisons, dotted field paths, JSON literals. */
export function render(node: unknown): string {
  if (!isOperation(node))
    return Array.isArray(node) ? `[${node.map(render).join(', ')}]` : JSON.stringify(node);
  const { op, args } = operationParts(node);
  const parts = args.map(render);
  if (op === 'var')
    return args[0] === '' || args[0] === undefined || args[0] === null
      ? 'the element'
      : String(args[0]);
  if (op === '!') return `not (${parts[0]})`;
  if (op === '!!') return `${parts[0]} is set`;
  if (op === 'in') return `${parts[0]} is in ${parts[1]}`;
  if ((op === '<' || op === '<=') && args.length === 3)
    return `${parts[0]} ${INFIX_SYMBOLS[op]} ${parts[1]} ${INFIX_SYMBOLS[op]} ${parts[2]}`;
  if (op === 'and' || op === 'or')
    return `${op === 'and' ? 'all' : 'any'} of: ${parts.map((p) => `(${p})`).join(op === 'and' ? ' and ' : ' or ')}`;
  if (op === 'if' || op === '?:') return renderIf(parts);
  const symbol = INFIX_SYMBOLS[op];
  if (symbol && args.length === 2) return `${parts[0]} ${symbol} ${parts[1]}`;
  return `${op}(${parts.join(', ')})`;
}

function renderIf(parts: string[]): string {
  let text = '';
  for (let i = 0; i + 1 < parts.length; i += 2)
    text += `${i === 0 ? 'if' : ', else if'} ${parts[i]} then ${parts[i + 1]}`;
  if (parts.length % 2 === 1)
    text += `${parts.length > 1 ? ', else ' : ''}${parts[parts.length - 1]}`;
  return text;
}

/**
 * The clauses that made a rule fail, deepest first: reached conditions that did not hold and
 * have no reached condition below them that did not hold either.
 */
export function failingClauses(root: ExplainNode): ExplainNode[] {
  const found: { node: ExplainNode; depth: number }[] = [];
  walk(root, 0);
  return found.sort((a, b) => b.depth - a.depth).map((f) => f.node);

  function walk(node: ExplainNode, depth: number): boolean {
    if (node.branchTest) return false;
    let below = false;
    for (const child of node.children) below = walk(child, depth + 1) || below;
    const fails = node.reached && node.condition && node.held === false;
    if (fails && !below) found.push({ node, depth });
    return fails || below;
  }
}

/** The clauses that made a rule pass: reached conditions that held, with no condition below them. */
export function holdingClauses(root: ExplainNode): ExplainNode[] {
  const found: ExplainNode[] = [];
  walk(root);
  return found;

  function walk(node: ExplainNode): boolean {
    if (node.branchTest) return false;
    let below = false;
    for (const child of node.children) below = walk(child) || below;
    const isLeafCondition = node.reached && node.condition && node.held === true && !below;
    if (isLeafCondition) found.push(node);
    return below || (node.reached && node.condition);
  }
}

/** A clause in one sentence: what it says, what the profile declares, and whether it holds. */
export function describeClause(node: ExplainNode): string {
  const declared = uniqueReads(node.reads);
  const values =
    declared.length === 0
      ? ''
      : declared.length === 1
        ? ` — profile declares ${formatValue(declared[0] as FieldRead)}`
        : ` — profile declares ${declared.map((r) => `${r.path} = ${formatValue(r)}`).join(', ')}`;
  return `${node.text}${values} — ${node.held ? 'holds' : 'fails'}`;
}

/** A field's value as a reader sees it. */
export function formatValue(read: FieldRead): string {
  return read.declared ? JSON.stringify(read.value) : 'nothing (not declared)';
}

function uniqueReads(reads: FieldRead[]): FieldRead[] {
  const byPath = new Map<string, FieldRead>();
  for (const read of reads) if (!byPath.has(read.path)) byPath.set(read.path, read);
  return [...byPath.values()];
}
