/** Offers text to the reader as a downloaded file, under a name that is safe on every system. */

/** The longest file name offered, extension included (well under every file system's 255). */
export const MAX_FILE_NAME_LENGTH = 100;
/** The longest slug: room for a prefix and a date around it. */
const MAX_SLUG_LENGTH = 60;

/** Saves `text` as a download named (after making it safe) `name`. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(name);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name of letters, digits, dots, hyphens and underscores only, at most
 * MAX_FILE_NAME_LENGTH characters, its extension kept: no path, no control or invisible
 * characters, no leading dot.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+/g, '-');
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  const stem = (extension ? cleaned.slice(0, dot) : cleaned)
    .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
    .replace(/[.-]+$/, '');
  return `${stem || 'download'}${extension}`;
}

/**
 * A file name made of words, e.g. "contoso-sentinel-for-mac": accents dropped, anything else
 * that is not a letter or digit a hyphen, at most MAX_SLUG_LENGTH characters, cut between words.
 */
export function slug(...parts: string[]): string {
  const words = parts
    .join(' ')
    .slice(0, 10 * MAX_SLUG_LENGTH)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (words.length <= MAX_SLUG_LENGTH) return words || 'profile';
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_SLUG_LENGTH)) || 'profile';
}
