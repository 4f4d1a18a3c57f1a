/**
 * Main-thread time of one keystroke on /check/ for a profile with many unknown keys, measured
 * from the outside (it does not know how the checker schedules its work): Chromium traces the
 * keystroke, and the page's main-thread tasks from the key press until the page is idle again
 * give the longest task (how long the page could not respond) and their total.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './median.ts';

/** Long enough for any pause the checker waits for before it evaluates. */
const SETTLE_MS = 400;

export interface UnknownKeysTiming {
  unknownKeys: number;
  /** Median over the keystrokes of the longest main-thread task, in ms. */
  longest: number;
  /** Median over the keystrokes of all main-thread tasks' time, in ms. */
  total: number;
  keystrokes: number;
}

/** A sample profile with `count` top-level fields that the profile format does not define. */
export function profileWithUnknownKeys(sample: object, count: number): string {
  const extra = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`unknownField${i}`, i]),
  );
  return JSON.stringify({ ...sample, ...extra }, null, 2);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** The durations (ms) of the tasks on the busiest renderer main thread of a trace. */
function mainThreadTasks(trace: Buffer): number[] {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, number[]>();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'RunTask' || !mains.has(thread) || !e.dur) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e.dur / 1000]);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
}

async function idle(page: Page): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  // Resolves only once the tasks queued before it have run and a frame has been drawn.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** Times `keystrokes` keystrokes (space, backspace, …) at the end of `text` in the checker on `url`. */
export async function timeKeystrokes(
  browser: Browser,
  url: string,
  text: string,
  unknownKeys: number,
  keystrokes: number,
  timeoutMs: number,
): Promise<UnknownKeysTiming> {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeoutMs);
  try {
    await page.goto(url);
    const textarea = page.locator('#checker-profile');
    await textarea.waitFor();
    // The text goes in without an input event, so the first timed keystroke is the first to
    // make the checker read it.
    await textarea.evaluate((el: HTMLTextAreaElement, value) => {
      el.value = value;
      el.focus();
      el.setSelectionRange(value.length, value.length);
    }, text);
    await idle(page);
    const longest: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      await browser.startTracing(page, {
        categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      await page.keyboard.press(i % 2 === 0 ? ' ' : 'Backspace');
      await idle(page);
      const tasks = mainThreadTasks(await browser.stopTracing());
      longest.push(Math.max(0, ...tasks));
      total.push(tasks.reduce((a, b) => a + b, 0));
    }
    return { unknownKeys, longest: median(longest), total: median(total), keystrokes };
  } finally {
    await page.close();
  }
}
