/**
 * Share links: the profile text, deflated and base64url-encoded, in the URL fragment (which
 * browsers never send to a server), with the link format's version and the policy set's version.
 * Uses the web's CompressionStream, which browsers and Node both have.
 */

/** The fragment key, as in #profile=… */
export const SHARE_KEY = 'profile';
/** The version of the link format; a later format can still read this one. */
export const SHARE_FORMAT = 1;

export type SharedProfile =
  { ok: true; text: string; policySetVersion: string } | { ok: false; message: string };

/** The fragment (without #) that carries `text`, made against the given policy set version. */
export async function encodeShareFragment(text: string, policySetVersion: string): Promise<string> {
  const packed = await transform(
    new TextEncoder().encode(text),
    new CompressionStream('deflate-raw'),
  );
  return `${SHARE_KEY}=${SHARE_FORMAT}.${encodeURIComponent(policySetVersion)}.${toBase64Url(packed)}`;
}

/** Whether a fragment (with or without #) is a share link's. */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

/** The profile text a share fragment carries, or why it cannot be read. */
export async function decodeShareFragment(fragment: string): Promise<SharedProfile> {
  const value = fragment.replace(/^#/, '').slice(SHARE_KEY.length + 1);
  const [format, version, payload] = value.split('.');
  if (format !== String(SHARE_FORMAT) || version === undefined || payload === undefined) {
    return {
      ok: false,
      message: `This link's profile is in a format this site does not read (format ${format ?? 'missing'}).`,
    };
  }
  try {
    const bytes = await transform(fromBase64Url(payload), new DecompressionStream('deflate-raw'));
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      policySetVersion: decodeURIComponent(version),
    };
  } catch {
    return {
      ok: false,
      message: "This link's profile is damaged (it may have been cut short when it was copied).",
    };
  }
}

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
