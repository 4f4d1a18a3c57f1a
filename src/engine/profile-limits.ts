/** How much the checker reads: bounds that keep any input, typed or linked, from stalling the page. */

/** The longest profile text read, in characters (a real profile is a few thousand). */
export const MAX_PROFILE_LENGTH = 1_000_000;

/** The deepest nesting of objects and lists read (the profile format itself nests 3 levels). */
export const MAX_PROFILE_DEPTH = 64;

/** Problems of one kind listed in full; beyond this, one more line counts the rest. */
export const MAX_LISTED_PROBLEMS = 100;

/** The longest field name or value quoted in full in a message. */
export const MAX_QUOTED_LENGTH = 80;

/** A number written for a reader, e.g. 1,000,000. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
