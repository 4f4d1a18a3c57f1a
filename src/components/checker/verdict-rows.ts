/**
 * Writes the engine's results into the verdict rows the build laid out (one per policy and
 * requirement), the summary of /check/, and the sentence a screen reader is told.
 */
import type { PolicyResult } from '../../engine/evaluate.ts';
import { summarize, summaryWords, verdictAnnouncement } from '../../engine/verdict-words.ts';
import {
  findPolicyParts,
  findRequirementParts,
  type CheckerRefs,
  type PolicyParts,
  type RequirementParts,
} from './checker-refs.ts';
import { policyView, requirementView } from './result-view.ts';

interface PolicyRow {
  row: HTMLElement;
  parts: PolicyParts;
  requirements: Map<string, RequirementRow>;
}

interface RequirementRow {
  row: HTMLElement;
  parts: RequirementParts;
  /** The tree's HTML as last written. */
  tree?: string;
}

type RowRefs = Pick<CheckerRefs, 'policies' | 'announce' | 'summary'>;

export class VerdictRows {
  #rows = new Map<string, PolicyRow>();
  #refs: RowRefs;
  /** On /check/ the passing requirements would bury the failing ones. */
  #hidePassing: boolean;

  constructor(refs: RowRefs, hidePassing: boolean) {
    this.#refs = refs;
    this.#hidePassing = hidePassing;
    for (const row of refs.policies.querySelectorAll<HTMLElement>(':scope > [data-policy]')) {
      const requirements = new Map<string, RequirementRow>();
      for (const item of row.querySelectorAll<HTMLElement>('[data-requirement]'))
        requirements.set(item.dataset.requirement!, {
          row: item,
          parts: findRequirementParts(item),
        });
      this.#rows.set(row.dataset.policy!, { row, parts: findPolicyParts(row), requirements });
    }
  }

  show(results: PolicyResult[]): void {
    for (const result of results) this.#showPolicy(result);
    const summary = summarize(results);
    if (this.#refs.summary) {
      this.#refs.summary.dataset.pass = String(summary.pass);
      this.#refs.summary.dataset.fail = String(summary.fail);
      this.#refs.summary.textContent = summaryWords(summary);
    }
    // One sentence for the whole change; unchanged text is not announced again.
    const announcement =
      results.length === 1 ? verdictAnnouncement(results[0]!) : summaryWords(summary);
    if (this.#refs.announce.textContent !== announcement)
      this.#refs.announce.textContent = announcement;
  }

  #showPolicy(result: PolicyResult): void {
    const shown = this.#rows.get(result.id);
    if (!shown) return;
    const view = policyView(result);
    shown.row.dataset.result = view.result;
    shown.parts.verdict.dataset.result = view.result;
    shown.parts.verdict.textContent = view.verdict;
    shown.parts.advisories.textContent = view.advisories;
    shown.parts.requirements.hidden = view.requirementsHidden;
    for (const [ref, entry] of shown.requirements) {
      const { row, parts } = entry;
      const requirement = result.requirements.find((r) => r.ref === ref);
      if (!requirement) {
        delete row.dataset.result;
        continue;
      }
      const r = requirementView(requirement);
      row.dataset.result = r.result;
      row.hidden = this.#hidePassing && r.result === 'pass';
      parts.requirementVerdict.textContent = r.verdict;
      parts.reason.textContent = r.reason;
      parts.remedies.replaceChildren(
        ...r.remedies.map((remedy) => {
          const li = document.createElement('li');
          li.textContent = remedy;
          return li;
        }),
      );
      // The open state of the tree's disclosures would be lost, so it is rewritten only on a change.
      if (entry.tree !== r.treeHtml) {
        entry.tree = r.treeHtml;
        parts.tree.innerHTML = r.treeHtml;
      }
    }
  }
}
