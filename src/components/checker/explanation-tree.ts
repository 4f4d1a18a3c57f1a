/**
 * Renders an explanation tree: nested disclosure widgets (details/summary, which keyboards and
 * screen readers know), each node's state written out in words, not shown by colour alone.
 */
import { formatValue, type ExplainNode } from '../../engine/explain.ts';
import { INFIX_SYMBOLS } from '../../engine/operator-words.ts';

/** The tree of one rule's explanation. */
export function renderTree(root: ExplainNode, label: string): HTMLElement {
  const tree = document.createElement('div');
  tree.className = 'tree';
  tree.setAttribute('role', 'group');
  tree.setAttribute('aria-label', label);
  const list = document.createElement('ul');
  list.append(renderNode(root));
  tree.append(list);
  return tree;
}

function renderNode(node: ExplainNode): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.state = stateOf(node);
  // Constants are already written out in their parent's text.
  const children = node.children.filter((c) => c.op !== 'literal' || c.children.length > 0);
  if (children.length === 0) {
    item.append(...line(node));
    return item;
  }
  const details = document.createElement('details');
  details.open = true;
  const summary = document.createElement('summary');
  summary.append(...line(node));
  const list = document.createElement('ul');
  list.append(...children.map(renderNode));
  details.append(summary, list);
  item.append(details);
  return item;
}

/** The node's text, its operator in words where the text uses a symbol, and its state. */
function line(node: ExplainNode): Node[] {
  const text = document.createElement('code');
  text.textContent = node.text;
  const state = document.createElement('span');
  state.className = 'tree-state';
  const words = INFIX_SYMBOLS[node.op] ? ` (${node.words})` : '';
  state.textContent = `${words} — ${stateWords(node)}`;
  return [text, state];
}

function stateOf(node: ExplainNode): string {
  if (node.perElement) return 'per-element';
  if (!node.reached) return 'skipped';
  if (node.branchTest) return 'branch';
  if (!node.condition) return 'value';
  // Under a "not", a condition serves the rule by being false.
  return node.held !== !!node.negated ? 'holds' : 'fails';
}

function stateWords(node: ExplainNode): string {
  const read = node.op === 'var' ? node.reads[0] : undefined;
  const declares = read ? `profile declares ${formatValue(read)}` : '';
  const withDeclares = (words: string) => (declares ? `${words}: ${declares}` : words);
  switch (stateOf(node)) {
    case 'per-element':
      return 'applied to each element of the list';
    case 'skipped':
      return 'not reached: an earlier clause decided';
    case 'branch':
      return withDeclares(
        node.held ? 'true, so its branch applies' : 'false, so the rest of the if applies',
      );
    case 'value':
      return declares || `value ${JSON.stringify(node.value)}`;
    case 'holds':
      return withDeclares(node.negated ? '✓ false, as the rule needs' : '✓ holds');
    default:
      return withDeclares(node.negated ? '✗ FAILS: true, which the rule rules out' : '✗ FAILS');
  }
}
