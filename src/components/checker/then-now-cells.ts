/** The cells of the then-and-now table for one profile text: computed alike by the build and the page. */
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

export interface ThenNowCells {
  /** By "<row> <version>", the row being "policy" or a requirement ID. */
  cells: Map<string, { result: Outcome; words: string }>;
  sentence: string;
}

export function thenNowCells({ cited, latest, ids }: ThenNowData, text: string): ThenNowCells {
  const [then, now] = evaluateText([cited, latest], text).results;
  const comparison = compareThenNow(
    ids,
    { version: cited.version, result: then! },
    { version: latest.version, result: now! },
  );
  const cells: ThenNowCells['cells'] = new Map();
  const set = (row: string, version: string, result: Outcome) =>
    cells.set(`${row} ${version}`, { result, words: OUTCOME_WORDS[result] });
  set('policy', cited.version, then!.result);
  set('policy', latest.version, now!.result);
  for (const row of comparison.rows) {
    set(row.id, cited.version, row.then);
    set(row.id, latest.version, row.now);
  }
  return { cells, sentence: comparison.sentence };
}
