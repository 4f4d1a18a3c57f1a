/**
 * <kap-then-now>: inside a <kap-checker> on a frozen version's page, evaluates the checker's
 * profile under the cited version and the latest, and writes both verdicts side by side. It
 * follows the checker's "kap-checker-evaluated" event, so it sees every text the checker sees.
 */
import { evaluateText, type Policy } from '../../engine/evaluate.ts';
import { compareThenNow, type Outcome } from '../../engine/then-now.ts';
import { VERDICT_WORDS } from '../../engine/verdict-words.ts';

type Rules = Pick<Policy, 'id' | 'version' | 'requirements'>;

/** What the page embeds: both versions' rules, and the requirement IDs in row order. */
export interface ThenNowData {
  cited: Rules;
  latest: Rules;
  ids: string[];
}

const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  ...VERDICT_WORDS,
  absent: 'Not in this version',
};

class KapThenNow extends HTMLElement {
  #data!: ThenNowData;

  connectedCallback(): void {
    this.#data = JSON.parse(
      this.querySelector('script.then-now-data')?.textContent ?? '{}',
    ) as ThenNowData;
    const checker = this.closest('kap-checker');
    checker?.addEventListener('kap-checker-evaluated', (event) =>
      this.#show((event as CustomEvent<{ text: string }>).detail.text),
    );
    // The checker may have evaluated before this element was defined.
    const text = checker?.querySelector('textarea')?.value;
    if (text !== undefined) this.#show(text);
  }

  #show(text: string): void {
    const { cited, latest, ids } = this.#data;
    const [then, now] = evaluateText([cited, latest], text).results;
    const comparison = compareThenNow(
      ids,
      { version: cited.version, result: then! },
      { version: latest.version, result: now! },
    );
    this.#cell('policy', cited.version, then!.result);
    this.#cell('policy', latest.version, now!.result);
    for (const row of comparison.rows) {
      this.#cell(row.id, cited.version, row.then);
      this.#cell(row.id, latest.version, row.now);
    }
    this.#find('.then-now-sentence').textContent = comparison.sentence;
  }

  #cell(row: string, version: string, outcome: Outcome): void {
    const cell = this.#find(`tr[data-row="${row}"] td[data-version="${version}"]`);
    cell.dataset.result = outcome;
    cell.textContent = OUTCOME_WORDS[outcome];
  }

  #find(selector: string): HTMLElement {
    return this.querySelector(selector) as HTMLElement;
  }
}

customElements.define('kap-then-now', KapThenNow);
