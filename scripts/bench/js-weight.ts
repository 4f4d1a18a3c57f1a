/**
 * The JavaScript a page loads, as Chromium receives it from the compressed server: the body
 * bytes of every script response (module chunks and workers included) that the page asked for
 * before its load event; then all it asked for by the time the network is idle (Starlight's
 * search asks for Pagefind's UI when the browser is idle, on every Starlight page); and again
 * after the reader's first interaction with the checker (a click into the profile and one
 * character typed), which may load more.
 */
import type { Browser, Page, Request } from '@playwright/test';

/** No request for this long: the network is idle (Playwright's own `networkidle` waits 500 ms). */
const QUIET_MS = 500;

export interface JsWeight {
  path: string;
  /** Bytes of script bodies, as transferred (gzipped), of the scripts asked for before the load event. */
  atLoad: number;
  /** The same, of all scripts asked for by the time the page is loaded and the network idle. */
  idle: number;
  /** The same after the first interaction with the checker; atLoad when the page has none. */
  afterInteraction: number;
  hasChecker: boolean;
}

/** Counts script bytes and requests in flight on `page`. */
function watchScripts(page: Page) {
  let inFlight = 0;
  let lastChange = performance.now();
  let bytes = 0;
  let beforeLoad = 0;
  let loaded = false;
  const asked = new WeakMap<Request, boolean>();
  const counting: Promise<void>[] = [];
  const settled = () => {
    inFlight--;
    lastChange = performance.now();
  };
  const count = async (request: Request) => {
    const response = await request.response();
    if (!/javascript/.test(response?.headers()['content-type'] ?? '')) return;
    // A worker's script has no body size in Chromium's report, but it has its Content-Length.
    const length = Number(response?.headers()['content-length']);
    const size = Number.isFinite(length) ? length : (await request.sizes()).responseBodySize;
    bytes += size;
    if (asked.get(request)) beforeLoad += size;
  };
  page.on('load', () => (loaded = true));
  page.on('request', (request) => {
    asked.set(request, !loaded);
    inFlight++;
    lastChange = performance.now();
  });
  page.on('requestfailed', settled);
  page.on('requestfinished', (request) => {
    counting.push(count(request));
    settled();
  });
  return {
    /** Waits for the network to be idle: the bytes of all scripts, and of those asked for before load. */
    async idle(): Promise<{ all: number; beforeLoad: number }> {
      while (inFlight > 0 || performance.now() - lastChange < QUIET_MS)
        await page.waitForTimeout(50);
      await Promise.all(counting);
      return { all: bytes, beforeLoad };
    },
  };
}

/** Loads `origin` + `path` in a fresh context (nothing cached) and weighs its scripts. */
export async function jsWeight(browser: Browser, origin: string, path: string): Promise<JsWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = watchScripts(page);
    await page.goto(origin + path, { waitUntil: 'load' });
    const { all: idle, beforeLoad: atLoad } = await scripts.idle();
    const profile = page.locator('#checker-profile');
    const hasChecker = (await profile.count()) > 0;
    if (!hasChecker) return { path, atLoad, idle, afterInteraction: idle, hasChecker };
    await profile.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    const afterInteraction = (await scripts.idle()).all;
    return { path, atLoad, idle, afterInteraction, hasChecker };
  } finally {
    await context.close();
  }
}
