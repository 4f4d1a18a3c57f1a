/** Where a path is in a JSON text: the value itself, or the nearest enclosing value that is there. */
import { locationOfPath, type Location } from '../engine/json-location.ts';

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
 * The line and column of the value at `segments`; for a value that is not there, of its nearest
 * enclosing value (at last the top-level one), where it would have to be declared.
 */
export function locate(text: string, segments: readonly Segment[]): Location {
  for (let n = segments.length; n > 0; n--) {
    const found = locationOfPath(text, segments.slice(0, n));
    if (found) return found;
  }
  return locationOfPath(text, []) ?? { line: 1, column: 1 };
}
