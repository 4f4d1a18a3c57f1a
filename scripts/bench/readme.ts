/**
 * Puts a bench report into README.md between its bench markers, replacing the last one, and
 * formats the file as `npm run lint` expects (Prettier pads the table's columns).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export async function writeIntoReadme(section: string, file = 'README.md'): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} section`);
  const updated = `${text.slice(0, start + START.length)}\n\n${section}\n\n${text.slice(end)}`;
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(updated, options));
}
