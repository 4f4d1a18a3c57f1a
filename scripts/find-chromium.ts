/**
 * Finds a Chromium for the end-to-end tests: Playwright's own build if it is installed, else
 * the system's. As root with apt, installs Debian's `chromium` package, saying so. No browser
 * can be downloaded by `playwright install` on the machines this project runs on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The Chromium executable to use, or undefined to let Playwright use its own. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(
      "No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    "No Chromium for the end-to-end tests. Install one: `npx playwright install chromium`, or Debian's " +
      '`apt-get install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
  );
}
