/**
 * The policy set as an OSCAL catalog (1.0.6): a group per area, a control per policy, a
 * statement item per requirement whose JSON Logic rule is a property (exact JSON text a tool
 * can parse back; see /cite/), and the references as back-matter resources.
 */
import type { Policy } from './evaluate.ts';
import {
  absoluteUrl,
  policyVersionJsonPath,
  policyVersionPath,
  requirementAnchor,
} from './urls.ts';

export const OSCAL_VERSION = '1.0.6';

export interface CatalogInput {
  policies: readonly Policy[];
  /** Area keys in reading order, with their names. */
  areas: Readonly<Record<string, string>>;
  /** The site's origin and title. */
  site: { origin: string; title: string };
  /** The policy set's version. */
  version: string;
  /** A stable UUID (version 5) for a name, so the same input always gives the same catalog. */
  uuid: (name: string) => string;
}

type Prop = { name: string; value: string; ns?: string; class?: string };

/** The catalog document, `{ catalog: … }`. */
export function oscalCatalog(input: CatalogInput): { catalog: Record<string, unknown> } {
  const { policies, areas, site, version, uuid } = input;
  const ns = absoluteUrl(site.origin, '/cite/#oscal');
  const lastModified =
    policies
      .map((p) => p.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const references = new Map<string, Policy['references'][number]>();
  for (const policy of policies) for (const r of policy.references) references.set(r.url, r);
  const resourceId = (url: string) => uuid(`reference:${url}`);

  const control = (policy: Policy) => {
    const id = policy.id.toLowerCase();
    const props: Prop[] = [
      { name: 'label', value: policy.id },
      { name: 'status', ns, value: policy.status },
      { name: 'version', ns, value: policy.version },
      { name: 'updated', ns, value: policy.updated },
    ];
    // OSCAL's own mark of a control that is no longer in force.
    if (policy.status === 'withdrawn' || policy.status === 'superseded')
      props.push({ name: 'status', value: 'withdrawn' });
    const page = absoluteUrl(site.origin, policyVersionPath(policy.id, policy.version));
    return {
      id,
      class: 'policy',
      title: policy.title,
      props,
      links: [
        { href: page, rel: 'alternate', 'media-type': 'text/html' },
        {
          href: absoluteUrl(site.origin, policyVersionJsonPath(policy.id, policy.version)),
          rel: 'alternate',
          'media-type': 'application/json',
        },
        ...(policy.supersededBy
          ? [{ href: `#${policy.supersededBy.toLowerCase()}`, rel: 'incorporated-into' }]
          : []),
        ...policy.references.map((r) => ({ href: `#${resourceId(r.url)}`, rel: 'reference' })),
      ],
      parts: [
        {
          id: `${id}_smt`,
          name: 'statement',
          parts: policy.requirements.map((r) => ({
            id: `${id}_smt.${requirementAnchor(r.id)}`,
            name: 'item',
            props: [
              { name: 'label', value: `${policy.id}-${r.id}` },
              { name: 'level', ns, value: r.level },
              { name: 'rule', ns, class: 'json-logic', value: JSON.stringify(r.rule) },
            ],
            links: [{ href: `${page}#${requirementAnchor(r.id)}`, rel: 'alternate' }],
            prose: r.text,
          })),
        },
        { id: `${id}_gdn`, name: 'guidance', prose: policy.summary },
      ],
    };
  };

  return {
    catalog: {
      uuid: uuid(`catalog:${version}`),
      metadata: {
        title: site.title,
        'last-modified': `${lastModified}T00:00:00Z`,
        version,
        'oscal-version': OSCAL_VERSION,
        links: [
          { href: absoluteUrl(site.origin, '/'), rel: 'alternate', 'media-type': 'text/html' },
        ],
      },
      groups: Object.entries(areas)
        .map(([area, title]) => ({
          id: area,
          class: 'area',
          title,
          controls: policies.filter((p) => p.area === area).map(control),
        }))
        .filter((group) => group.controls.length > 0),
      'back-matter': {
        resources: [...references.values()].map((r) => ({
          uuid: resourceId(r.url),
          title: r.title,
          citation: {
            text: `${r.publisher}, ${r.title}, ${r.date ?? `undated, accessed ${r.accessed}`}.`,
          },
          rlinks: [{ href: r.url }],
        })),
      },
    },
  };
}
