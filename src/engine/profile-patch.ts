/** Builds a test profile from a sample: fields set or removed by dotted path. */
import { readPath, withPath } from './dotted-path.ts';

/** A deep copy of `profile` with `set` fields written and `omit` fields removed. */
export function patchProfile(
  profile: unknown,
  set: Record<string, unknown> = {},
  omit: readonly string[] = [],
): unknown {
  let patched = structuredClone(profile);
  for (const [path, value] of Object.entries(set)) patched = withPath(patched, path, value);
  for (const path of omit) {
    if (!readPath(patched, path).declared) {
      throw new Error(`cannot omit "${path}": the profile does not declare it`);
    }
    patched = withPath(patched, path, undefined);
  }
  return patched;
}
