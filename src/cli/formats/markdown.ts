/** The page's Markdown report, safe to paste into a pull request; one after another for several profiles. */
import { reportToMarkdown } from '../../engine/report.ts';
import type { CheckRun, Formatter } from '../check-run.ts';

export const markdown: Formatter = {
  description: "the page's Markdown report, safe to paste into a pull request",
  sharesLink: true,
  format(run: CheckRun): string {
    return run.checks.map((c) => reportToMarkdown(c.report)).join('\n');
  },
};
