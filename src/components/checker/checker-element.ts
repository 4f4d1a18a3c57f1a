/**
 * <kap-checker>: evaluates the profile in its text box against the page's policies as the
 * reader types, keeps the reader's drafts in this browser, and offers the profile as a form, a
 * link, a file and a report. The markup comes from ProfileChecker.astro; all judging is the
 * engine's. Whatever the text or the stored state holds, the checker starts: a state that cannot
 * be shown falls back to the sample and says so.
 */
import type { PolicyResult } from '../../engine/evaluate.ts';
import type { ParsedProfile, ProfileProblem } from '../../engine/parse-profile.ts';
import { describeRemedy } from '../../engine/remedy.ts';
import { buildReport, reportToMarkdown } from '../../engine/report.ts';
import {
  advisoryWords,
  summarize,
  summaryWords,
  VERDICT_WORDS,
} from '../../engine/verdict-words.ts';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
} from '../../engine/share-link.ts';
import { formatCount, MAX_PROFILE_LENGTH } from '../../engine/profile-limits.ts';
import { quoted } from '../../engine/quoted.ts';
import type { CheckerData } from './checker-data.ts';
import {
  bringText,
  latestTyped,
  loadState,
  show,
  showSample,
  shownDraft,
  storeState,
  typeText,
  STORAGE_KEY,
  type CheckerState,
  type Draft,
  type KeyValueStore,
} from './checker-state.ts';
import { Evaluator, type Evaluation } from './evaluator.ts';
import { renderTree } from './explanation-tree.ts';
import { buildProfileForm, fillProfileForm } from './profile-form.ts';
import { withPath } from '../../engine/dotted-path.ts';
import { saveFile, slug } from './save-file.ts';

/** Select option values that stand for drafts: the prefix and the draft's id. */
const DRAFT_OPTION = 'draft:';
/** Larger files are not profiles; reading them would only stall the page. */
const MAX_FILE_BYTES = MAX_PROFILE_LENGTH;
/** Texts longer than this (a real profile is a few thousand characters) are stored and checked after a pause in the typing. */
const LARGE_TEXT = 20_000;
/** The pause waited for: short enough for the verdicts to follow the typing. */
const TYPING_PAUSE_MS = 80;

