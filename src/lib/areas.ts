/** The policy areas in reading order, with the names readers see. Keys are the policy schema's `area` values. */
export const AREAS: Readonly<Record<string, string>> = {
  kernel: 'Kernel footprint',
  content: 'Content handling',
  deployment: 'Deployment',
  'customer-control': 'Customer control',
  recovery: 'Recovery',
  integrity: 'Integrity',
  tamper: 'Anti-tamper',
  transparency: 'Transparency',
  assurance: 'Assurance',
};

/** The status values in their life-cycle order, with the words readers see. */
export const STATUSES: Readonly<Record<string, string>> = {
  draft: 'Draft',
  proposed: 'Proposed',
  accepted: 'Accepted',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};
