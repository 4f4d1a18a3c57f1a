/**
 * Links the first use of each glossary term on a policy page to its definition, as a hast
 * plugin for Sätteri, Astro's Markdown processor. Prose only: headings, links, code and
 * components are left alone.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { glossaryHref, loadGlossary, type GlossaryTerm } from './glossary.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** A piece of prose after linking: plain text, or a link to a glossary term. */
export type Segment =
  { type: 'text'; value: string } | { type: 'link'; value: string; term: GlossaryTerm };

const SKIPPED_PARENTS = new Set([
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'summary',
]);
// A policy's page, and the frozen copy of it kept for each released version.
const POLICY_PAGE =
  /src[\\/](content[\\/]docs[\\/]policies[\\/]kap-\d{3}|policies[\\/]history[\\/]KAP-\d{3}[\\/]\d+\.\d+\.\d+)\.mdx$/;

/**
 * Splits `text` where it first uses a term that `linked` does not hold yet, longer phrases
 * first; adds the terms it links to `linked`. Undefined when there is nothing to link.
 */
export function linkFirstUses(
  text: string,
  terms: readonly GlossaryTerm[],
  linked: Set<string>,
): Segment[] | undefined {
  const segments: Segment[] = [];
  let rest = text;
  for (;;) {
    const match = firstMatch(rest, terms, linked);
    if (!match) break;
    if (match.index > 0) segments.push({ type: 'text', value: rest.slice(0, match.index) });
    segments.push({
      type: 'link',
      value: rest.slice(match.index, match.index + match.length),
      term: match.term,
    });
    linked.add(match.term.id);
    rest = rest.slice(match.index + match.length);
  }
  if (segments.length === 0) return undefined;
  if (rest) segments.push({ type: 'text', value: rest });
  return segments;
}

function firstMatch(text: string, terms: readonly GlossaryTerm[], linked: Set<string>) {
  let best: { index: number; length: number; term: GlossaryTerm } | undefined;
  for (const term of terms) {
    if (linked.has(term.id)) continue;
    for (const phrase of term.matches) {
      const found = new RegExp(
        `(?<![\\p{L}\\p{N}-])${escape(phrase)}(?![\\p{L}\\p{N}-])`,
        'iu',
      ).exec(text);
      if (!found) continue;
      const better =
        !best ||
        found.index < best.index ||
        (found.index === best.index && phrase.length > best.length);
      if (better) best = { index: found.index, length: phrase.length, term };
    }
  }
  return best;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Sätteri hast plugin; runs on policy pages only, with a fresh "linked" set per page. */
export function glossaryLinks(terms: readonly GlossaryTerm[] = loadGlossary()): HastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL || !POLICY_PAGE.test(fileURLToPath(fileURL))) return undefined;
    const linked = new Set<string>();
    return {
      name: 'kap-glossary-links',
      text(node, ctx) {
        for (
          let parent = ctx.parent(node);
          parent && parent.type !== 'root';
          parent = ctx.parent(parent)
        ) {
          if (parent.type !== 'element' || SKIPPED_PARENTS.has(parent.tagName)) return;
        }
        const segments = linkFirstUses(node.value, terms, linked);
        if (!segments) return;
        ctx.replaceNode(
          node,
          segments.map((s) =>
            s.type === 'text'
              ? { type: 'text', value: s.value }
              : {
                  type: 'element',
                  tagName: 'a',
                  // A plain link: a title tooltip would hide the definition from keyboard,
                  // touch and screen-reader users.
                  properties: { href: glossaryHref(s.term.id), className: ['glossary-term'] },
                  children: [{ type: 'text', value: s.value }],
                },
          ),
        );
      },
    };
  };
}
