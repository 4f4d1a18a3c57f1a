/** The BCP 14 key words (RFC 2119, RFC 8174) that a policy's requirement texts use, in the RFCs' order. */

/** Every BCP 14 key word, in the order RFC 8174's boilerplate lists them. */
const KEY_WORDS = [
  'MUST',
  'MUST NOT',
  'REQUIRED',
  'SHALL',
  'SHALL NOT',
  'SHOULD',
  'SHOULD NOT',
  'RECOMMENDED',
  'NOT RECOMMENDED',
  'MAY',
  'OPTIONAL',
] as const;

/** The two requirement levels and their negative forms, which any policy of the set may use. */
const LEVEL_WORDS: readonly string[] = ['MUST', 'MUST NOT', 'SHOULD', 'SHOULD NOT'];

// Longest first, so that "MUST NOT" is one match rather than "MUST"; capitals only, as RFC 8174 says.
const PATTERN = new RegExp(
  `\\b(?:${[...KEY_WORDS].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'g',
);

/** The key words of the level words and of any other BCP 14 key word the texts use, in BCP 14's order. */
export function keyWordsOf(texts: readonly string[]): string[] {
  const used = new Set(LEVEL_WORDS);
  for (const text of texts) for (const [word] of text.matchAll(PATTERN)) used.add(word);
  return KEY_WORDS.filter((word) => used.has(word));
}
