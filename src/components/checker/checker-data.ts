/** What the checker's page embeds for the <kap-checker> element: the policies and the samples. */
import type { Policy } from '../../engine/evaluate.ts';

export interface CheckerData {
  policies: Pick<Policy, 'id' | 'title' | 'version' | 'status' | 'requirements'>[];
  samples: { name: string; label: string; text: string }[];
  /** The version of the whole policy set, written into share links and reports. */
  policySetVersion: string;
  /** The site's origin, for citation URLs in reports. */
  site: string;
}
