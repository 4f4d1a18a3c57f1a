/** The glossary: one file of terms, rendered on the glossary page and linked from policy pages. */
import { readFileSync } from 'node:fs';

export interface GlossaryTerm {
  id: string;
  term: string;
  /** Lower-case phrases that stand for the term in prose; the first use on a policy page links here. */
  matches: string[];
  definition: string;
  sources: { title: string; url: string }[];
}

const FILE = 'src/glossary/terms.json';

/** The terms, checked: an entry without an id, phrases, a definition or a source fails the build. */
export function loadGlossary(): GlossaryTerm[] {
  const terms = JSON.parse(readFileSync(`${process.cwd()}/${FILE}`, 'utf8')) as GlossaryTerm[];
  const ids = new Set<string>();
  terms.forEach((t, i) => {
    const at = `${FILE} at /${i}`;
    if (!/^[a-z0-9-]+$/.test(t.id ?? ''))
      throw new Error(`${at}/id: an id is lower-case letters, digits and hyphens`);
    if (ids.has(t.id)) throw new Error(`${at}/id: duplicate id "${t.id}"`);
    ids.add(t.id);
    if (!t.term || !t.definition) throw new Error(`${at}: a term needs "term" and "definition"`);
    if (
      !Array.isArray(t.matches) ||
      t.matches.length === 0 ||
      t.matches.some((m) => m !== m.toLowerCase())
    ) {
      throw new Error(`${at}/matches: list the lower-case phrases that stand for the term`);
    }
    if (
      !Array.isArray(t.sources) ||
      t.sources.length === 0 ||
      t.sources.some((s) => !/^https:\/\//.test(s.url))
    ) {
      throw new Error(`${at}/sources: a definition cites at least one https source`);
    }
  });
  return terms;
}

/** The glossary page's anchor for a term. */
export function glossaryHref(id: string): string {
  return `/background/glossary/#term-${id}`;
}
