/** What the profile schema's types are called in messages and on the reference page. */
import type { ProfileField } from './schema-fields.ts';

/** The pattern of every date field: YYYY-MM-DD with a real month and day. */
export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** Each JSON Schema type as a reader would say it, with its article. */
const TYPE_WORDS: Readonly<Record<string, { a: string; noun: string }>> = {
  object: { a: 'an', noun: 'object' },
  array: { a: 'a', noun: 'list' },
  integer: { a: 'a', noun: 'whole number' },
  number: { a: 'a', noun: 'number' },
  boolean: { a: '', noun: 'true or false' },
  string: { a: '', noun: 'text' },
};

/** A schema `type` (or comma-separated types) in words with an article, e.g. "a whole number". */
export function typeWords(type: string): string {
  return type
    .split(',')
    .map((t) => {
      const words = TYPE_WORDS[t];
      return words ? `${words.a} ${words.noun}`.trim() : t;
    })
    .join(' or ');
}

/** A profile field's kind in words, e.g. "whole number", "one of a list". */
export function kindWords(kind: ProfileField['kind']): string {
  switch (kind) {
    case 'group':
      return `group of fields (an ${TYPE_WORDS.object!.noun})`;
    case 'list':
      return `${TYPE_WORDS.array!.noun} of ${TYPE_WORDS.string!.noun}`;
    case 'enum':
      return 'one of a list';
    case 'const':
      return 'constant';
    default:
      return TYPE_WORDS[kind]!.noun;
  }
}
