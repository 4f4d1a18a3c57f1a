/** What the checker's page embeds for the <kap-checker> element: the policies and the samples. */
import type { Policy } from '../../engine/evaluate.ts';

export interface CheckerData {
  policies: Pick<Policy, 'id' | 'title' | 'version' | 'requirements'>[];
  samples: { name: string; label: string; text: string }[];
}
