// The OSCAL catalog: valid against NIST's catalog schema 1.0.6, and faithful to the policy files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { oscalCatalog } from '../src/engine/oscal-catalog.ts';
import { AREAS } from '../src/lib/areas.ts';
import { loadPolicies } from '../src/lib/policy-files.ts';
import { uuidV5 } from '../src/lib/uuid.ts';

const schema = JSON.parse(readFileSync('test/fixtures/oscal_catalog_schema-1.0.6.json', 'utf8'));
// The schema is draft-07, which Ajv's default class validates; formats (uri, date-time) checked too.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const policies = loadPolicies();
const build = () =>
  oscalCatalog({
    policies,
    areas: AREAS,
    site: { origin: 'https://policies.example.org', title: 'Kernel Access Policies' },
    version: '2026-12-02+abcdef12',
    uuid: (name) => uuidV5(`https://policies.example.org/oscal/catalog.json#${name}`),
  });

test('the catalog declares draft-07 and validates against the official OSCAL 1.0.6 catalog schema', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const document = build();
  assert.ok(validate(document), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const metadata = document.catalog.metadata as Record<string, unknown>;
  assert.equal(metadata['oscal-version'], '1.0.6');
  assert.equal(
    metadata['last-modified'],
    `${policies
      .map((p) => p.updated)
      .sort()
      .at(-1)}T00:00:00Z`,
  );
});

test('a control per policy, in a group per area, a statement item per requirement with its rule as exact JSON', () => {
  const { catalog } = build() as { catalog: any };
  const controls = catalog.groups.flatMap((g: any) => g.controls);
  assert.equal(controls.length, policies.length);
  for (const policy of policies) {
    const control = controls.find((c: any) => c.id === policy.id.toLowerCase());
    const group = catalog.groups.find((g: any) => g.controls.includes(control));
    assert.equal(group.id, policy.area);
    assert.ok(control.props.some((p: any) => p.name === 'version' && p.value === policy.version));
    const items = control.parts[0].parts;
    assert.equal(items.length, policy.requirements.length);
    policy.requirements.forEach((requirement, i) => {
      assert.equal(items[i].prose, requirement.text);
      const rule = items[i].props.find((p: any) => p.name === 'rule');
      assert.deepEqual(JSON.parse(rule.value), requirement.rule);
    });
    assert.equal(
      control.links.filter((l: any) => l.rel === 'reference').length,
      policy.references.length,
    );
  }
});

test('a superseded policy carries OSCAL withdrawn status and a link to its successor', () => {
  const superseded = policies.find((p) => p.status === 'superseded')!;
  const { catalog } = build() as { catalog: any };
  const control = catalog.groups
    .flatMap((g: any) => g.controls)
    .find((c: any) => c.id === superseded.id.toLowerCase());
  assert.ok(
    control.props.some((p: any) => p.name === 'status' && !p.ns && p.value === 'withdrawn'),
  );
  assert.ok(
    control.links.some(
      (l: any) =>
        l.rel === 'incorporated-into' && l.href === `#${superseded.supersededBy!.toLowerCase()}`,
    ),
  );
});

test('the same input gives the same catalog, UUIDs included', () => {
  assert.deepEqual(build(), build());
  assert.match(
    uuidV5('x'),
    /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
});
