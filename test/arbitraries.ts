// fast-check arbitraries for hostile and valid profiles, made from the profile schema so they
// follow it as it changes.
import fc from 'fast-check';
import profileSchema from '../src/profiles/vendor-profile.v1.json' with { type: 'json' };
import type { SchemaNode } from '../src/engine/schema-fields.ts';
import { checkProfile } from '../src/engine/parse-profile.ts';

const schema = profileSchema as SchemaNode;
const visible = new RegExp((schema.properties!.vendor as SchemaNode).pattern!);

/** Strings of any code points, visible or not, short and long. */
const anyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

/** A node with its "#/$defs/…" reference replaced by the definition, its own keywords kept. */
function resolved(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = /^#\/\$defs\/([^/]+)$/.exec(node.$ref)?.[1];
  const target = name === undefined ? undefined : schema.$defs?.[name];
  if (!target) throw new Error(`the profile schema refers to an unknown definition: ${node.$ref}`);
  const { $ref: _ref, ...own } = node;
  return { ...resolved(target), ...own };
}

/** A value the schema's types allow at `node` (its if/then consistency rules aside). */
function valueFor(given: SchemaNode): fc.Arbitrary<unknown> {
  const node = resolved(given);
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  if (node.properties) return objectFor(node);
  switch (node.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: node.minimum ?? -1e6, max: node.maximum ?? 1e6 });
    case 'number':
      return fc.double({ min: node.minimum ?? -1e6, max: node.maximum ?? 1e6, noNaN: true });
    case 'array':
      return fc.array(valueFor(node.items!), { maxLength: 5 });
    case 'string':
      if (node.pattern === '^https?://') return fc.webUrl();
      if (node.pattern?.startsWith('^[0-9]{4}'))
        return fc
          .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      return anyText.filter((s) => !node.pattern || visible.test(s));
    default:
      throw new Error(`no arbitrary for schema type ${JSON.stringify(node.type)}`);
  }
}

function objectFor(node: SchemaNode): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.fromEntries(
    Object.entries(node.properties ?? {}).map(([name, child]) => [name, valueFor(child)]),
  );
  return fc.record(entries, { requiredKeys: node.required ?? [] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/** Any profile the schema accepts: typed from the schema, then held to its consistency rules. */
export const validProfile = objectFor(schema).filter((profile) => checkProfile(profile).ok);

/** Keys a hostile profile tries: prototype names, invisible and direction marks, look-alikes. */
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.constantFrom('\u200B', '\u200E\u200F', '\u202E', '\uFEFF', 'vendor\u200B', 've\u0000ndor'),
  anyText,
);

/** Values of the wrong kind: numbers as strings, nulls, nested junk. */
const hostileValue = fc.oneof(
  fc.integer().map(String),
  fc.constantFrom(null, '', 'true', '1e400', -0, 1e308),
  fc.jsonValue({ maxDepth: 4 }),
);

/** `value` under the keys of `path`, as JSON (a computed key makes "__proto__" a plain key). */
function nestedJson(path: string[], value: unknown): string {
  return JSON.stringify(path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value));
}

/**
 * A valid profile changed in one to three places, written as JSON text: each change a key
 * written before the profile's own (so a duplicate loses) or after them (so it wins).
 */
export const mutatedProfileText = fc
  .tuple(
    validProfile,
    fc.array(
      fc.tuple(fc.array(hostileKey, { minLength: 1, maxLength: 3 }), hostileValue, fc.boolean()),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([profile, changes]) => {
    let text = JSON.stringify(profile);
    for (const [[key, ...rest], value, first] of changes) {
      const member = `${JSON.stringify(key)}:${nestedJson(rest, value)}`;
      text = first ? `{${member},${text.slice(1)}` : `${text.slice(0, -1)},${member}}`;
    }
    return text;
  });

/** Text that is large or deep: deep nesting, long arrays and strings, repeated keys. */
export const stressText = fc.oneof(
  fc.integer({ min: 1, max: 100_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 50_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 1, max: 200_000 }).map((n) => `[${'1,'.repeat(n)}1]`),
  fc.integer({ min: 1, max: 1_100_000 }).map((n) => `{"vendor": "${'x'.repeat(n)}"}`),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `{${'"k": 1,'.repeat(n)}"k": 2}`),
  fc
    .integer({ min: 1, max: 20_000 })
    .map((n) => `{${Array.from({ length: n }, (_, i) => `"u${i}": ${i}`).join(',')}}`),
);

/** Any text at all: junk, JSON of any shape, damaged profiles, with or without a BOM. */
export const anyProfileText = fc
  .tuple(
    fc.oneof(
      { arbitrary: mutatedProfileText, weight: 5 },
      { arbitrary: validProfile.map((p) => JSON.stringify(p, null, 2)), weight: 3 },
      { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)), weight: 2 },
      { arbitrary: anyText, weight: 2 },
      { arbitrary: mutatedProfileText.map((t) => t.slice(0, Math.floor(t.length / 2))), weight: 1 },
    ),
    fc.boolean(),
  )
  .map(([text, bom]) => (bom ? `\uFEFF${text}` : text));

export { visible };
