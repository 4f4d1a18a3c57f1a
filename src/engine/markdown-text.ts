/**
 * Text made safe to paste as Markdown: what a profile or policy file supplies renders as that
 * text on one line and as nothing else — no new line, heading, HTML, link, image or autolink,
 * and (for profile text) none of the references GitHub links by itself (@names, #12, commits).
 */

/** Longest value, in characters, that a report quotes; longer values are cut with "…". */
export const MAX_VALUE_LENGTH = 200;

/** Line breaks and other control characters: a value stays on its line. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Embeddings, overrides and isolates reorder what is shown; they are shown as � instead. */
const REORDERING = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text on one line, without characters that reorder it, cut to `max` characters. */
export function oneLine(text: string, max = MAX_VALUE_LENGTH): string {
  const flat = text.replace(CONTROLS, ' ').replace(REORDERING, '\ufffd');
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** Words, numbers and a little punctuation: nothing Markdown or GitHub gives a meaning. */
const PLAIN = /^[\p{L}\p{M}\p{N} .,'+\-()…]+$/u;
/** What GitHub links even in plain words: www. addresses, GH-12, and words that may be commits. */
const AUTOLINKED = /www\.|\bGH-\d|\b[0-9a-f]{7,40}\b/i;

/**
 * A value that a profile supplies (a name, a version, a reason quoting the profile): plain words
 * as they are, anything else as a code span, which GitHub neither formats nor links.
 */
export function markdownLiteral(text: string, max = MAX_VALUE_LENGTH): string {
  const line = oneLine(text, max);
  if (PLAIN.test(line) && !AUTOLINKED.test(line)) return line;
  if (line.trim() === '') return '(blank)';
  const longestRun = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // A space inside each end keeps a backtick or a space at the value's edge part of the value.
  const pad = /^[` ]|[` ]$/.test(line) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * Prose from the policy set (a title, a requirement's text), escaped so that it cannot start a
 * link, an image, HTML, emphasis, a table cell or an autolink; it reads as written.
 */
export function markdownProse(text: string, max = 1000): string {
  return oneLine(text, max)
    .replace(/[\\`*_[\]<>|~#&$^@{}]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`);
}
