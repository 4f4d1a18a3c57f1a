/**
 * What a verdict row shows, as text: computed the same way when the build writes the default
 * sample's verdicts into the page and when the checker writes the reader's.
 */
import type { PolicyResult, RequirementResult } from '../../engine/evaluate.ts';
import { describeRemedy } from '../../engine/remedy.ts';
import { advisoryWords, requirementWords, VERDICT_WORDS } from '../../engine/verdict-words.ts';
import { explanationHtml } from './explanation-html.ts';

export interface PolicyView {
  result: PolicyResult['result'];
  verdict: string;
  advisories: string;
  /** On an error there is nothing to show per requirement. */
  requirementsHidden: boolean;
}

export interface RequirementView {
  result: RequirementResult['result'];
  level: RequirementResult['level'];
  verdict: string;
  reason: string;
  remedies: string[];
  treeHtml: string;
}

export function policyView(result: PolicyResult): PolicyView {
  return {
    result: result.result,
    verdict: VERDICT_WORDS[result.result],
    advisories: advisoryWords(result.advisories.length),
    requirementsHidden: result.result === 'error',
  };
}

export function requirementView(requirement: RequirementResult): RequirementView {
  return {
    result: requirement.result,
    level: requirement.level,
    verdict: requirementWords(requirement),
    reason: requirement.reason,
    remedies: requirement.remedies.map((remedy) => `To meet it: ${describeRemedy(remedy)}.`),
    treeHtml: explanationHtml(requirement.explanation, `How ${requirement.ref} applied`),
  };
}
