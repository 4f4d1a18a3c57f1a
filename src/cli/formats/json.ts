/** The page's JSON report: one report object for one profile, a list of them for several. */
import type { CheckRun, Formatter } from '../check-run.ts';

export const json: Formatter = {
  description:
    "the report the page's JSON export writes (reportFormat 2); a list of reports for several profiles",
  sharesLink: true,
  format(run: CheckRun): string {
    const reports = run.checks.map((c) => c.report);
    return `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
  },
};
