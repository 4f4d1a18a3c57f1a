import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listFields, schemaAt, type SchemaNode } from '../src/engine/schema-fields.ts';

const schema: SchemaNode = {
  $defs: {
    urls: { type: 'array', items: { type: 'string', pattern: '^https?://' } },
  },
  properties: {
    group: {
      description: 'A group.',
      properties: {
        evidence: { $ref: '#/$defs/urls', description: 'Documents for this group.' },
        kinds: { type: 'array', items: { enum: ['a', 'b'] }, description: 'Kinds.' },
      },
    },
  },
};

test('a shared definition is read through its reference, with the field’s own description', () => {
  const evidence = listFields(schema).find((f) => f.path === 'group.evidence');
  assert.equal(evidence?.kind, 'list');
  assert.equal(evidence?.description, 'Documents for this group.');
  assert.equal(evidence?.schema.items?.pattern, '^https?://');
  assert.equal(schemaAt(schema, 'group.evidence')?.type, 'array');
});

test('a list with a vocabulary lists its allowed items', () => {
  assert.deepEqual(listFields(schema).find((f) => f.path === 'group.kinds')?.values, ['a', 'b']);
});

test('a reference to a definition the schema lacks is an error naming it', () => {
  assert.throws(
    () => listFields({ properties: { x: { $ref: '#/$defs/nope' } } }),
    /unknown definition: #\/\$defs\/nope/,
  );
});
