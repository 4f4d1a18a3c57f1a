/**
 * <kap-checker>: evaluates the profile in its text box against the page's policies as the
 * reader types, and keeps the text in this browser. The markup comes from ProfileChecker.astro.
 */
import { evaluateText, type PolicyResult } from '../../engine/evaluate.ts';
import type { ProfileProblem } from '../../engine/parse-profile.ts';
import type { CheckerData } from './checker-data.ts';
import { loadState, storeState, STORAGE_KEY, type CheckerState } from './checker-state.ts';
import { renderTree } from './explanation-tree.ts';

/** The select option that stands for the reader's own text. */
const EDITED = '__edited__';

const VERDICT_WORDS = { pass: 'Pass', fail: 'Fail', error: 'Error' } as const;

class KapChecker extends HTMLElement {
  #data!: CheckerData;
  #state!: CheckerState;
  #select!: HTMLSelectElement;
  #text!: HTMLTextAreaElement;

  connectedCallback(): void {
    this.#data = JSON.parse(this.querySelector('script.checker-data')?.textContent ?? '{}') as CheckerData;
    this.#select = this.querySelector('select') as HTMLSelectElement;
    this.#text = this.querySelector('textarea') as HTMLTextAreaElement;
    this.#state = loadState(this.#data.samples.map((s) => s.name));
    this.#showState();
    // Shown until now in case the script never runs (disabled, blocked or failed to load).
    this.querySelector('.checker-needs-js')?.remove();
    (this.querySelector('.checker-ui') as HTMLElement).hidden = false;

    this.#text.addEventListener('input', () => this.#onInput());
    this.#select.addEventListener('change', () => this.#onSelect());
    this.querySelector('.checker-reset')?.addEventListener('click', () => this.#onReset());
    // Another tab changed the profile: follow it, unless this tab's reader is typing.
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY || document.activeElement === this.#text) return;
      this.#state = loadState(this.#data.samples.map((s) => s.name));
      this.#showState();
    });
  }

  /** The reader typed: their text becomes the edited profile, kept as typed. */
  #onInput(): void {
    this.#state = { ...this.#state, edited: this.#text.value, showing: 'edited' };
    storeState(this.#state);
    this.#syncSelect();
    this.#evaluate();
  }

  /** A sample, or the reader's edited profile, was chosen. The edited text is kept either way. */
  #onSelect(): void {
    const value = this.#select.value;
    this.#state = value === EDITED ? { ...this.#state, showing: 'edited' } : { ...this.#state, sample: value, showing: 'sample' };
    storeState(this.#state);
    this.#showState();
  }

  /** Back to the chosen sample; the edited text stays one choice away in the select. */
  #onReset(): void {
    this.#state = { ...this.#state, showing: 'sample' };
    storeState(this.#state);
    this.#showState();
  }

  #showState(): void {
    this.#text.value = this.#currentText();
    this.#syncSelect();
    this.#evaluate();
  }

  #currentText(): string {
    const { showing, edited, sample } = this.#state;
    if (showing === 'edited' && edited !== null) return edited;
    return this.#data.samples.find((s) => s.name === sample)?.text ?? '';
  }

  /** Offers the edited profile in the select once there is one, and selects what is shown. */
  #syncSelect(): void {
    let option = this.#select.querySelector<HTMLOptionElement>(`option[value="${EDITED}"]`);
    if (this.#state.edited !== null && !option) {
      option = new Option('Your edited profile', EDITED);
      this.#select.append(option);
    }
    this.#select.value = this.#state.showing === 'edited' ? EDITED : this.#state.sample;
  }

  #evaluate(): void {
    const { parsed, results } = evaluateText(this.#data.policies, this.#text.value);
    this.#showProblems('.checker-problems', parsed.ok ? [] : parsed.errors);
    this.#showProblems('.checker-warnings', parsed.warnings);
    this.#text.setAttribute('aria-invalid', String(!parsed.ok));
    for (const result of results) this.#showResult(result);
  }

  #showProblems(selector: string, problems: ProfileProblem[]): void {
    const box = this.querySelector(selector) as HTMLElement;
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
    const verdict = this.querySelector(`[data-check="${result.id}"]`) as HTMLElement;
    verdict.dataset.result = result.result;
    verdict.textContent = VERDICT_WORDS[result.result];
    const advisories = verdict.closest('.checker-verdict-line')?.querySelector('.checker-advisories');
    if (advisories) {
      const count = result.advisories.length;
      advisories.textContent = count === 0 ? '' : `with ${count} advisory ${count === 1 ? 'note' : 'notes'} (a SHOULD not met)`;
    }
    const list = verdict.closest('.checker-policy')?.querySelector('.checker-requirements') as HTMLElement;
    list.hidden = result.result === 'error';
    for (const item of list.querySelectorAll<HTMLElement>('[data-requirement]')) {
      const requirement = result.requirements.find((r) => r.ref === item.dataset.requirement);
      if (!requirement) {
        delete item.dataset.result;
        continue;
      }
      item.dataset.result = requirement.result;
      (item.querySelector('.checker-requirement-verdict') as HTMLElement).textContent = requirement.result === 'pass' ? 'pass' : 'fail';
      (item.querySelector('.checker-reason') as HTMLElement).textContent = requirement.reason;
      (item.querySelector('.checker-tree') as HTMLElement).replaceChildren(renderTree(requirement.explanation));
    }
  }
}

customElements.define('kap-checker', KapChecker);
