/** How a share link's fragment is recognised: apart from the codec, so a page can tell cheaply. */

/** The fragment key, as in #profile=… */
export const SHARE_KEY = 'profile';

/** Whether a fragment (with or without #) is a share link's. */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}
