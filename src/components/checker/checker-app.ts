/**
 * The checker at work, once the reader starts using it: keeps the state (the sample chosen and
 * the reader's drafts) in this browser, has the shown text evaluated off the main thread, shows
 * the verdicts, and wires the controls. Its parts each do one job: the editor, the draft picker,
 * the verdict rows, the form, share links and exports; all judging is the engine's. Whatever the
 * text or the stored state holds, it starts: a state that cannot be shown falls back to the
 * sample and says so.
 */
import { withPath } from '../../engine/dotted-path.ts';
import { formatCount, MAX_PROFILE_LENGTH } from '../../engine/profile-limits.ts';
import { quoted } from '../../engine/quoted.ts';
import { isShareFragment } from '../../engine/share-fragment.ts';
import type { CheckerData } from './checker-data.ts';
import { findRefs, type CheckerRefs } from './checker-refs.ts';
import {
  bringText,
  latestTyped,
  loadState,
  show,
  showSample,
  shownDraft,
  storeState,
  typeText,
  type CheckerState,
  type KeyValueStore,
} from './checker-state.ts';
import { DraftPicker } from './draft-picker.ts';
import { STORAGE_KEY } from './storage-keys.ts';
import { Evaluator, type Evaluation } from './evaluator.ts';
import { ProfileEditor } from './profile-editor.ts';
import { buildProfileForm, fillProfileForm } from './profile-form.ts';
import { downloadProfile, exportReport, type ShownCheck } from './report-export.ts';
import { copyShareLink, openShareLink } from './share-links.ts';
import { VerdictRows } from './verdict-rows.ts';

/** Larger files are not profiles; reading them would only stall the page. */
const MAX_FILE_BYTES = MAX_PROFILE_LENGTH;
/** Texts longer than this (a real profile is a few thousand characters) are stored and checked after a pause in the typing. */
const LARGE_TEXT = 20_000;
/** The pause waited for: short enough for the verdicts to follow the typing. */
const TYPING_PAUSE_MS = 80;

/** The browser's localStorage, or a store that keeps nothing when the browser blocks storage. */
export function browserStore(): KeyValueStore {
  try {
    if (window.localStorage) return window.localStorage;
  } catch {
    // Blocked by privacy settings: even reading window.localStorage throws.
  }
  return {
    getItem: () => null,
    setItem: () => {
      throw new Error('storage is blocked');
    },
  };
}

type Profile = Record<string, unknown>;

export interface RunningChecker {
  /** Stores what is waiting, and lets go of the worker and every listener. */
  stop(): void;
}

/** What the reader did before the checker's script was there: it is done now. */
export interface EarlyActions {
  /** A button pressed. */
  pressed?: HTMLElement;
  /** A file dropped on the checker. */
  dropped?: File;
}

/** Starts the checker in `root`, doing what the reader did before it could. */
export function startChecker(root: HTMLElement, early: EarlyActions = {}): RunningChecker {
  const checker = new Checker(root);
  checker.start(early);
  return checker;
}

