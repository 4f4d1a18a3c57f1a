/** The part of a parsed profile that the profile schema defines. */
import profileSchema from '../profiles/vendor-profile.v1.json' with { type: 'json' };
import type { ParsedProfile, VendorProfile } from './parse-profile.ts';
import type { SchemaNode } from './schema-fields.ts';

/** `value` with every key the schema does not define dropped, at every level; other values as they are. */
export function knownFields(
  value: unknown,
  schema: SchemaNode = profileSchema as SchemaNode,
): unknown {
  if (!schema.properties || typeof value !== 'object' || value === null || Array.isArray(value))
    return value;
  const known: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(schema.properties)) {
    if (Object.hasOwn(value, name))
      known[name] = knownFields((value as Record<string, unknown>)[name], child);
  }
  return known;
}

/** A parse whose JSON (and profile) keep only the fields the schema defines. */
export function withKnownFields(parsed: ParsedProfile): ParsedProfile {
  const json = knownFields(parsed.json);
  return parsed.ok ? { ...parsed, profile: json as VendorProfile, json } : { ...parsed, json };
}
