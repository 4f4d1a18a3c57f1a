/** Where a path is in a JSON text: the value itself, or the nearest enclosing value that is there. */
import { pathLocator, type Location } from '../engine/json-location.ts';

type Segment = string | number;

/** The keys and indexes of a JSON Pointer, e.g. /policies/3/id → ["policies", 3, "id"]. */
export function segmentsOf(pointer: string): Segment[] {
  return pointer
    .split('/')
    .slice(1)
    .filter((s) => s !== '')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The keys of a dotted profile field path, e.g. rollout.content.ringCount. */
export function fieldSegments(path: string): Segment[] {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * For one JSON text, parsed once: the line and column of the value at `segments`; for a value
 * that is not there, of its nearest enclosing value (at last the top-level one), where it would
 * have to be declared.
 */
export function locator(text: string): (segments: readonly Segment[]) => Location {
  const at = pathLocator(text);
  return (segments) => {
    for (let n = segments.length; n >= 0; n--) {
      const found = at(segments.slice(0, n));
      if (found) return found;
    }
    return { line: 1, column: 1 };
  };
}
