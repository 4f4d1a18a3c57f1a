/** Lighthouse (mobile, its default) for a few pages of the built site, served compressed. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../find-chromium.ts';
import { withServedDist } from './serve-dist.ts';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  lcpMs: number;
}

export const LIGHTHOUSE_PATHS = ['/', '/policies/kap-003/', '/check/'];

/** Scores (0–100) and layout shift for each path on `origin`, from one Chromium. */
export async function lighthouseScores(
  origin: string,
  paths: readonly string[],
): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const path of paths) {
      const result = await lighthouse(origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      scores.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

if (import.meta.main)
  console.table(
    await withServedDist(`${process.cwd()}/dist`, 4419, (origin) =>
      lighthouseScores(origin, LIGHTHOUSE_PATHS),
    ),
  );
