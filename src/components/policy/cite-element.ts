/**
 * <kap-cite>: writes the reader's own date accessed into the citations its CiteBox rendered,
 * and copies a citation at the click of its button, saying so in a live region.
 */
import { cite, citedName, type CitationFormat, type CitationSource } from '../../engine/cite.ts';

/** Today in the reader's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

class KapCite extends HTMLElement {
  #source!: CitationSource;

  connectedCallback(): void {
    this.#source = JSON.parse(this.dataset.source ?? '{}') as CitationSource;
    const accessed = today();
    for (const text of this.querySelectorAll<HTMLElement>('pre.cite-text')) {
      text.textContent = cite(text.dataset.format as CitationFormat, this.#source, accessed);
    }
    const note = this.querySelector('.cite-accessed');
    if (note)
      note.textContent = `The date accessed is today, ${accessed}, by this computer's clock.`;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.cite-copy')) {
      button.hidden = false;
      button.addEventListener(
        'click',
        () => void this.#copy(button.dataset.format!, button.textContent!.trim()),
      );
    }
  }

  async #copy(format: string, label: string): Promise<void> {
    const text = this.querySelector<HTMLElement>(`pre.cite-text[data-format="${format}"]`)!;
    const what = `${label.replace(/^Copy /, '')} citation of ${citedName(this.#source)}, version ${this.#source.version}`;
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      this.#say(`Copied the ${what}.`);
    } catch {
      getSelection()?.selectAllChildren(text);
      this.#say(
        `This browser did not allow copying: the ${what} is selected; copy it with Ctrl+C (⌘C on a Mac).`,
      );
    }
  }

  /** Announces a message; emptied first so that the same message twice is announced twice. */
  #say(message: string): void {
    const status = this.querySelector('.cite-status')!;
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  }
}

customElements.define('kap-cite', KapCite);
