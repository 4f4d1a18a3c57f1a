/**
 * <kap-checker>: the page arrives with the first sample's verdicts already written in, so this
 * element loads the checker's script (engine, editor, drafts, exports) only when it is needed:
 * when the reader starts using the checker, or at once when there is something to show that the
 * page does not have — a profile in the link, a sample asked for, or drafts this browser kept.
 */
import { isShareFragment } from '../../engine/share-fragment.ts';
import { FIRST_FORMAT_KEY, STORAGE_KEY } from './storage-keys.ts';
import type { EarlyActions, RunningChecker } from './checker-app.ts';
import type { CheckerData } from './checker-data.ts';

/** What a reader does to start using the checker (hovering it, too, so a click finds it ready). */
const TRIGGERS = [
  'pointerover',
  'pointerdown',
  'focusin',
  'keydown',
  'input',
  'change',
  'dragenter',
];

/** Whether this browser kept a checker state; reading storage can throw when it is blocked. */
function hasKeptState(): boolean {
  try {
    return [STORAGE_KEY, FIRST_FORMAT_KEY].some((key) => window.localStorage.getItem(key) !== null);
  } catch {
    return false;
  }
}

class KapChecker extends HTMLElement {
  /** Ends with the element; the listeners that wait for the reader end once the checker runs. */
  #abort: AbortController | undefined;
  #waiting: AbortController | undefined;
  #running: Promise<RunningChecker | undefined> | undefined;
  /** What the reader did before the script was there: done again once it is. */
  #early: EarlyActions = {};

  connectedCallback(): void {
    const abort = new AbortController();
    const waiting = new AbortController();
    this.#abort = abort;
    this.#waiting = waiting;
    const start = () => void this.#start(abort.signal);
    // Until the checker runs, what the reader does is watched here, and kept for it.
    const signal = AbortSignal.any([abort.signal, waiting.signal]);
    if (
      isShareFragment(location.hash) ||
      new URLSearchParams(location.search).has('sample') ||
      hasKeptState()
    ) {
      start();
      return;
    }
    for (const type of TRIGGERS)
      this.addEventListener(type, start, {
        capture: true,
        signal,
      });
    this.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('button');
        if (button && this.contains(button)) this.#early.pressed = button;
      },
      { capture: true, signal },
    );
    // A sample chosen before the script is there shows at once, unless the reader has typed.
    this.addEventListener(
      'change',
      (event) => {
        const select = event.target;
        const text = this.querySelector('textarea');
        if (!(select instanceof HTMLSelectElement) || select.dataset.el !== 'sample') return;
        if (!text || text.value !== text.defaultValue) return;
        const data = JSON.parse(
          this.querySelector('script.checker-data')?.textContent ?? '{}',
        ) as Partial<CheckerData>;
        const sample = data.samples?.find((s) => s.name === select.value);
        if (sample) text.value = sample.text;
      },
      { signal },
    );
    // A file dropped before the script is there would otherwise replace the page with itself.
    this.addEventListener(
      'dragover',
      (event) => event.dataTransfer?.types.includes('Files') && event.preventDefault(),
      { signal },
    );
    this.addEventListener(
      'drop',
      (event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        this.#early.dropped = file;
        start();
      },
      { signal },
    );
    window.addEventListener('hashchange', () => isShareFragment(location.hash) && start(), {
      signal,
    });
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    void this.#running?.then((running) => running?.stop());
    this.#running = undefined;
  }

  #start(signal: AbortSignal): Promise<RunningChecker | undefined> {
    this.#running ??= import('./checker-app.ts')
      .then(({ startChecker }) => {
        if (signal.aborted) return undefined;
        this.#waiting?.abort();
        const early = this.#early;
        this.#early = {};
        return startChecker(this, early);
      })
      .catch((error: unknown) => {
        this.#fail(error);
        return undefined;
      });
    return this.#running;
  }

  /** Whatever goes wrong in starting is said in the checker itself. */
  #fail(error: unknown): void {
    this.querySelector<HTMLElement>('[data-el="ui"]')?.setAttribute('hidden', '');
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `The checker could not start (${error instanceof Error ? error.message : String(error)}). Reload the page to try again; every requirement and its rule still read in full.`;
    this.querySelector('.checker')?.append(message);
  }
}

customElements.define('kap-checker', KapChecker);
