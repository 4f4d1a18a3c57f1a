/** Reading and writing a profile's fields by dotted path (e.g. "rollout.content.ringCount"). */

type Json = Record<string, unknown>;

/** The value at `path`, following own properties only, and whether every step was there. */
export function readPath(root: unknown, path: string): { declared: boolean; value: unknown } {
  let value = root;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, step)) {
      return { declared: false, value: undefined };
    }
    value = (value as Json)[step];
  }
  return { declared: true, value };
}

/**
 * A deep copy of `root` with the field at `path` set to `value`, creating the groups on the
 * way; with `value` undefined, the field removed (a missing field is left as it is).
 */
export function withPath(root: unknown, path: string, value: unknown): Json {
  const copy = structuredClone(root) as Json;
  const steps = path.split('.');
  const last = steps.pop() as string;
  let parent = copy;
  for (const step of steps) {
    const next = parent[step];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      if (value === undefined) return copy;
      parent[step] = {};
    }
    parent = parent[step] as Json;
  }
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}
