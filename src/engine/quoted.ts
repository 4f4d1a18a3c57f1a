/** Text from a profile, a file name or a link, made safe to quote in a sentence. */
import { MAX_QUOTED_LENGTH } from './profile-limits.ts';

/**
 * `text` as a message quotes it: control and invisible characters written as \u escapes (so it
 * cannot break a line or hide), and cut short past MAX_QUOTED_LENGTH code points.
 */
export function quoted(text: string): string {
  // Enough of the text to tell whether it is longer than the limit: a code point is at most 2 units.
  const points = [...text.slice(0, 2 * MAX_QUOTED_LENGTH + 1)];
  const shown =
    points.length > MAX_QUOTED_LENGTH ? `${points.slice(0, MAX_QUOTED_LENGTH).join('')}…` : text;
  return shown.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
    const code = c.codePointAt(0) as number;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
