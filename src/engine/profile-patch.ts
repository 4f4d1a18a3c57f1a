/** Builds a test profile from a sample: fields set or removed by dotted path. */

/** A deep copy of `profile` with `set` fields written and `omit` fields removed. */
export function patchProfile(
  profile: unknown,
  set: Record<string, unknown> = {},
  omit: readonly string[] = [],
): unknown {
  const copy = structuredClone(profile) as Record<string, unknown>;
  for (const [path, value] of Object.entries(set)) {
    const { parent, key } = walkTo(copy, path, true);
    parent[key] = value;
  }
  for (const path of omit) {
    const { parent, key } = walkTo(copy, path, false);
    if (!Object.hasOwn(parent, key))
      throw new Error(`cannot omit "${path}": the profile does not declare it`);
    delete parent[key];
  }
  return copy;
}

function walkTo(
  root: Record<string, unknown>,
  path: string,
  create: boolean,
): { parent: Record<string, unknown>; key: string } {
  const steps = path.split('.');
  const key = steps.pop() as string;
  let parent = root;
  for (const step of steps) {
    if (typeof parent[step] !== 'object' || parent[step] === null) {
      if (!create) throw new Error(`cannot omit "${path}": the profile has no "${step}"`);
      parent[step] = {};
    }
    parent = parent[step] as Record<string, unknown>;
  }
  return { parent, key };
}
