/** The change log: every version of every policy, newest first, and the same as an Atom feed. */

/** One version of one policy, as its history entry records it. */
export interface ChangeEntry {
  policyId: string;
  /** The policy's title in that version (its current title for a version whose text was not kept). */
  title: string;
  version: string;
  date: string;
  change: string;
  /** The version's page, absolute. */
  url: string;
}

/** Newest first: by date, then by policy ID, a policy's later version first on the same day. */
export function newestFirst(entries: readonly ChangeEntry[]): ChangeEntry[] {
  return [...entries].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      a.policyId.localeCompare(b.policyId) ||
      b.version.localeCompare(a.version, undefined, { numeric: true }),
  );
}

/** The Atom feed (RFC 4287) of the change log. */
export function atomFeed(
  entries: readonly ChangeEntry[],
  feed: { title: string; url: string; pageUrl: string; author: string },
): string {
  const sorted = newestFirst(entries);
  const updated = sorted[0]?.date ?? '1970-01-01';
  const items = sorted.map(
    (e) => `  <entry>
    <id>${xml(e.url)}</id>
    <title>${xml(`${e.policyId} ${e.version}: ${e.title}`)}</title>
    <updated>${e.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>
    <summary>${xml(e.change)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feed.url)}</id>
  <title>${xml(feed.title)}</title>
  <subtitle>Every version of every policy, newest first.</subtitle>
  <updated>${updated}T00:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="${xml(feed.url)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>
  <author><name>${xml(feed.author)}</name></author>
${items.join('\n')}
</feed>
`;
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}
