// The built site's pages, read from dist/ (the suite runs after `npm run build`), for specs that
// check every page with one test each. dist/ does not change while the suite runs, so what is
// read from it is kept.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';
/** The configured site origin: absolute links to it are internal links. */
export const SITE = 'https://kernel-access-policies.example';

/** Every built page as its URL path, e.g. "/", "/check/", "/404.html". */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

const files = new Map<string, string | undefined>();

/** The built file a URL path is served from, if there is one. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  if (files.has(clean)) return files.get(clean);
  const file = join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
  const found = existsSync(file) && statSync(file).isFile() ? file : undefined;
  files.set(clean, found);
  return found;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };

/** The value of an attribute as written in HTML, its entities decoded. */
export function attributeValue(raw: string): string {
  return raw.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The ids a built page defines. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => attributeValue(m[1] ?? '')));
}

/** The href of every link (<a>) in a built page. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => attributeValue(m[1] ?? ''));
}

const texts = new Map<string, string>();
const ids = new Map<string, Set<string>>();

/** A built file's text, read once. */
export function read(file: string): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8')));
  return text;
}

/** The ids a built file defines, found once. */
export function idsIn(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) ids.set(file, (found = idsOf(read(file))));
  return found;
}
