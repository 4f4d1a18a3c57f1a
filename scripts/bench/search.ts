/**
 * Pagefind's time to first result: on the home page, open Starlight's search, enter a query in
 * one input event, and time (in the page) from that event to the frame after the first result
 * link appears. Each run is in a fresh context, so the index loads as on a first visit; the time
 * includes Pagefind's own pause after typing (300 ms by default).
 */
import type { Browser } from '@playwright/test';
import { median } from './median.ts';

const RUNS = 3;
export const QUERY = 'bake';

async function once(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { firstResult: Promise<number> };
      w.firstResult = new Promise((resolve) => {
        let typed = 0;
        document.addEventListener('input', (event) => (typed = event.timeStamp), {
          capture: true,
        });
        new MutationObserver((_, observer) => {
          if (!typed || !document.querySelector('.pagefind-ui__result-link')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - typed));
        }).observe(document.body, { subtree: true, childList: true });
      });
    });
    await input.fill(QUERY);
    return await page.evaluate(
      () => (window as unknown as { firstResult: Promise<number> }).firstResult,
    );
  } finally {
    await context.close();
  }
}

/** Median milliseconds from query to first result over RUNS first visits. */
export async function timeToFirstResult(browser: Browser, origin: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once(browser, origin));
  return median(times);
}