class Checker implements RunningChecker {
  #root: HTMLElement;
  #abort = new AbortController();
  #refs: CheckerRefs;
  #data: CheckerData;
  #store = browserStore();
  #state!: CheckerState;
  #editor: ProfileEditor;
  #picker: DraftPicker;
  #rows: VerdictRows;
  #evaluator: Evaluator;
  /** The last text that parsed as a JSON object: what the form shows and edits. */
  #formProfile: Profile = {};
  #last: ShownCheck | undefined;
  /** The update waiting for a pause in the typing, and the one under way. */
  #pending: ReturnType<typeof setTimeout> | undefined;
  #updating: Promise<void> = Promise.resolve();
  /** Whether the reader has been told that this browser does not keep their text. */
  #toldNotKept = false;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#refs = findRefs(root);
    this.#data = JSON.parse(
      root.querySelector('script.checker-data')?.textContent ?? '{}',
    ) as CheckerData;
    this.#editor = new ProfileEditor(this.#refs, this.#abort.signal);
    this.#picker = new DraftPicker(this.#refs);
    this.#rows = new VerdictRows(this.#refs, root.dataset.full !== undefined);
    this.#evaluator = new Evaluator(this.#data.policies);
  }

  start({ pressed, dropped }: EarlyActions): void {
    const refs = this.#refs;
    const signal = this.#abort.signal;
    // What the reader did in the page before the script arrived is theirs: it is kept.
    const typed = this.#editor.value;
    const chosen = this.#picker.choice();
    const loaded = loadState(this.#store, this.#sampleNames());
    this.#state = loaded.state;
    buildProfileForm(refs.form, (path, value) => this.#onFormEdit(path, value));

    const on = (target: EventTarget | undefined, type: string, handler: (event: Event) => void) =>
      target?.addEventListener(type, handler, { signal });
    on(refs.text, 'input', () => this.#onInput());
    on(refs.sample, 'change', () => this.#onSelect());
    on(refs.reset, 'click', () => this.#setState(show(this.#state, null)));
    on(refs.restore, 'click', () => {
      const own = latestTyped(this.#state);
      if (own) this.#setState(show(this.#state, own.id));
    });
    on(refs.copyLink, 'click', () => void this.#copyLink());
    on(refs.download, 'click', () => void this.#checked().then(downloadProfile));
    on(refs.exportMd, 'click', () => void this.#export('md'));
    on(refs.exportJson, 'click', () => void this.#export('json'));
    on(refs.print, 'click', () => window.print());
    on(refs.failuresOnly, 'change', () => this.#filterFailures());
    on(refs.file, 'change', () => this.#openChosenFile());
    if (this.#root.dataset.full !== undefined) this.#acceptDroppedFiles();
    // Another tab changed the profile: follow it, unless this tab's reader is typing.
    on(window, 'storage', (event) => {
      if ((event as StorageEvent).key !== STORAGE_KEY || document.activeElement === refs.text)
        return;
      this.#state = loadState(this.#store, this.#sampleNames()).state;
      this.#showState();
    });
    // Typing is stored after a pause; leaving the page must not lose the last keystrokes.
    on(window, 'pagehide', () => void this.#flush());
    // A link opened in this tab while the page is already open changes only the fragment.
    on(window, 'hashchange', () => {
      if (isShareFragment(location.hash)) void this.#openLink(location.hash);
    });

    const asked = new URLSearchParams(location.search).get('sample');
    const chosenText = 'sample' in chosen ? this.#sampleText(chosen.sample) : undefined;
    if (typed !== refs.text.defaultValue && typed !== chosenText) {
      this.#showState();
      this.#editor.value = typed;
      this.#onInput();
    } else if ('sample' in chosen && chosen.sample !== this.#sampleNames()[0]) {
      this.#setState(showSample(this.#state, chosen.sample));
    } else if (asked !== null) {
      this.#openAskedSample(asked);
    } else {
      this.#showState();
    }
    if (loaded.notice) this.#notify(loaded.notice);
    if (isShareFragment(location.hash)) void this.#openLink(location.hash);
    this.#filterFailures();
    this.#openChosenFile();
    if (dropped) void this.#openFile(dropped);
    pressed?.click();
    this.#root.dataset.running = '';
  }

  stop(): void {
    void this.#flush();
    this.#abort.abort();
    this.#evaluator.stop();
  }

  #sampleNames(): string[] {
    return this.#data.samples.map((s) => s.name);
  }

  #sampleText(name: string | undefined): string {
    return this.#data.samples.find((s) => s.name === name)?.text ?? '';
  }

  /** A link to /check/?sample=<name> (a sample page's "Open in the checker") shows that sample. */
  #openAskedSample(name: string): void {
    // The reader's own choices take over from here; a reload must not bring the sample back.
    const url = new URL(location.href);
    url.searchParams.delete('sample');
    history.replaceState(history.state, '', url);
    if (!this.#sampleNames().includes(name)) {
      this.#showState();
      this.#notify(`There is no sample called ${quoted(name)}; the samples are in the list.`);
      return;
    }
    this.#setState(showSample(this.#state, name));
  }

  /** The reader typed: the text they are on becomes their draft, kept as typed. */
  #onInput(): void {
    this.#editor.edited();
    this.#state = typeText(this.#state, this.#editor.value, new Date());
    this.#picker.sync(this.#state, new Date());
    // Verdicts follow each keystroke; for a very large text, storing and showing them would
    // hold up the typing, so they wait for a pause.
    clearTimeout(this.#pending);
    this.#pending = setTimeout(
      () => void this.#flush(),
      this.#editor.value.length > LARGE_TEXT ? TYPING_PAUSE_MS : 0,
    );
  }

  /** Stores and evaluates what the reader typed, if that is still waiting; resolves once it is shown. */
  #flush(): Promise<void> {
    if (this.#pending !== undefined) {
      clearTimeout(this.#pending);
      this.#pending = undefined;
      this.#keep();
      this.#evaluateShown();
    }
    return this.#updating;
  }

  /** The check of the text as it is now, once shown. */
  async #checked(): Promise<ShownCheck> {
    await this.#flush();
    if (!this.#last) {
      this.#evaluateShown();
      await this.#updating;
    }
    return this.#last!;
  }

  /** A sample or one of the reader's drafts was chosen; no text is dropped by choosing. */
  #onSelect(): void {
    const choice = this.#picker.choice();
    this.#setState(
      'draft' in choice ? show(this.#state, choice.draft) : showSample(this.#state, choice.sample),
    );
  }

  #setState(state: CheckerState): void {
    // Any typing still waiting is already in the state; it is stored below with the rest.
    clearTimeout(this.#pending);
    this.#pending = undefined;
    this.#state = state;
    this.#keep();
    this.#showState();
  }

  /** Stores the state; the first time this browser refuses, the reader is told once. */
  #keep(): void {
    if (storeState(this.#store, this.#state) || this.#toldNotKept) return;
    this.#toldNotKept = true;
    this.#notify(
      'This browser does not let the checker keep your text (storage is blocked or full): it stays on this page until you leave it.',
    );
  }

  #showState(): void {
    const draft = shownDraft(this.#state);
    this.#editor.value = draft ? draft.text : this.#sampleText(this.#state.sample);
    this.#picker.sync(this.#state, new Date());
    this.#evaluateShown();
  }

  /** A form field changed: write it into the profile text, which stays the one source. */
  #onFormEdit(path: string, value: unknown): void {
    this.#editor.value = JSON.stringify(withPath(this.#textProfile(), path, value), null, 2);
    this.#onInput();
  }

  /**
   * The text's JSON object with every field, unknown ones too (the evaluation brings back only
   * the fields the schema defines), or the form's last profile if the text is not one.
   */
  #textProfile(): Profile {
    try {
      const json: unknown = JSON.parse(this.#editor.value.replace(/^\uFEFF/, ''));
      if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json as Profile;
    } catch {
      // Not JSON (any more): the form is about to be locked; edit what it shows.
    }
    return this.#formProfile;
  }

  /**
   * Evaluates the shown text (off the main thread) and shows the verdicts. Should evaluation ever
   * fail, the sample is shown instead and the reader told, so no text, stored or linked, can leave
   * the checker broken on this or a later load.
   */
  #evaluateShown(): void {
    const text = this.#editor.value;
    this.#updating = this.#evaluator.evaluate(text).then(
      (evaluation) => {
        // Undefined, or a text that has since changed: a newer evaluation is on its way.
        if (evaluation && this.#editor.value === text) this.#show(text, evaluation);
      },
      (error: unknown) => {
        if (this.#editor.value === text) this.#fallBackToSample(error);
      },
    );
  }

  #fallBackToSample(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    if (!shownDraft(this.#state)) {
      this.#notify(`The checker could not check this sample (${reason}).`);
      return;
    }
    this.#state = show(this.#state, null);
    this.#keep();
    this.#showState();
    this.#notify(
      `Your profile could not be checked (${reason}), so the sample is shown. Your text is kept: choose it under “Your drafts” in Sample profile.`,
    );
  }

  #show(text: string, { parsed, results }: Evaluation): void {
    this.#last = { text, parsed, results };
    this.#editor.showProblems(parsed.ok ? [] : parsed.errors, parsed.warnings);
    this.#syncForm(parsed.json);
    this.#rows.show(results);
    this.#root.dispatchEvent(new CustomEvent('kap-checker-evaluated', { detail: { text } }));
  }

  /** The form follows the text while it is a JSON object; otherwise it keeps the last one and waits. */
  #syncForm(json: unknown): void {
    const { form, formNote } = this.#refs;
    const usable = typeof json === 'object' && json !== null && !Array.isArray(json);
    // Editing the form would overwrite the text; while the text is not JSON, the text wins.
    form.inert = !usable;
    form.toggleAttribute('data-stale', !usable);
    formNote.textContent = usable
      ? ''
      : 'The JSON text has an error (see above). The form shows the last valid profile and is locked until the text is fixed, so nothing you typed is overwritten.';
    if (!usable) return;
    this.#formProfile = json as Profile;
    fillProfileForm(form, this.#formProfile);
  }

  #filterFailures(): void {
    const box = this.#refs.failuresOnly;
    if (box) this.#refs.policies.toggleAttribute('data-failures-only', box.checked);
  }

  #notify(message: string): void {
    this.#refs.notice.textContent = message;
  }

  /** A text from a file or link is shown as a draft of its own; every other draft is kept. */
  #bring(
    text: string,
    from: { origin: 'link' } | { origin: 'file'; name: string },
    message: string,
  ): void {
    this.#setState(bringText(this.#state, text, from, new Date()));
    const kept = latestTyped(this.#state)
      ? ' Your own draft is kept: “Back to your draft” returns to it.'
      : '';
    this.#notify(`${message}${kept}`);
  }

  async #copyLink(): Promise<void> {
    await this.#flush();
    this.#notify(await copyShareLink(this.#editor.value, this.#data, this.#refs));
  }

  async #openLink(fragment: string): Promise<void> {
    const opened = await openShareLink(fragment, this.#data);
    // The profile now lives in this browser; a reload must not bring the link's text back over the reader's edits.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    if (opened.ok) this.#bring(opened.text, { origin: 'link' }, opened.message);
    else this.#notify(opened.message);
  }

  async #export(format: 'md' | 'json'): Promise<void> {
    await exportReport(format, await this.#checked(), this.#data);
  }

  #openChosenFile(): void {
    const input = this.#refs.file;
    const file = input?.files?.[0];
    if (!input || !file) return;
    // Choosing the same file again must be a change too.
    input.value = '';
    void this.#openFile(file);
  }

  async #openFile(file: File): Promise<void> {
    const name = quoted(file.name);
    if (file.size > MAX_FILE_BYTES) {
      this.#notify(
        `${name} is ${formatCount(file.size)} bytes: too large for a profile (at most ${formatCount(MAX_FILE_BYTES)}). Nothing was changed.`,
      );
      return;
    }
    this.#bring(await file.text(), { origin: 'file', name: file.name }, `Opened ${name}.`);
  }

  #acceptDroppedFiles(): void {
    const zone = this.#refs.zone;
    const signal = this.#abort.signal;
    zone.addEventListener(
      'dragover',
      (event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        zone.classList.add('checker-dropping');
      },
      { signal },
    );
    zone.addEventListener('dragleave', () => zone.classList.remove('checker-dropping'), {
      signal,
    });
    zone.addEventListener(
      'drop',
      (event) => {
        zone.classList.remove('checker-dropping');
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        void this.#openFile(file);
      },
      { signal },
    );
  }
}
