/** Renders an explanation tree as nested lists, each node's state in words, not colour alone. */
import { formatValue, type ExplainNode } from '../../engine/explain.ts';

/** A nested list for one rule's explanation. */
export function renderTree(root: ExplainNode): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'tree';
  list.append(renderNode(root));
  return list;
}

function renderNode(node: ExplainNode): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.state = stateOf(node);
  const text = document.createElement('code');
  text.textContent = node.text;
  const state = document.createElement('span');
  state.className = 'tree-state';
  state.textContent = ` — ${stateWords(node)}`;
  item.append(text, state);
  // Constants are already written out in their parent's text.
  const children = node.children.filter((c) => c.op !== 'literal' || c.children.length > 0);
  if (children.length > 0) {
    const list = document.createElement('ul');
    list.append(...children.map(renderNode));
    item.append(list);
  }
  return item;
}

function stateOf(node: ExplainNode): string {
  if (node.perElement) return 'per-element';
  if (!node.reached) return 'skipped';
  if (!node.condition) return 'value';
  return node.held ? 'holds' : 'fails';
}

function stateWords(node: ExplainNode): string {
  if (node.perElement) return 'applied to each element of the list';
  if (!node.reached) return 'not reached: an earlier clause decided';
  if (node.op === 'var' && node.reads[0]) return `profile declares ${formatValue(node.reads[0])}`;
  if (!node.condition) return `value ${JSON.stringify(node.value)}`;
  return node.held ? 'holds' : 'FAILS';
}
