/**
 * What a release freezes, as one canonical text to hash: the policy file without its test vectors
 * (they prove the rules; adding one changes nothing the policy says) and its page's prose.
 */
import type { Policy } from './evaluate.ts';

/** JSON with object keys sorted at every depth, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The frozen part of a policy: everything in its file except the test vectors and `$schema`. */
export function frozenPolicy(policy: Policy): Omit<Policy, 'tests' | '$schema'> {
  const { tests: _tests, $schema: _schema, ...frozen } = policy;
  return frozen;
}

/** The page's text as released; line endings normalized so a checkout on Windows hashes the same. */
export function frozenPage(page: string): string {
  return page.replace(/\r\n?/g, '\n');
}

/** The canonical text of a release: what its content hash is taken of. */
export function releaseContent(policy: Policy, page: string): string {
  return canonicalJson({ policy: frozenPolicy(policy), page: frozenPage(page) });
}
