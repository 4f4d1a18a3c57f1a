/**
 * Renders an explanation tree: nested disclosure widgets (details/summary, which keyboards and
 * screen readers know), each node's state written out in words, not shown by colour alone.
 */
import { formatValue, type ExplainNode } from '../../engine/explain.ts';

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

/** The node's text and its state, e.g. "rollout.content.ringCount ≥ 3" "✗ fails". */
function line(node: ExplainNode): Node[] {
  const text = document.createElement('code');
  text.textContent = node.text;
  const state = document.createElement('span');
  state.className = 'tree-state';
  state.textContent = ` ${stateWords(node)}`;
  return [text, state];
}

function stateOf(node: ExplainNode): string {
  if (node.perElement) return 'per-element';
  if (!node.reached) return 'skipped';
  if (node.branchTest) return 'branch';
  if (!node.condition) return 'value';
  return node.held ? 'holds' : 'fails';
}

function stateWords(node: ExplainNode): string {
  const declared = node.op === 'var' && node.reads[0] ? `: profile declares ${formatValue(node.reads[0])}` : '';
  switch (stateOf(node)) {
    case 'per-element':
      return '— applied to each element of the list';
    case 'skipped':
      return '— not reached: an earlier clause decided';
    case 'branch':
      return `— ${node.held ? 'true, so its branch applies' : 'false, so the rest of the if applies'}${declared}`;
    case 'value':
      return declared ? `—${declared.slice(1)}` : `— value ${JSON.stringify(node.value)}`;
    case 'holds':
      return `— ✓ holds${declared}`;
    default:
      return `— ✗ FAILS${declared}`;
  }
}
