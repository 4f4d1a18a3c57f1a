/**
 * The words readers see for each policy area and status. The values themselves, and their
 * order, come from the policy schema's enums; the types make a label for each one required.
 */
import policySchema from '../policies/policy.schema.json' with { type: 'json' };
import type { PolicyFile } from '../generated/policy.d.ts';

type Area = PolicyFile['area'];
type Status = PolicyFile['status'];

const AREA_LABELS: Readonly<Record<Area, string>> = {
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

const STATUS_LABELS: Readonly<Record<Status, string>> = {
  draft: 'Draft',
  proposed: 'Proposed',
  accepted: 'Accepted',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};

/** The areas in the schema's order, with the names readers see. */
export const AREAS: Readonly<Record<string, string>> = labelled(
  policySchema.properties.area.enum as Area[],
  AREA_LABELS,
);

/** The statuses in the schema's (life-cycle) order, with the words readers see. */
export const STATUSES: Readonly<Record<string, string>> = labelled(
  policySchema.properties.status.enum as Status[],
  STATUS_LABELS,
);

function labelled<K extends string>(values: K[], labels: Readonly<Record<K, string>>) {
  return Object.fromEntries(values.map((value) => [value, labels[value]]));
}
