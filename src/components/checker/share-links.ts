/**
 * Share links: the profile, compressed, in the URL's # part (which browsers never send to a
 * server), with the policy set it was checked against, so the reader who opens it is told when
 * the policies have changed since.
 */
import { decodeShareFragment, encodeShareFragment } from '../../engine/share-link.ts';
import type { CheckerData } from './checker-data.ts';
import type { CheckerRefs } from './checker-refs.ts';

/** The link to this page with `text` in it, at the site's address or at `origin`. */
export async function shareUrl(
  text: string,
  data: CheckerData,
  origin = data.site,
): Promise<string> {
  const fragment = await encodeShareFragment(text, data.policySetVersion);
  return `${origin}${location.pathname}#${fragment}`;
}

/** Shows the link, copies it if the browser lets the page, and says which it did. */
export async function copyShareLink(
  text: string,
  data: CheckerData,
  refs: Pick<CheckerRefs, 'share' | 'shareUrl'>,
): Promise<string> {
  const url = await shareUrl(text, data);
  refs.shareUrl.value = url;
  refs.share.hidden = false;
  try {
    await navigator.clipboard.writeText(url);
    return `Link copied (${url.length} characters). It carries the profile in its # part, which browsers never send to a server.`;
  } catch {
    refs.shareUrl.select();
    return 'Copy the link from the box below: this browser did not allow copying it for you.';
  }
}

export type OpenedLink =
  { ok: true; text: string; message: string } | { ok: false; message: string };

/** The profile a link's fragment carries, and what to tell the reader about it. */
export async function openShareLink(fragment: string, data: CheckerData): Promise<OpenedLink> {
  const shared = await decodeShareFragment(fragment);
  if (!shared.ok) return shared;
  const current = data.policySetVersion;
  const made = shared.policySetVersion;
  const older =
    made === current
      ? ''
      : made === null
        ? ` This link does not say which policy set it was made against in a form this site writes, so its verdicts may differ from what its sender saw (policy set now ${current}).`
        : ` This link was made against policy set ${made}; the policies have changed since (now ${current}), so its verdicts may differ from what its sender saw.`;
  return { ok: true, text: shared.text, message: `Opened the profile from the link.${older}` };
}
