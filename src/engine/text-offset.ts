/** The character offset of a 1-based line and column (columns in code points, as messages give them). */
export function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  let at = start;
  for (let c = 1; c < column && at < text.length && text[at] !== '\n'; c++) {
    const code = text.charCodeAt(at);
    at += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return Math.min(at, text.length);
}

/** How many lines `text` has (one more than its line breaks). */
export function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
