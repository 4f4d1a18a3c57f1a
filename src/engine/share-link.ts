/**
 * Share links: the profile text, deflated and base64url-encoded, in the URL fragment (which
 * browsers never send to a server), with the link format's version and the policy set's version.
 * Uses the web's CompressionStream, which browsers and Node both have. Unpacking stops at the
 * longest profile the checker reads, so a small link cannot inflate into a huge text.
 */
import { formatCount, MAX_PROFILE_LENGTH } from './profile-limits.ts';
import { SHARE_KEY } from './share-fragment.ts';
/** The version of the link format; a later format can still read this one. */
export const SHARE_FORMAT = 1;
/** The most bytes a link's profile may unpack to (UTF-8 never takes fewer bytes than characters). */
export const MAX_SHARED_BYTES = MAX_PROFILE_LENGTH;
/** A policy set version as the site writes it, e.g. 2026-11-24+abcd1234; anything else is not shown. */
const POLICY_SET_VERSION = /^[0-9A-Za-z.+-]{1,40}$/;

export type SharedProfile =
  | {
      ok: true;
      text: string;
      /** The policy set the link was made against, or null if the link's is not one this site writes. */
      policySetVersion: string | null;
    }
  | { ok: false; message: string };

/** The fragment (without #) that carries `text`, made against the given policy set version. */
export async function encodeShareFragment(text: string, policySetVersion: string): Promise<string> {
  const packed = await readAll(
    new Blob([new TextEncoder().encode(text) as BlobPart])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw')),
    Infinity,
  );
  return `${SHARE_KEY}=${SHARE_FORMAT}.${encodeURIComponent(policySetVersion)}.${toBase64Url(packed as Uint8Array)}`;
}

const DAMAGED = "This link's profile is damaged (it may have been cut short when it was copied).";

/** The profile text a share fragment carries, or why it cannot be read. */
export async function decodeShareFragment(fragment: string): Promise<SharedProfile> {
  const value = fragment.replace(/^#/, '').slice(SHARE_KEY.length + 1);
  // format.version.payload, where only the version may itself hold dots.
  const first = value.indexOf('.');
  const last = value.lastIndexOf('.');
  const format = first < 0 ? value : value.slice(0, first);
  const version = first < last ? value.slice(first + 1, last) : undefined;
  const payload = first < last ? value.slice(last + 1) : undefined;
  if (format !== String(SHARE_FORMAT) || version === undefined || payload === undefined) {
    const named = !format ? 'missing' : /^\d{1,6}$/.test(format) ? format : 'unreadable';
    return {
      ok: false,
      message: `This link's profile is in a format this site does not read (format ${named}).`,
    };
  }
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, message: DAMAGED };
  // Even stored without compression, a profile within the limit takes a third more in base64.
  if (payload.length > 2 * MAX_SHARED_BYTES) return tooLarge();
  let bytes: Uint8Array | 'too large';
  try {
    bytes = await readAll(
      new Blob([fromBase64Url(payload) as BlobPart])
        .stream()
        .pipeThrough(new DecompressionStream('deflate-raw')),
      MAX_SHARED_BYTES,
    );
  } catch {
    return { ok: false, message: DAMAGED };
  }
  if (bytes === 'too large') return tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: DAMAGED };
  }
  return { ok: true, text, policySetVersion: readVersion(version) };
}

function tooLarge(): SharedProfile {
  return {
    ok: false,
    message: `This link's profile unpacks to more than ${formatCount(MAX_SHARED_BYTES)} bytes, the most the checker reads, so it was not opened.`,
  };
}

function readVersion(encoded: string): string | null {
  try {
    const version = decodeURIComponent(encoded);
    return POLICY_SET_VERSION.test(version) ? version : null;
  } catch {
    return null;
  }
}

/** A stream's bytes, or 'too large' as soon as there are more than `limit` (the rest is not read). */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | 'too large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return 'too large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
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
