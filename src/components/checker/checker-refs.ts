/**
 * The one contract between the checker's markup (ProfileChecker.astro) and its script. Each
 * element the script uses carries data-el="<name>" (rows: data-part="<name>"), written in the
 * markup by `ref`/`part` and found by `findRefs`/`findParts`, which check each element's tag:
 * markup that no longer fits the script fails at once, naming what is missing.
 */

/** Elements every checker has, by name, with their tags. */
const REQUIRED = {
  zone: 'section',
  ui: 'div',
  sample: 'select',
  reset: 'button',
  restore: 'button',
  copyLink: 'button',
  download: 'button',
  notice: 'p',
  share: 'div',
  shareUrl: 'input',
  editor: 'div',
  gutter: 'div',
  text: 'textarea',
  problems: 'div',
  warnings: 'div',
  formNote: 'p',
  form: 'form',
  announce: 'p',
  policies: 'ol',
} as const satisfies Record<string, keyof HTMLElementTagNameMap>;

/** Elements only /check/'s checker has. */
const OPTIONAL = {
  file: 'input',
  summary: 'p',
  failuresOnly: 'input',
  exportMd: 'button',
  exportJson: 'button',
  print: 'button',
} as const satisfies Record<string, keyof HTMLElementTagNameMap>;

/** The parts of a policy's row, and of a requirement's row within it. */
const POLICY_PARTS = {
  verdict: 'strong',
  advisories: 'span',
  requirements: 'ol',
} as const satisfies Record<string, keyof HTMLElementTagNameMap>;
const REQUIREMENT_PARTS = {
  requirementVerdict: 'strong',
  reason: 'p',
  remedies: 'ul',
  tree: 'div',
} as const satisfies Record<string, keyof HTMLElementTagNameMap>;

type Tags = Record<string, keyof HTMLElementTagNameMap>;
type Elements<T extends Tags> = { [K in keyof T]: HTMLElementTagNameMap[T[K]] };

export type CheckerRefs = Elements<typeof REQUIRED> & Partial<Elements<typeof OPTIONAL>>;
export type PolicyParts = Elements<typeof POLICY_PARTS>;
export type RequirementParts = Elements<typeof REQUIREMENT_PARTS>;

/** The attribute that names an element for the script. */
export function ref(name: keyof typeof REQUIRED | keyof typeof OPTIONAL): { 'data-el': string } {
  return { 'data-el': name };
}

/** The attribute that names a part of a row for the script. */
export function part(name: keyof typeof POLICY_PARTS | keyof typeof REQUIREMENT_PARTS): {
  'data-part': string;
} {
  return { 'data-part': name };
}

function collect<T extends Tags>(
  root: ParentNode,
  tags: T,
  attribute: string,
  required: boolean,
): Partial<Elements<T>> {
  const found: Record<string, Element> = {};
  for (const [name, tag] of Object.entries(tags)) {
    const element = root.querySelector(`[${attribute}="${name}"]`);
    if (!element) {
      if (required) throw new Error(`the checker's markup has no [${attribute}="${name}"]`);
      continue;
    }
    if (element.localName !== tag)
      throw new Error(`[${attribute}="${name}"] is a <${element.localName}>, not a <${tag}>`);
    found[name] = element;
  }
  return found as Partial<Elements<T>>;
}

/** The checker's elements under `root`; throws, naming it, if one is missing or of another kind. */
export function findRefs(root: ParentNode): CheckerRefs {
  return {
    ...(collect(root, REQUIRED, 'data-el', true) as Elements<typeof REQUIRED>),
    ...collect(root, OPTIONAL, 'data-el', false),
  };
}

export function findPolicyParts(row: ParentNode): PolicyParts {
  return collect(row, POLICY_PARTS, 'data-part', true) as PolicyParts;
}

export function findRequirementParts(row: ParentNode): RequirementParts {
  return collect(row, REQUIREMENT_PARTS, 'data-part', true) as RequirementParts;
}