/** The browser's localStorage, or a store that keeps nothing when the browser blocks storage. */
function browserStore(): KeyValueStore {
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

class KapChecker extends HTMLElement {
  #data!: CheckerData;
  #store: KeyValueStore = browserStore();
  #state!: CheckerState;
  #select!: HTMLSelectElement;
  #text!: HTMLTextAreaElement;
  #form!: HTMLFormElement;
  /** The last text that parsed as a JSON object: what the form shows and edits. */
  #formProfile: Profile = {};
  #last: { parsed: ParsedProfile; results: PolicyResult[] } | undefined;
  #evaluator!: Evaluator;
  /** The update waiting for a pause in the typing, and the one under way. */
  #pending: ReturnType<typeof setTimeout> | undefined;
  #updating: Promise<void> = Promise.resolve();
  /** Whether the reader has been told that this browser does not keep their text. */
  #toldNotKept = false;

  connectedCallback(): void {
    // Shown until now in case the script never runs (disabled, blocked or failed to load); from
    // here on, whatever goes wrong is said in the checker itself.
    this.querySelector('.checker-needs-js')?.remove();
    try {
      this.#start();
    } catch (error) {
      this.#find('.checker-ui').hidden = true;
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent = `The checker could not start (${error instanceof Error ? error.message : String(error)}). Reload the page to try again; every requirement and its rule still read in full.`;
      this.querySelector('.checker')?.append(message);
    }
  }

  #start(): void {
    this.#data = JSON.parse(
      this.querySelector('script.checker-data')?.textContent ?? '{}',
    ) as CheckerData;
    this.#select = this.#find('select');
    this.#text = this.#find('textarea');
    this.#form = this.#find('form.checker-form');
    this.#evaluator = new Evaluator(this.#data.policies);
    const loaded = loadState(this.#store, this.#sampleNames());
    this.#state = loaded.state;
    buildProfileForm(this.#form, (path, value) => this.#onFormEdit(path, value));
    this.#find('.checker-ui').hidden = false;
    this.#showState();
    if (loaded.notice) this.#notify(loaded.notice);

    this.#text.addEventListener('input', () => this.#onInput());
    this.#select.addEventListener('change', () => this.#onSelect());
    this.#on('.checker-reset', () => this.#setState(show(this.#state, null)));
    this.#on('.checker-restore', () => {
      const own = latestTyped(this.#state);
      if (own) this.#setState(show(this.#state, own.id));
    });
    this.#on('.checker-copy-link', () => void this.#copyLink());
    this.#on('.checker-download', () => void this.#downloadProfile());
    this.#on('.checker-export-md', () => void this.#exportReport('md'));
    this.#on('.checker-export-json', () => void this.#exportReport('json'));
    this.#on('.checker-print', () => window.print());
    this.querySelector<HTMLInputElement>('.checker-failures-only')?.addEventListener(
      'change',
      (event) => {
        this.#find('.checker-policies').toggleAttribute(
          'data-failures-only',
          (event.target as HTMLInputElement).checked,
        );
      },
    );
    this.querySelector<HTMLInputElement>('.checker-file')?.addEventListener('change', (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void this.#openFile(file);
    });
    if (this.dataset.full !== undefined) this.#acceptDroppedFiles();
    // Another tab changed the profile: follow it, unless this tab's reader is typing.
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY || document.activeElement === this.#text) return;
      this.#state = loadState(this.#store, this.#sampleNames()).state;
      this.#showState();
    });
    // Typing is stored after a pause; leaving the page must not lose the last keystrokes.
    window.addEventListener('pagehide', () => this.#flush());
    // A link opened in this tab while the page is already open changes only the fragment.
    window.addEventListener('hashchange', () => {
      if (isShareFragment(location.hash)) void this.#openLink(location.hash);
    });
    if (isShareFragment(location.hash)) void this.#openLink(location.hash);
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  #on(selector: string, handler: () => void): void {
    this.querySelector(selector)?.addEventListener('click', handler);
  }

  #sampleNames(): string[] {
    return this.#data.samples.map((s) => s.name);
  }

  /** The reader typed: the text they are on becomes their draft, kept as typed. */
  #onInput(): void {
    this.#state = typeText(this.#state, this.#text.value, new Date());
    this.#syncSelect();
    // Verdicts follow each keystroke; for a very large text, storing and showing them would
    // hold up the typing, so they wait for a pause.
    clearTimeout(this.#pending);
    this.#pending = setTimeout(
      () => this.#flush(),
      this.#text.value.length > LARGE_TEXT ? TYPING_PAUSE_MS : 0,
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

  /** A sample or one of the reader's drafts was chosen; no text is dropped by choosing. */
  #onSelect(): void {
    const value = this.#select.value;
    this.#setState(
      value.startsWith(DRAFT_OPTION)
        ? show(this.#state, value.slice(DRAFT_OPTION.length))
        : showSample(this.#state, value),
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
    this.#text.value = this.#currentText();
    this.#syncSelect();
    this.#evaluateShown();
  }

  #currentText(): string {
    const draft = shownDraft(this.#state);
    if (draft) return draft.text;
    return this.#data.samples.find((s) => s.name === this.#state.sample)?.text ?? '';
  }

  /** Lists the reader's drafts in the select, selects what is shown, and offers the way back to their own. */
  #syncSelect(): void {
    const group = this.#draftGroup();
    const options = this.#state.drafts.map(
      (draft) => new Option(this.#draftLabel(draft), `${DRAFT_OPTION}${draft.id}`),
    );
    const labels = options.map((o) => `${o.value} ${o.label}`).join('\n');
    if (group.dataset.labels !== labels) {
      group.dataset.labels = labels;
      group.replaceChildren(...options);
    }
    group.hidden = options.length === 0;
    const draft = shownDraft(this.#state);
    this.#select.value = draft ? `${DRAFT_OPTION}${draft.id}` : this.#state.sample;
    const own = latestTyped(this.#state);
    this.#find('.checker-restore').hidden = !own || own.id === this.#state.showing;
  }

  #draftGroup(): HTMLOptGroupElement {
    let group = this.#select.querySelector('optgroup');
    if (!group) {
      group = document.createElement('optgroup');
      group.label = 'Your drafts';
      this.#select.append(group);
    }
    return group;
  }

  /** "Your edited profile" for the newest typed draft; the others by where they came from and when. */
  #draftLabel(draft: Draft): string {
    if (draft === latestTyped(this.#state)) return 'Your edited profile';
    const when = formatTime(draft.saved);
    if (draft.origin === 'link') return `From a link, ${when}`;
    if (draft.origin === 'file') return `From ${quoted(draft.name ?? 'a file')}, ${when}`;
    return `Your earlier edit, ${when}`;
  }

  /** A form field changed: write it into the profile text, which stays the one source. */
  #onFormEdit(path: string, value: unknown): void {
    this.#text.value = JSON.stringify(withPath(this.#textProfile(), path, value), null, 2);
    this.#onInput();
  }

  /**
   * The text's JSON object with every field, unknown ones too (the evaluation brings back only
   * the fields the schema defines), or the form's last profile if the text is not one.
   */
  #textProfile(): Profile {
    try {
      const json: unknown = JSON.parse(this.#text.value.replace(/^\uFEFF/, ''));
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
    const text = this.#text.value;
    this.#updating = this.#evaluator.evaluate(text).then(
      (evaluation) => {
        // Undefined, or a text that has since changed: a newer evaluation is on its way.
        if (evaluation && this.#text.value === text) this.#show(evaluation);
      },
      (error: unknown) => {
        if (this.#text.value === text) this.#fallBackToSample(error);
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

  #show({ parsed, results }: Evaluation): void {
    this.#last = { parsed, results };
    this.#showProblems('.checker-problems', parsed.ok ? [] : parsed.errors);
    this.#showProblems('.checker-warnings', parsed.warnings);
    this.#text.setAttribute('aria-invalid', String(!parsed.ok));
    this.#syncForm(parsed.json);
    for (const result of results) this.#showResult(result);
    this.#showSummary(results);
    this.dispatchEvent(
      new CustomEvent('kap-checker-evaluated', { detail: { text: this.#text.value } }),
    );
  }

  /** The form follows the text while it is a JSON object; otherwise it keeps the last one and waits. */
  #syncForm(json: unknown): void {
    const note = this.#find('.checker-form-note');
    const usable = typeof json === 'object' && json !== null && !Array.isArray(json);
    // Editing the form would overwrite the text; while the text is not JSON, the text wins.
    this.#form.inert = !usable;
    this.#form.toggleAttribute('data-stale', !usable);
    note.textContent = usable
      ? ''
      : 'The JSON text has an error (see above). The form shows the last valid profile and is locked until the text is fixed, so nothing you typed is overwritten.';
    if (!usable) return;
    this.#formProfile = json as Profile;
    fillProfileForm(this.#form, this.#formProfile);
  }

  #showProblems(selector: string, problems: ProfileProblem[]): void {
    const box = this.#find(selector);
    const text = problems.map((p) => p.message).join('\n');
    if (box.dataset.text === text) return;
    box.dataset.text = text;
    box.replaceChildren();
    if (problems.length === 0) return;
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem.message;
      list.append(item);
    }
    box.append(list);
  }

  #showResult(result: PolicyResult): void {
    const row = this.#find(`.checker-policy[data-policy="${result.id}"]`);
    row.dataset.result = result.result;
    const verdict = row.querySelector('[data-check]') as HTMLElement;
    verdict.dataset.result = result.result;
    verdict.textContent = VERDICT_WORDS[result.result];
    (row.querySelector('.checker-advisories') as HTMLElement).textContent = advisoryWords(
      result.advisories.length,
    );
    const list = row.querySelector('.checker-requirements') as HTMLElement;
    list.hidden = result.result === 'error';
    for (const item of list.querySelectorAll<HTMLElement>('[data-requirement]')) {
      const requirement = result.requirements.find((r) => r.ref === item.dataset.requirement);
      if (!requirement) {
        delete item.dataset.result;
        continue;
      }
      item.dataset.result = requirement.result;
      // On /check/ the passing requirements would bury the failing ones.
      item.hidden = this.dataset.full !== undefined && requirement.result === 'pass';
      (item.querySelector('.checker-requirement-verdict') as HTMLElement).textContent =
        requirement.result;
      (item.querySelector('.checker-reason') as HTMLElement).textContent = requirement.reason;
      const remedies = item.querySelector('.checker-remedies') as HTMLElement;
      remedies.replaceChildren(
        ...requirement.remedies.map((remedy) => {
          const li = document.createElement('li');
          li.textContent = `To meet it: ${describeRemedy(remedy)}.`;
          return li;
        }),
      );
      (item.querySelector('.checker-tree') as HTMLElement).replaceChildren(
        renderTree(requirement.explanation, `How ${requirement.ref} applied`),
      );
    }
  }

  #showSummary(results: PolicyResult[]): void {
    const box = this.querySelector<HTMLElement>('[data-summary]');
    if (!box) return;
    const summary = summarize(results);
    box.dataset.pass = String(summary.pass);
    box.dataset.fail = String(summary.fail);
    box.textContent = summaryWords(summary);
  }

  #notify(message: string): void {
    this.#find('.checker-notice').textContent = message;
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
    const fragment = await encodeShareFragment(this.#text.value, this.#data.policySetVersion);
    const url = `${this.#data.site}${location.pathname}#${fragment}`;
    const field = this.#find<HTMLInputElement>('.checker-share-url');
    field.value = url;
    this.#find('.checker-share').hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      this.#notify(
        `Link copied (${url.length} characters). It carries the profile in its # part, which browsers never send to a server.`,
      );
    } catch {
      field.select();
      this.#notify(
        'Copy the link from the box below: this browser did not allow copying it for you.',
      );
    }
  }

  async #openLink(fragment: string): Promise<void> {
    const shared = await decodeShareFragment(fragment);
    // The profile now lives in this browser; a reload must not bring the link's text back over the reader's edits.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    if (!shared.ok) {
      this.#notify(shared.message);
      return;
    }
    const current = this.#data.policySetVersion;
    const made = shared.policySetVersion;
    const older =
      made === current
        ? ''
        : made === null
          ? ` This link does not say which policy set it was made against in a form this site writes, so its verdicts may differ from what its sender saw (policy set now ${current}).`
          : ` This link was made against policy set ${made}; the policies have changed since (now ${current}), so its verdicts may differ from what its sender saw.`;
    this.#bring(shared.text, { origin: 'link' }, `Opened the profile from the link.${older}`);
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
    const zone = this.#find('.checker');
    zone.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      zone.classList.add('checker-dropping');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('checker-dropping'));
    zone.addEventListener('drop', (event) => {
      zone.classList.remove('checker-dropping');
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void this.#openFile(file);
    });
  }

  async #downloadProfile(): Promise<void> {
    await this.#flush();
    const parsed = this.#last?.parsed;
    const name = parsed?.ok
      ? slug(parsed.profile.vendor, parsed.profile.product, parsed.profile.productVersion)
      : 'profile';
    saveFile(`${name}.json`, this.#text.value, 'application/json');
  }

  async #exportReport(format: 'md' | 'json'): Promise<void> {
    await this.#flush();
    if (!this.#last) return;
    const { parsed, results } = this.#last;
    const profile = parsed.ok ? parsed.profile : null;
    const fragment = await encodeShareFragment(this.#text.value, this.#data.policySetVersion);
    const report = buildReport({
      results,
      policies: this.#data.policies,
      profile,
      policySetVersion: this.#data.policySetVersion,
      site: this.#data.site,
      shareUrl: `${location.origin}${location.pathname}#${fragment}`,
    });
    const name = `kap-report-${profile ? slug(profile.vendor, profile.product) : 'invalid-profile'}-${report.generated.slice(0, 10)}`;
    if (format === 'md') saveFile(`${name}.md`, reportToMarkdown(report), 'text/markdown');
    else saveFile(`${name}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  }
}

/** A draft's time as a reader reads it: the time today, the date and time before. */
function formatTime(iso: string): string {
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  return date.toLocaleString(
    undefined,
    today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  );
}

customElements.define('kap-checker', KapChecker);
