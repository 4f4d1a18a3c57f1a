/**
 * <kap-checker>: evaluates the profile in its text box against the page's policies as the
 * reader types, keeps the text in this browser, and offers it as a form, a link, a file and a
 * report. The markup comes from ProfileChecker.astro; all judging is the engine's.
 */
import { evaluateText, type PolicyResult } from '../../engine/evaluate.ts';
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
import type { CheckerData } from './checker-data.ts';
import {
  loadState,
  replaceEdited,
  storeState,
  STORAGE_KEY,
  type CheckerState,
} from './checker-state.ts';
import { renderTree } from './explanation-tree.ts';
import { buildProfileForm, fillProfileForm } from './profile-form.ts';
import { withPath } from '../../engine/dotted-path.ts';
import { saveFile, slug } from './save-file.ts';

/** Select options that stand for the reader's own texts. */
const EDITED = '__edited__';
const EARLIER = '__earlier__';
/** Larger files are not profiles; reading them would only stall the page. */
const MAX_FILE_BYTES = 1_000_000;

type Profile = Record<string, unknown>;

class KapChecker extends HTMLElement {
  #data!: CheckerData;
  #state!: CheckerState;
  #select!: HTMLSelectElement;
  #text!: HTMLTextAreaElement;
  #form!: HTMLFormElement;
  /** The last text that parsed as a JSON object: what the form shows and edits. */
  #formProfile: Profile = {};
  #last: { parsed: ParsedProfile; results: PolicyResult[] } | undefined;

  connectedCallback(): void {
    this.#data = JSON.parse(
      this.querySelector('script.checker-data')?.textContent ?? '{}',
    ) as CheckerData;
    this.#select = this.#find('select');
    this.#text = this.#find('textarea');
    this.#form = this.#find('form.checker-form');
    this.#state = loadState(this.#sampleNames());
    buildProfileForm(this.#form, (path, value) => this.#onFormEdit(path, value));
    this.#showState();
    // Shown until now in case the script never runs (disabled, blocked or failed to load).
    this.querySelector('.checker-needs-js')?.remove();
    this.#find('.checker-ui').hidden = false;

    this.#text.addEventListener('input', () => this.#onInput());
    this.#select.addEventListener('change', () => this.#onSelect());
    this.#on('.checker-reset', () => this.#setState({ ...this.#state, showing: 'sample' }));
    this.#on('.checker-copy-link', () => void this.#copyLink());
    this.#on('.checker-download', () => this.#downloadProfile());
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
      this.#state = loadState(this.#sampleNames());
      this.#showState();
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

  /** The reader typed: the text they are on becomes theirs, kept as typed. */
  #onInput(): void {
    const text = this.#text.value;
    const state = this.#state;
    if (state.showing === 'earlier') this.#state = { ...state, earlier: text };
    else if (state.showing === 'edited') this.#state = { ...state, edited: text };
    else this.#state = replaceEdited(state, text);
    storeState(this.#state);
    this.#syncSelect();
    this.#evaluate();
  }

  /** A sample or one of the reader's texts was chosen; no text is dropped by choosing. */
  #onSelect(): void {
    const value = this.#select.value;
    if (value === EDITED) this.#setState({ ...this.#state, showing: 'edited' });
    else if (value === EARLIER) this.#setState({ ...this.#state, showing: 'earlier' });
    else this.#setState({ ...this.#state, sample: value, showing: 'sample' });
  }

  #setState(state: CheckerState): void {
    this.#state = state;
    storeState(state);
    this.#showState();
  }

  #showState(): void {
    this.#text.value = this.#currentText();
    this.#syncSelect();
    this.#evaluate();
  }

  #currentText(): string {
    const { showing, edited, earlier, sample } = this.#state;
    if (showing === 'edited' && edited !== null) return edited;
    if (showing === 'earlier' && earlier !== null) return earlier;
    return this.#data.samples.find((s) => s.name === sample)?.text ?? '';
  }

  /** Offers the reader's texts in the select once they exist, and selects what is shown. */
  #syncSelect(): void {
    this.#syncOption(EDITED, 'Your edited profile', this.#state.edited !== null);
    this.#syncOption(EARLIER, 'Your earlier profile', this.#state.earlier !== null);
    const { showing, sample } = this.#state;
    this.#select.value = showing === 'edited' ? EDITED : showing === 'earlier' ? EARLIER : sample;
  }

  #syncOption(value: string, label: string, wanted: boolean): void {
    const option = this.#select.querySelector(`option[value="${value}"]`);
    if (wanted && !option) this.#select.append(new Option(label, value));
    if (!wanted) option?.remove();
  }

  /** A form field changed: write it into the profile text, which stays the one source. */
  #onFormEdit(path: string, value: unknown): void {
    this.#text.value = JSON.stringify(withPath(this.#formProfile, path, value), null, 2);
    this.#onInput();
  }

  #evaluate(): void {
    const { parsed, results } = evaluateText(this.#data.policies, this.#text.value);
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

  /** A text from a file or link replaces the shown one; the reader's own text is kept as "earlier". */
  #bring(text: string, message: string): void {
    this.#setState(replaceEdited(this.#state, text));
    this.#notify(message);
  }

  async #copyLink(): Promise<void> {
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
    const older =
      shared.policySetVersion === current
        ? ''
        : ` This link was made against policy set ${shared.policySetVersion}; the policies have changed since (now ${current}), so its verdicts may differ from what its sender saw.`;
    this.#bring(shared.text, `Opened the profile from the link.${older}`);
  }

  async #openFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      this.#notify(
        `${file.name} is ${Math.round(file.size / 1024)} KiB: too large for a profile (at most ${MAX_FILE_BYTES / 1000} kB). Nothing was changed.`,
      );
      return;
    }
    this.#bring(await file.text(), `Opened ${file.name}.`);
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

  #downloadProfile(): void {
    const parsed = this.#last?.parsed;
    const name = parsed?.ok
      ? slug(parsed.profile.vendor, parsed.profile.product, parsed.profile.productVersion)
      : 'profile';
    saveFile(`${name}.json`, this.#text.value, 'application/json');
  }

  async #exportReport(format: 'md' | 'json'): Promise<void> {
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

customElements.define('kap-checker', KapChecker);
