/**
 * What the checker remembers in this browser, shared by every page: the sample chosen and the
 * reader's drafts. A draft is any text the reader typed or brought from a file or a link; each
 * is kept as its own draft, so opening a link never overwrites what the reader typed. The store
 * is passed in (localStorage in the page, a stand-in in tests), and whatever it holds is checked
 * before use: a damaged or foreign value falls back to the sample, never to a broken checker.
 */

import { FIRST_FORMAT_KEY, STORAGE_KEY } from './storage-keys.ts';

/** Drafts kept; past this, the oldest texts from links and files go first, then the oldest typed. */
export const MAX_DRAFTS = 10;

/** The part of the Web Storage interface the state needs. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Draft {
  /** Unique within the state. */
  id: string;
  text: string;
  /** Typed by the reader (or edited after opening), or brought unchanged from a link or a file. */
  origin: 'typed' | 'link' | 'file';
  /** For a file: its name. */
  name?: string;
  /** When the text last changed, as an ISO date-time. */
  saved: string;
}

export interface CheckerState {
  /** The sample last chosen; Reset returns to it. */
  sample: string;
  /** Newest first. */
  drafts: Draft[];
  /** The id of the draft the text box shows, or null for the sample. */
  showing: string | null;
}

/** A state read from the store, and what the reader should be told about it, if anything. */
export interface LoadedState {
  state: CheckerState;
  notice?: string;
}

const ORIGINS: ReadonlySet<string> = new Set(['typed', 'link', 'file']);

/** The state on the first sample with no drafts. */
export function initialState(sampleNames: readonly string[]): CheckerState {
  return { sample: sampleNames[0] ?? '', drafts: [], showing: null };
}

/** The stored state, checked field by field; a value that is not a state is reported and ignored. */
export function loadState(store: KeyValueStore, sampleNames: readonly string[]): LoadedState {
  const fallback = initialState(sampleNames);
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY) ?? store.getItem(FIRST_FORMAT_KEY);
  } catch {
    return { state: fallback };
  }
  if (raw === null) return { state: fallback };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const state = readState(value, sampleNames);
  if (state) return { state };
  return {
    state: fallback,
    notice:
      'The checker’s saved state in this browser could not be read, so it starts from the sample.',
  };
}

function readState(value: unknown, sampleNames: readonly string[]): CheckerState | undefined {
  if (!isRecord(value)) return undefined;
  const sample =
    typeof value.sample === 'string' && sampleNames.includes(value.sample)
      ? value.sample
      : (sampleNames[0] ?? '');
  if ('drafts' in value) {
    if (!Array.isArray(value.drafts)) return undefined;
    const drafts: Draft[] = [];
    const ids = new Set<string>();
    for (const item of value.drafts.slice(0, MAX_DRAFTS)) {
      const draft = readDraft(item);
      if (draft && !ids.has(draft.id)) {
        drafts.push(draft);
        ids.add(draft.id);
      }
    }
    const showing =
      typeof value.showing === 'string' && ids.has(value.showing) ? value.showing : null;
    return { sample, drafts, showing };
  }
  // The first format: one edited text and one earlier text.
  const drafts: Draft[] = [];
  const saved = new Date(0).toISOString();
  if (typeof value.edited === 'string')
    drafts.push({ id: 'd1', text: value.edited, origin: 'typed', saved });
  if (typeof value.earlier === 'string')
    drafts.push({ id: 'd2', text: value.earlier, origin: 'typed', saved });
  const showing =
    value.showing === 'edited' && drafts.some((d) => d.id === 'd1')
      ? 'd1'
      : value.showing === 'earlier' && drafts.some((d) => d.id === 'd2')
        ? 'd2'
        : null;
  return { sample, drafts, showing };
}

function readDraft(item: unknown): Draft | undefined {
  if (!isRecord(item)) return undefined;
  const { id, text, origin, name, saved } = item;
  if (typeof id !== 'string' || !/^d\d{1,9}$/.test(id) || typeof text !== 'string')
    return undefined;
  if (typeof origin !== 'string' || !ORIGINS.has(origin)) return undefined;
  const when = typeof saved === 'string' && !Number.isNaN(Date.parse(saved)) ? saved : '';
  return {
    id,
    text,
    origin: origin as Draft['origin'],
    ...(typeof name === 'string' ? { name: name.slice(0, 255) } : {}),
    saved: when || new Date(0).toISOString(),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps the state. If the store is full, texts from links and files (which their link or file
 * can bring back) are left out of the stored copy, oldest first. False if it still cannot be kept:
 * the texts then live on in the page only.
 */
export function storeState(store: KeyValueStore, state: CheckerState): boolean {
  let drafts = state.drafts;
  for (;;) {
    try {
      store.setItem(STORAGE_KEY, JSON.stringify({ ...state, drafts }));
      return true;
    } catch {
      const brought = drafts.findLastIndex((d) => d.origin !== 'typed' && d.id !== state.showing);
      if (brought < 0) return false;
      drafts = drafts.filter((_, i) => i !== brought);
    }
  }
}

/** The draft the text box shows, if it shows one. */
export function shownDraft(state: CheckerState): Draft | undefined {
  return state.drafts.find((d) => d.id === state.showing);
}

/** The reader's newest typed draft. */
export function latestTyped(state: CheckerState): Draft | undefined {
  return state.drafts.find((d) => d.origin === 'typed');
}

/** The state after the reader typed `text`: the shown draft takes it, or a sample's edit becomes a new draft. */
export function typeText(state: CheckerState, text: string, now: Date): CheckerState {
  const saved = now.toISOString();
  const shown = shownDraft(state);
  if (shown) {
    const edited: Draft = { ...shown, text, origin: 'typed', saved };
    return {
      ...state,
      drafts: [edited, ...state.drafts.filter((d) => d.id !== shown.id)],
    };
  }
  return withNewDraft(state, { text, origin: 'typed', saved });
}

/** The state after a file or link brought `text`: shown as a draft of its own, every other draft kept. */
export function bringText(
  state: CheckerState,
  text: string,
  from: { origin: 'link' } | { origin: 'file'; name: string },
  now: Date,
): CheckerState {
  const same = state.drafts.find((d) => d.text === text);
  if (same) return { ...state, showing: same.id };
  return withNewDraft(state, { text, ...from, saved: now.toISOString() });
}

/** Shows a draft (by id) or, with null, the chosen sample. */
export function show(state: CheckerState, showing: string | null): CheckerState {
  return { ...state, showing: state.drafts.some((d) => d.id === showing) ? showing : null };
}

/** Shows a sample, which Reset then returns to. */
export function showSample(state: CheckerState, sample: string): CheckerState {
  return { ...state, sample, showing: null };
}

function withNewDraft(state: CheckerState, draft: Omit<Draft, 'id'>): CheckerState {
  const next = Math.max(0, ...state.drafts.map((d) => Number(d.id.slice(1)))) + 1;
  const id = `d${next}`;
  let drafts = [{ ...draft, id }, ...state.drafts];
  while (drafts.length > MAX_DRAFTS) {
    const brought = drafts.findLastIndex((d) => d.origin !== 'typed' && d.id !== id);
    drafts = drafts.filter((_, i) => i !== (brought >= 0 ? brought : drafts.length - 1));
  }
  return { ...state, drafts, showing: id };
}
