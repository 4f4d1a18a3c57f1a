// Watches a page for what must never happen on this site: a request to another origin, a console
// error, an uncaught exception, a Content-Security-Policy violation.
import type { Page } from '@playwright/test';

export interface Watch {
  /** Everything seen so far, one line each. */
  problems(): Promise<string[]>;
}

/**
 * Starts watching `page` (call it before the page navigates); requests to any origin but the
 * site's (`base`) are refused and noted.
 */
export async function watchPage(
  page: Page,
  base: string,
  options: { allow404?: boolean } = {},
): Promise<Watch> {
  const origin = new URL(base).origin;
  const seen: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    seen.push(`request to another origin: ${url.href}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (options.allow404 && /status of 404/.test(message.text())) return;
    const where = message.location().url;
    seen.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  return {
    async problems() {
      const csp = await page
        .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
        .catch(() => []);
      return [...seen, ...csp.map((v) => `CSP violation: ${v}`)];
    },
  };
}
