/** Turns the text a reader typed into a vendor profile, or into messages that say what is wrong and where. */
import type { ErrorObject } from 'ajv';
import validateProfile from '../generated/validate-profile.js';
import type { VendorProfile } from '../generated/profile.d.ts';
import profileSchema from '../profiles/vendor-profile.v1.json' with { type: 'json' };
import {
  firstSyntaxError,
  indexJson,
  locationOf,
  tooDeepAt,
  type JsonIndex,
  type Location,
} from './json-location.ts';
import {
  formatCount,
  MAX_LISTED_PROBLEMS,
  MAX_PROFILE_DEPTH,
  MAX_PROFILE_LENGTH,
} from './profile-limits.ts';
import { quoted } from './quoted.ts';
import { schemaAt, type SchemaNode } from './schema-fields.ts';
import { DATE_PATTERN, typeWords } from './schema-words.ts';
import { closest } from './suggest.ts';

export type { VendorProfile };

/** Something wrong with a profile: an error makes it unusable, a warning does not. */
export interface ProfileProblem {
  kind: 'syntax' | 'limit' | 'schema' | 'unknown-field' | 'duplicate-field';
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
const VISIBLE = (schema.properties?.vendor as SchemaNode).pattern as string;

const PATTERN_WORDS: Record<string, string> = {
  [VISIBLE]: 'must contain a visible character (not only spaces or invisible marks)',
  '^https?://': 'must be an http:// or https:// address',
  [DATE_PATTERN]: 'must be a date written YYYY-MM-DD',
};

/** Parses and validates a profile's JSON text against the profile schema. */
export function parseProfile(input: string): ParsedProfile {
  if (input.length > MAX_PROFILE_LENGTH) {
    return failure({
      kind: 'limit',
      path: '',
      message: `The profile is ${formatCount(input.length)} characters long: the checker reads at most ${formatCount(MAX_PROFILE_LENGTH)} (a profile is usually a few thousand).`,
    });
  }
  // A byte order mark is how some editors start a file, not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') {
    return failure({
      kind: 'syntax',
      path: '',
      message: 'The profile is empty: paste or type a JSON object.',
    });
  }
  const deep = tooDeepAt(text, MAX_PROFILE_DEPTH);
  if (deep !== undefined) {
    const location = locationOf(text, deep);
    return failure({
      kind: 'limit',
      path: '',
      message: `The profile nests more than ${MAX_PROFILE_DEPTH} levels deep at line ${location.line}, column ${location.column}: the checker reads at most ${MAX_PROFILE_DEPTH} levels of objects and lists.`,
      ...location,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failure(syntaxProblem(text, error));
  }
  return check(data, indexJson(text));
}

/** Validates an already-parsed profile; `text`, when given, is used to say on which line a problem is. */
export function checkProfile(data: unknown, text?: string): ParsedProfile {
  return check(data, text === undefined ? undefined : indexJson(text));
}

function check(data: unknown, index: JsonIndex | undefined): ParsedProfile {
  const duplicates = index ? duplicateProblems(index) : [];
  if (validateProfile(data))
    return { ok: true, profile: data as VendorProfile, json: data, warnings: duplicates };
  const errors = new ProblemList('errors');
  const unknown = new ProblemList('unknown fields');
  const seen = new Set<string>();
  for (const error of validateProfile.errors ?? []) {
    const params = error.params as Record<string, unknown>;
    const key = `${error.keyword} ${error.instancePath} ${String(params.additionalProperty ?? params.missingProperty ?? '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = error.keyword === 'additionalProperties' ? unknown : errors;
    // Past the listed ones, only count: no message, no location, no suggestion to work out.
    if (list.full) list.skip();
    else list.add(schemaProblem(error, index));
  }
  const warnings = [...duplicates, ...unknown.problems()];
  if (errors.count > 0) return { ok: false, errors: errors.problems(), warnings, json: data };
  return { ok: true, profile: data as VendorProfile, json: data, warnings };
}

/** Problems of one kind: the first MAX_LISTED_PROBLEMS in full, then a count of the rest. */
class ProblemList {
  #listed: ProfileProblem[] = [];
  #skipped = 0;
  #what: string;
  constructor(what: string) {
    this.#what = what;
  }
  get full(): boolean {
    return this.#listed.length >= MAX_LISTED_PROBLEMS;
  }
  get count(): number {
    return this.#listed.length + this.#skipped;
  }
  add(problem: ProfileProblem): void {
    this.#listed.push(problem);
  }
  skip(): void {
    this.#skipped++;
  }
  problems(): ProfileProblem[] {
    if (this.#skipped === 0) return this.#listed;
    const kind = this.#listed[0]?.kind ?? 'schema';
    return [
      ...this.#listed,
      {
        kind,
        path: '',
        message: `…and ${formatCount(this.#skipped)} more ${this.#what}, not listed (the first ${MAX_LISTED_PROBLEMS} are).`,
      },
    ];
  }
}

function failure(problem: ProfileProblem): ParsedProfile {
  return { ok: false, errors: [problem], warnings: [] };
}

function duplicateProblems(index: JsonIndex): ProfileProblem[] {
  const list = new ProblemList('duplicate fields');
  for (const { path, first, last } of index.duplicates) {
    if (list.full) {
      list.skip();
      continue;
    }
    const dotted = path.join('.');
    list.add({
      kind: 'duplicate-field',
      path: dotted,
      message: `Duplicate field "${quoted(dotted)}" at line ${last.line}, column ${last.column}: it is also at line ${first.line}, column ${first.column}, and JSON keeps only the last, so the earlier value is ignored.`,
      ...last,
    });
  }
  return list.problems();
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
  return {
    kind: 'syntax',
    path: '',
    message: `Invalid JSON${location ? ` at line ${location.line}, column ${location.column}` : ''}: ${(error as Error).message}`,
    ...location,
  };
}

function schemaProblem(error: ErrorObject, index: JsonIndex | undefined): ProfileProblem {
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
    const location = where(index, [...steps, name]);
    const hint = suggestion ? ` Did you mean "${[...steps, suggestion].join('.')}"?` : '';
    return {
      kind: 'unknown-field',
      path,
      message: `Unknown field "${quoted(path)}"${at(location)}: the profile format does not define it, so no policy reads it.${hint}`,
      suggestion,
      ...location,
    };
  }
  if (error.keyword === 'required') {
    const path = [...steps, String(params.missingProperty)].join('.');
    const location = where(index, steps);
    return {
      kind: 'schema',
      path,
      message: `Missing required field "${quoted(path)}"${steps.length ? at(location) : ''}.`,
      ...location,
    };
  }
  const path = steps.join('.');
  const location = where(index, steps);
  return {
    kind: 'schema',
    path,
    message: `"${path ? quoted(path) : 'The profile'}"${at(location)} ${expectation(error, params)}.`,
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

function where(index: JsonIndex | undefined, steps: string[]): Location | undefined {
  return index?.locate(steps.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
}

function at(location: Location | undefined): string {
  return location ? ` (line ${location.line}, column ${location.column})` : '';
}
