/**
 * GitHub Actions workflow commands: an annotation on the profile's line for each requirement
 * not met (::error for a MUST, ::warning for a SHOULD) and a ::notice with each profile's summary.
 */
import { oneLine } from '../../engine/markdown-text.ts';
import { failingRequirements } from '../../engine/report.ts';
import { summaryWords } from '../../engine/verdict-words.ts';
import type { CheckRun, Formatter } from '../check-run.ts';
import { describeSet, failureWords } from './words.ts';

/** A command's message: %, CR and LF are escaped, as the runner reads them. */
function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A command's property value: also : and , which separate properties. */
function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function command(name: string, properties: Record<string, string | number>, message: string) {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${property(String(value))}`)
    .join(',');
  return `::${name} ${props}::${data(oneLine(message, 4000))}`;
}

export const github: Formatter = {
  description: 'GitHub Actions annotations (::error and ::warning) on the profile lines concerned',
  format(run: CheckRun): string {
    const lines = [`kap-check: ${describeSet(run)}`];
    for (const { file, report, locations } of run.checks) {
      for (const policy of report.policies) {
        for (const r of failingRequirements(policy)) {
          const at = locations[r.ref] ?? { line: 1, column: 1 };
          lines.push(
            command(
              r.level === 'must' ? 'error' : 'warning',
              {
                file,
                line: at.line,
                col: at.column,
                title: `${r.ref} (${r.level.toUpperCase()}) not met`,
              },
              failureWords(r),
            ),
          );
        }
      }
      lines.push(
        command(
          'notice',
          { file, title: `kap-check: policy set ${run.policySet.version}` },
          summaryWords(report.summary),
        ),
      );
    }
    return `${lines.join('\n')}\n`;
  },
};
