/**
 * An explanation tree as HTML: nested disclosure widgets (details/summary, which keyboards and
 * screen readers know), each node's state written out in words, not shown by colour alone. A
 * string, so the build writes the default sample's trees into the page and the checker writes
 * the reader's the same way; every text in it is escaped, for texts come from the profile.
 */
import { formatValue, type ExplainNode } from '../../engine/explain.ts';
import { INFIX_SYMBOLS } from '../../engine/operator-words.ts';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to write between tags or inside a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The tree of one rule's explanation. */
export function explanationHtml(root: ExplainNode, label: string): string {
  return `<div class="tree" role="group" aria-label="${escapeHtml(label)}"><ul>${nodeHtml(root)}</ul></div>`;
}

function nodeHtml(node: ExplainNode): string {
  // Constants are already written out in their parent's text.
  const children = node.children.filter((c) => c.op !== 'literal' || c.children.length > 0);
  const open = `<li data-state="${stateOf(node)}">`;
  if (children.length === 0) return `${open}${line(node)}</li>`;
  return `${open}<details open><summary>${line(node)}</summary><ul>${children.map(nodeHtml).join('')}</ul></details></li>`;
}

/** The node's text, its operator in words where the text uses a symbol, and its state. */
function line(node: ExplainNode): string {
  const words = INFIX_SYMBOLS[node.op] ? ` (${node.words})` : '';
  return `<code>${escapeHtml(node.text)}</code><span class="tree-state">${escapeHtml(`${words} — ${stateWords(node)}`)}</span>`;
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
