/**
 * Keystroke → verdict: in the checker's profile (#checker-profile), the time from a key press
 * (the keydown event's timestamp) to the frame after the last change it caused to a verdict
 * ([data-check]: its text, attributes or children), measured in the page. Keystrokes alternate
 * a space and Backspace at the end of the sample, one at a time, each once the last is shown.
 * The comparison, keystroke → frame, times the same key presses in a bare textarea: the least
 * any page can do.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './median.ts';

const KEYSTROKES = 40;
/** After a verdict changed: how long to wait for further changes the same keystroke makes. */
const SETTLE_MS = 150;
/** A keystroke that changes no verdict in this time is an error: the checker did not respond. */
const TIMEOUT_MS = 30_000;

export interface KeystrokeTiming {
  /** The first keystroke after clicking into the profile: it may have to load the engine. */
  first: number;
  /** Median and worst of the keystrokes after the first. */
  median: number;
  worst: number;
  keystrokes: number;
}

/** Installs the in-page timer, once the caret is in place: lags[i] ends at the frame after keystroke i's last change. */
async function installTimer(page: Page, watch: 'verdicts' | 'input'): Promise<void> {
  await page.evaluate((watch) => {
    const w = window as unknown as { lags: number[]; keys: number };
    w.lags = [];
    w.keys = 0;
    let down = 0;
    document.addEventListener(
      'keydown',
      (event) => {
        down = event.timeStamp;
        w.keys++;
      },
      { capture: true },
    );
    const changed = () => {
      const key = w.keys - 1;
      if (key < 0) return;
      requestAnimationFrame(() => (w.lags[key] = performance.now() - down));
    };
    if (watch === 'input') {
      document.addEventListener('input', changed, { capture: true });
      return;
    }
    const inVerdict = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest('[data-check]') ||
      (node instanceof Element && node.querySelector('[data-check]'));
    new MutationObserver((records) => {
      if (records.some((r) => inVerdict(r.target) || [...r.addedNodes].some(inVerdict))) changed();
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, watch);
}

async function timeKeys(page: Page): Promise<KeystrokeTiming> {
  const lags: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 2 === 0 ? ' ' : 'Backspace');
    await page.waitForFunction((key) => (window as unknown as { lags: number[] }).lags[key], i, {
      timeout: TIMEOUT_MS,
    });
    await page.waitForTimeout(SETTLE_MS);
    lags.push(
      await page.evaluate((key) => (window as unknown as { lags: number[] }).lags[key]!, i),
    );
  }
  const rest = lags.slice(1);
  return {
    first: lags[0]!,
    median: median(rest),
    worst: Math.max(...rest),
    keystrokes: KEYSTROKES,
  };
}

/** Keystroke → verdict in the checker on `url`. */
export async function keystrokeToVerdict(browser: Browser, url: string): Promise<KeystrokeTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator('#checker-profile').click();
    await page.keyboard.press('Control+End');
    await installTimer(page, 'verdicts');
    return await timeKeys(page);
  } finally {
    await context.close();
  }
}

/** Keystroke → frame in a textarea added to the page at `url`, with nothing listening to it. */
export async function keystrokeToFrame(browser: Browser, url: string): Promise<KeystrokeTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.body.prepend(document.createElement('textarea')));
    // Focused, not clicked: the page's fixed header covers the top of the page.
    await page.locator('textarea').first().focus();
    await installTimer(page, 'input');
    return await timeKeys(page);
  } finally {
    await context.close();
  }
}
