/** The sample whose page is being rendered, found from the page's entry ID. */
import { sampleNameOfEntry } from '../../lib/page-keys.ts';
import { getSample, type Sample } from '../../lib/policy-files.ts';

export function currentSample(locals: App.Locals): Sample {
  const entryId = locals.starlightRoute.entry.id;
  const name = sampleNameOfEntry(entryId);
  if (!name)
    throw new Error(
      `src/content/docs/${entryId}: sample components belong on pages under profiles/<sample>`,
    );
  return getSample(name);
}
