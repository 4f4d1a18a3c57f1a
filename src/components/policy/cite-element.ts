/**
 * <kap-cite>: writes the reader's own date accessed into the citations its CiteBox rendered,
 * switches a compact box between formats, and copies a citation at the click of its button,
 * saying so in a live region.
 */
import {
  CITATION_FORMATS,
  cite,
  citedName,
  type CitationFormat,
  type CitationSource,
} from '../../engine/cite.ts';

/** Today in the reader's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function formatLabel(format: CitationFormat): string {
  return CITATION_FORMATS.find((f) => f.id === format)?.label ?? format;
}

class KapCite extends HTMLElement {
  #source!: CitationSource;
  #accessed = today();

  connectedCallback(): void {
    this.#source = JSON.parse(this.dataset.source ?? '{}') as CitationSource;
    for (const text of this.querySelectorAll<HTMLElement>('pre.cite-text'))
      this.#write(text, text.dataset.format as CitationFormat);
    const note = this.querySelector('.cite-accessed');
    if (note)
      note.textContent = `The date accessed is today, ${this.#accessed}, by this computer's clock.`;
    const select = this.querySelector<HTMLSelectElement>('select.cite-format-select');
    select?.addEventListener('change', () =>
      this.#write(this.querySelector('pre.cite-text')!, select.value as CitationFormat),
    );
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.cite-copy')) {
      button.hidden = false;
      button.addEventListener(
        'click',
        () => void this.#copy((button.dataset.format ?? select?.value) as CitationFormat),
      );
    }
    const head = this.querySelector<HTMLElement>('.cite-format-head[hidden]');
    if (head) head.hidden = false;
  }

  #write(text: HTMLElement, format: CitationFormat): void {
    text.dataset.format = format;
    text.textContent = cite(format, this.#source, this.#accessed);
    text.setAttribute(
      'aria-label',
      `${formatLabel(format)} citation of ${citedName(this.#source)}`,
    );
  }

  async #copy(format: CitationFormat): Promise<void> {
    const text = this.querySelector<HTMLElement>(`pre.cite-text[data-format="${format}"]`)!;
    const what = `${formatLabel(format)} citation of ${citedName(this.#source)}, version ${this.#source.version}`;
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
