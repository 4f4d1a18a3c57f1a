/** Turns the text a reader typed into a vendor profile, or into messages that say what is wrong and where. */
import type { ErrorObject } from 'ajv';
import validateProfile from '../generated/validate-profile.js';
import type { VendorProfile } from '../generated/profile.d.ts';
import profileSchema from '../profiles/vendor-profile.v1.json' with { type: 'json' };
import { firstSyntaxError, locationOf, locationOfPath, type Location } from './json-location.ts';
import { schemaAt, type SchemaNode } from './schema-fields.ts';
import { DATE_PATTERN, typeWords } from './schema-words.ts';
import { closest } from './suggest.ts';

export type { VendorProfile };

/** Something wrong with a profile: an error makes it unusable, a warning does not. */
export interface ProfileProblem {
  kind: 'syntax' | 'schema' | 'unknown-field';
  /** Dotted path of the field concerned; empty for the document as a whole. */
  path: string;
  /** A sentence that says what is wrong and where. */
  message: string;
  line?: number;
  column?: number;
  /** For an unknown field: the known field it was probably meant to be. */
  suggestion?: string;
}

export type ParsedProfile =
  | { ok: true; profile: VendorProfile; json: unknown; warnings: ProfileProblem[] }
  | {
      ok: false;
      errors: ProfileProblem[];
      warnings: ProfileProblem[];
      /** The parsed JSON, if the text was JSON at all. */ json?: unknown;
    };

const schema = profileSchema as SchemaNode;

const PATTERN_WORDS: Record<string, string> = {
  '\\S': 'must not be empty',
  '^https?://': 'must be an http:// or https:// address',
  [DATE_PATTERN]: 'must be a date written YYYY-MM-DD',
};

/** Parses and validates a profile's JSON text against the profile schema. */
export function parseProfile(text: string): ParsedProfile {
  if (text.trim() === '') {
    return {
      ok: false,
      errors: [
        { kind: 'syntax', path: '', message: 'The profile is empty: paste or type a JSON object.' },
      ],
      warnings: [],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [syntaxProblem(text, error)], warnings: [] };
  }
  return checkProfile(data, text);
}

/** Validates an already-parsed profile; `text`, when given, is used to say on which line a problem is. */
export function checkProfile(data: unknown, text?: string): ParsedProfile {
  if (validateProfile(data))
    return { ok: true, profile: data as VendorProfile, json: data, warnings: [] };
  const errors: ProfileProblem[] = [];
  const warnings: ProfileProblem[] = [];
  const seen = new Set<string>();
  for (const error of validateProfile.errors ?? []) {
    const problem = schemaProblem(error, text);
    if (seen.has(problem.message)) continue;
    seen.add(problem.message);
    (problem.kind === 'unknown-field' ? warnings : errors).push(problem);
  }
  if (errors.length > 0) return { ok: false, errors, warnings, json: data };
  return { ok: true, profile: data as VendorProfile, json: data, warnings };
}

function syntaxProblem(text: string, error: unknown): ProfileProblem {
  const found = firstSyntaxError(text);
  if (found)
    return {
      kind: 'syntax',
      path: '',
      message: `Invalid JSON at line ${found.location.line}, column ${found.location.column}: ${found.message}.`,
      ...found.location,
    };
  const offset = /position (\d+)/.exec(String(error))?.[1];
  const location = offset === undefined ? undefined : locationOf(text, Number(offset));
  const where = location ? ` at line ${location.line}, column ${location.column}` : '';
  return {
    kind: 'syntax',
    path: '',
    message: `Invalid JSON${where}: ${(error as Error).message}`,
    ...location,
  };
}

function schemaProblem(error: ErrorObject, text: string | undefined): ProfileProblem {
  const steps = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const name = String(params.additionalProperty);
    const path = [...steps, name].join('.');
    const parent = steps.length > 0 ? schemaAt(schema, steps.join('.')) : schema;
    const suggestion = closest(name, Object.keys(parent?.properties ?? {}));
    const location = where(text, [...steps, name]);
    const hint = suggestion ? ` Did you mean "${[...steps, suggestion].join('.')}"?` : '';
    return {
      kind: 'unknown-field',
      path,
      message: `Unknown field "${path}"${at(location)}: the profile format does not define it, so no policy reads it.${hint}`,
      suggestion,
      ...location,
    };
  }
  if (error.keyword === 'required') {
    const path = [...steps, String(params.missingProperty)].join('.');
    const location = where(text, steps);
    return {
      kind: 'schema',
      path,
      message: `Missing required field "${path}"${steps.length ? at(location) : ''}.`,
      ...location,
    };
  }
  const path = steps.join('.');
  const location = where(text, steps);
  return {
    kind: 'schema',
    path,
    message: `"${path || 'The profile'}"${at(location)} ${expectation(error, params)}.`,
    ...location,
  };
}

function expectation(error: ErrorObject, params: Record<string, unknown>): string {
  switch (error.keyword) {
    case 'type':
      return `must be ${typeWords(String(params.type))}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'minimum':
      return `must be at least ${String(params.limit)}`;
    case 'maximum':
      return `must be at most ${String(params.limit)}`;
    case 'pattern':
      return (
        PATTERN_WORDS[String(params.pattern)] ?? `must match the pattern ${String(params.pattern)}`
      );
    case 'if':
      return contradiction(error.schemaPath);
    default:
      return error.message ?? 'is not valid';
  }
}

/**
 * Why a conditional rule of the schema (if … then) failed: the description of the rule, which
 * says which declarations cannot go together. The field that broke it has its own message.
 */
function contradiction(schemaPath: string): string {
  const steps = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node: unknown = profileSchema;
  for (const step of steps) node = (node as Record<string, unknown> | undefined)?.[step];
  const description = (node as SchemaNode | undefined)?.description;
  return description
    ? `declares fields that contradict each other: ${description.replace(/\.$/, '')}`
    : 'declares fields that contradict each other';
}

function where(text: string | undefined, steps: string[]): Location | undefined {
  if (text === undefined) return undefined;
  return locationOfPath(
    text,
    steps.map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
  );
}

function at(location: Location | undefined): string {
  return location ? ` (line ${location.line}, column ${location.column})` : '';
}
