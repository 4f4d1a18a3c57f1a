/**
 * <kap-then-now>: inside a <kap-checker> on a frozen version's page, shows the checker's profile
 * under the cited version and the latest, side by side. The build wrote the first sample's cells;
 * this element rewrites them on the checker's every "kap-checker-evaluated" event, loading the
 * engine with the first one, so the page's first load carries none of it.
 */
import type { ThenNowData } from './then-now-cells.ts';

class KapThenNow extends HTMLElement {
  #abort: AbortController | undefined;

  connectedCallback(): void {
    this.#abort = new AbortController();
    const data = JSON.parse(
      this.querySelector('script.then-now-data')?.textContent ?? '{}',
    ) as ThenNowData;
    this.closest('kap-checker')?.addEventListener(
      'kap-checker-evaluated',
      (event) => void this.#show(data, (event as CustomEvent<{ text: string }>).detail.text),
      { signal: this.#abort.signal },
    );
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
  }

  async #show(data: ThenNowData, text: string): Promise<void> {
    const { thenNowCells } = await import('./then-now-cells.ts');
    const { cells, sentence } = thenNowCells(data, text);
    for (const [key, { result, words }] of cells) {
      const [row, version] = key.split(' ');
      const cell = this.querySelector<HTMLElement>(
        `tr[data-row="${row}"] td[data-version="${version}"]`,
      );
      if (!cell) continue;
      cell.dataset.result = result;
      cell.textContent = words;
    }
    const line = this.querySelector('.then-now-sentence');
    if (line) line.textContent = sentence;
  }
}

customElements.define('kap-then-now', KapThenNow);
