/** What one run of kap-check found: the one shape every output format reads. */
import type { Location } from '../engine/json-location.ts';
import type { CheckReport } from '../engine/report.ts';

/** A policy left out of the run, and why. */
export interface SkippedPolicy {
  id: string;
  status: string;
  supersededBy?: string;
}

/** One profile file, checked. */
export interface ProfileCheck {
  /** The file as the user named it, e.g. profiles/contoso.json. */
  file: string;
  report: CheckReport;
  /** For each requirement not met (by ref): where in the file the field it read is declared. */
  locations: Record<string, Location>;
}

export interface CheckRun {
  /** The tool, and the site whose policies it checks. */
  tool: { name: string; version: string; informationUri: string };
  policySet: {
    version: string;
    /** Where the policies came from: the repo's src/policies or a policy set file. */
    source: string;
    skipped: SkippedPolicy[];
  };
  checks: ProfileCheck[];
}

/** What a format needs to know about where its text goes. */
export interface Style {
  /** Whether ANSI colours may be used (a terminal, and NO_COLOR unset). */
  color: boolean;
}

/** An output format: a run in, text out. */
export interface Formatter {
  /** One line for --help. */
  description: string;
  /** Whether it writes the report's share link, which takes a deflate to make. */
  sharesLink?: boolean;
  format(run: CheckRun, style: Style): string;
}
