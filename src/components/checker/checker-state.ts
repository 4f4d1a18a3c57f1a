/**
 * What the checker remembers in this browser (localStorage), shared by every page: the sample
 * chosen and the reader's own text, kept even when invalid and even after switching to a sample.
 * When a file or a shared link replaces the reader's text, that text is kept as "earlier".
 */

/** Where the state is kept; versioned so a later format can ignore this one. */
export const STORAGE_KEY = 'kap.checker.v1';

export interface CheckerState {
  /** The sample last chosen; Reset returns to it. */
  sample: string;
  /** The reader's own text, or null if they have not typed, opened a file or followed a link. */
  edited: string | null;
  /** The reader's text before a file or link replaced it, or null. */
  earlier: string | null;
  /** Which text the text box shows. */
  showing: 'sample' | 'edited' | 'earlier';
}

/** The stored state, or a default on the first sample; unknown or damaged values are ignored. */
export function loadState(sampleNames: readonly string[]): CheckerState {
  const fallback: CheckerState = {
    sample: sampleNames[0] ?? '',
    edited: null,
    earlier: null,
    showing: 'sample',
  };
  try {
    const raw = JSON.parse(
      localStorage.getItem(STORAGE_KEY) ?? 'null',
    ) as Partial<CheckerState> | null;
    if (!raw || typeof raw !== 'object') return fallback;
    const sample =
      typeof raw.sample === 'string' && sampleNames.includes(raw.sample)
        ? raw.sample
        : fallback.sample;
    const edited = typeof raw.edited === 'string' ? raw.edited : null;
    const earlier = typeof raw.earlier === 'string' ? raw.earlier : null;
    const showing =
      raw.showing === 'edited' && edited !== null
        ? 'edited'
        : raw.showing === 'earlier' && earlier !== null
          ? 'earlier'
          : 'sample';
    return { sample, edited, earlier, showing };
  } catch {
    return fallback;
  }
}

/** Keeps the state; a full or disabled storage only loses persistence, never the page's text. */
export function storeState(state: CheckerState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode or quota: the text stays in the text box.
  }
}

/** The state after a file or link brought `text`: it becomes the edited text, and the reader's own is kept as earlier. */
export function replaceEdited(state: CheckerState, text: string): CheckerState {
  const own = state.showing === 'earlier' ? state.earlier : state.edited;
  const earlier = own !== null && own !== text ? own : state.earlier;
  return { ...state, edited: text, earlier, showing: 'edited' };
}
