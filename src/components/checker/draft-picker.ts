/**
 * The "Sample profile" select with the reader's drafts under "Your drafts", and the "Back to
 * your draft" button: both show what the state holds, and say which option means what.
 */
import { quoted } from '../../engine/quoted.ts';
import { latestTyped, shownDraft, type CheckerState, type Draft } from './checker-state.ts';
import type { CheckerRefs } from './checker-refs.ts';

/** Select option values that stand for drafts: the prefix and the draft's id. */
const DRAFT_OPTION = 'draft:';

/** What an option of the select stands for. */
export type Choice = { draft: string } | { sample: string };

export class DraftPicker {
  #select: HTMLSelectElement;
  #restore: HTMLButtonElement;
  #group: HTMLOptGroupElement;

  constructor(refs: Pick<CheckerRefs, 'sample' | 'restore'>) {
    this.#select = refs.sample;
    this.#restore = refs.restore;
    this.#group = document.createElement('optgroup');
    this.#group.label = 'Your drafts';
    this.#group.hidden = true;
    this.#select.append(this.#group);
  }

  /** The option chosen. */
  choice(): Choice {
    const value = this.#select.value;
    return value.startsWith(DRAFT_OPTION)
      ? { draft: value.slice(DRAFT_OPTION.length) }
      : { sample: value };
  }

  /** Lists the drafts, selects what is shown, and offers the way back to the reader's own. */
  sync(state: CheckerState, now: Date): void {
    const options = state.drafts.map(
      (draft) => new Option(draftLabel(state, draft, now), `${DRAFT_OPTION}${draft.id}`),
    );
    const labels = options.map((o) => `${o.value} ${o.label}`).join('\n');
    if (this.#group.dataset.labels !== labels) {
      this.#group.dataset.labels = labels;
      this.#group.replaceChildren(...options);
    }
    this.#group.hidden = options.length === 0;
    const draft = shownDraft(state);
    this.#select.value = draft ? `${DRAFT_OPTION}${draft.id}` : state.sample;
    const own = latestTyped(state);
    this.#restore.hidden = !own || own.id === state.showing;
  }
}

/** "Your edited profile" for the newest typed draft; the others by where they came from and when. */
function draftLabel(state: CheckerState, draft: Draft, now: Date): string {
  if (draft === latestTyped(state)) return 'Your edited profile';
  const when = draftTime(draft.saved, now);
  if (draft.origin === 'link') return `From a link, ${when}`;
  if (draft.origin === 'file') return `From ${quoted(draft.name ?? 'a file')}, ${when}`;
  return `Your earlier edit, ${when}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A draft's local time: HH:MM today, YYYY-MM-DD HH:MM before (the site writes dates one way). */
export function draftTime(iso: string, now: Date): string {
  const date = new Date(iso);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return date.toDateString() === now.toDateString() ? time : `${day} ${time}`;
}
