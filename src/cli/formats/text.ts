/** The default format, for a terminal: a verdict per policy, then each requirement not met. */
import { styleText } from 'node:util';
import { oneLine } from '../../engine/markdown-text.ts';
import { failingRequirements } from '../../engine/report.ts';
import { advisoryWords, summaryWords, VERDICT_WORDS } from '../../engine/verdict-words.ts';
import type { CheckRun, Formatter, Style } from '../check-run.ts';
import { describeSet, subjectOf } from './words.ts';

type Colour = Parameters<typeof styleText>[0];

const VERDICT_COLOURS: Record<string, Colour> = {
  pass: 'green',
  fail: ['red', 'bold'],
  error: ['red', 'bold'],
};

export const text: Formatter = {
  description:
    'a verdict per policy and, for each requirement not met, why and what would change it',
  format(run: CheckRun, style: Style): string {
    const paint = (colour: Colour, words: string) =>
      style.color ? styleText(colour, words, { validateStream: false }) : words;
    // Reasons quote the profile: no control character in them reaches the terminal.
    const clean = (words: string) => oneLine(words, 1000);
    const lines = [describeSet(run)];
    for (const { file, report, locations } of run.checks) {
      lines.push('', paint('bold', `${file}: ${subjectOf(report)}`));
      for (const policy of report.policies) {
        const verdict = VERDICT_WORDS[policy.result].padEnd(5);
        const advisory = advisoryWords(policy.advisories.length);
        lines.push(
          `  ${paint(VERDICT_COLOURS[policy.result] ?? 'reset', verdict)} ${policy.id} ${clean(policy.title)} (${policy.version}, ${policy.status})${advisory ? ` ${paint('yellow', advisory)}` : ''}`,
        );
        for (const r of failingRequirements(policy)) {
          const level = r.level === 'must' ? paint('red', 'MUST') : paint('yellow', 'SHOULD');
          const at = locations[r.ref];
          lines.push(
            `        ${r.ref} ${level} not met: ${clean(r.reason)}`,
            ...r.remedies.map((remedy) => `          To meet it: ${clean(remedy)}.`),
            `          ${paint('dim', r.url)}`,
            ...(at ? [`          ${paint('dim', `at ${file}:${at.line}:${at.column}`)}`] : []),
          );
        }
      }
      lines.push(`  ${summaryWords(report.summary)}`);
    }
    return `${lines.join('\n')}\n`;
  },
};
