/**
 * A strict Content-Security-Policy for every built page, added after `astro build`: each page's
 * inline scripts (Starlight's theme and sidebar scripts, small bundled modules) are hashed, and
 * the policy goes into the page as a <meta> right after the charset, so before any script, and
 * into dist/_headers for hosts that read one. No 'unsafe-eval', no 'unsafe-inline' for scripts,
 * nothing from another origin. Astro's own `security.csp` leaves Starlight's inline scripts
 * unhashed and puts its <meta> after the theme script, hence this step.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Directives every page shares. */
const DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // Pagefind, the search, compiles its WebAssembly index reader.
  "script-src 'self' 'wasm-unsafe-eval' %HASHES%",
  // Starlight and Expressive Code write style attributes (icon sizes, sidebar depth, code colours).
  "style-src 'self' 'unsafe-inline'",
  // Starlight's CSS draws some icons as data: SVGs.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
/** Directives a <meta> policy cannot carry (browsers ignore them there and say so). */
const HEADER_ONLY: readonly string[] = ["frame-ancestors 'none'"];

/** The contents of a page's inline scripts that run (JSON data blocks do not, so need no hash). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type === undefined || type === 'module' || type.endsWith('javascript')) scripts.push(body);
  }
  return scripts;
}

/** A CSP source for a script's exact text. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The policy allowing these script hashes; `header` adds what only a header can carry. */
export function contentSecurityPolicy(hashes: Iterable<string>, header = false): string {
  const sources = [...new Set(hashes)].sort().join(' ');
  return [...DIRECTIVES, ...(header ? HEADER_ONLY : [])]
    .map((d) => d.replace(' %HASHES%', sources ? ` ${sources}` : ''))
    .join('; ');
}

/** Problems a strict policy would turn into broken pages: inline handlers and javascript: URLs. */
export function blockedByPolicy(html: string): string[] {
  const found = [...html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)].map(
    (m) => `an inline ${m[1]} handler`,
  );
  if (/\b(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(html))
    found.push('a javascript: URL');
  return found;
}

/** The page with its policy as the first element after the charset declaration. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}${meta}${html.slice(end)}`;
  }
  // A page without a <head> tag (Astro's redirect pages) has an implied one after the doctype.
  const head = /<head\b[^>]*>/i.exec(html) ?? /^<!doctype html>/i.exec(html);
  if (!head) throw new Error('a built page has no <head> to put its Content-Security-Policy in');
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Adds the policy to every page under `dir` and writes `dir/_headers`; returns the pages done. */
export async function applyPolicy(dir: string): Promise<number> {
  const files = await htmlFiles(dir);
  const allHashes = new Set<string>();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (html.includes('http-equiv="Content-Security-Policy"')) continue;
    const blocked = blockedByPolicy(html);
    if (blocked.length > 0)
      throw new Error(`${file}: ${blocked.join(', ')} would be blocked by the page's CSP`);
    const hashes = inlineScripts(html).map(scriptHash);
    hashes.forEach((h) => allHashes.add(h));
    try {
      await writeFile(file, withPolicyMeta(html, contentSecurityPolicy(hashes)));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  await writeFile(
    join(dir, '_headers'),
    `/*\n  Content-Security-Policy: ${contentSecurityPolicy(allHashes, true)}\n  X-Content-Type-Options: nosniff\n`,
  );
  return files.length;
}

/** The Astro integration: runs `applyPolicy` on the built site, so `npm run build` and `npm start` both ship it. */
export function strictCsp(): AstroIntegration {
  return {
    name: 'kap-strict-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await applyPolicy(fileURLToPath(dir));
        logger.info(`Content-Security-Policy added to ${pages} pages and _headers`);
      },
    },
  };
}
