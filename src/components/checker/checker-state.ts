/**
 * What the checker remembers in this browser (localStorage), shared by every page: the sample
 * chosen, and the reader's own text, kept even when invalid and even after switching to a sample.
 */

/** Where the state is kept; versioned so a later format can ignore this one. */
export const STORAGE_KEY = 'kap.checker.v1';

export interface CheckerState {
  /** The sample last chosen; Reset returns to it. */
  sample: string;
  /** The reader's own text, or null if they have not typed. */
  edited: string | null;
  /** Which of the two the text box shows. */
  showing: 'sample' | 'edited';
}

/** The stored state, or a default on the first sample; unknown or damaged values are ignored. */
export function loadState(sampleNames: readonly string[]): CheckerState {
  const fallback: CheckerState = { sample: sampleNames[0] ?? '', edited: null, showing: 'sample' };
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<CheckerState> | null;
    if (!raw || typeof raw !== 'object') return fallback;
    const sample = typeof raw.sample === 'string' && sampleNames.includes(raw.sample) ? raw.sample : fallback.sample;
    const edited = typeof raw.edited === 'string' ? raw.edited : null;
    const showing = raw.showing === 'edited' && edited !== null ? 'edited' : 'sample';
    return { sample, edited, showing };
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
