/**
 * The figures of one bench run as one dated Markdown section: a line saying when and where, the
 * table (measure, this site, a comparison measured in the same run, budget or goal) and notes.
 * The same text is printed and written into README.md.
 */
import type { EngineTiming } from './engine.ts';
import type { JsWeight } from './js-weight.ts';
import type { KapCheckTiming } from './kap-check.ts';
import type { KeystrokeTiming } from './keystroke-verdict.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { BuildFigures } from './site-copies.ts';
import type { UnknownKeysTiming } from './unknown-keys.ts';

export interface Figures {
  date: string;
  minutes: number;
  node: string;
  chromium: string;
  cores: number;
  loadAverage: { start: number; end: number };
  engine: { policies: number; samples: number; node: EngineTiming; chromium: EngineTiming };
  kapCheck: KapCheckTiming;
  bare: { build: BuildFigures; js: JsWeight; frame: KeystrokeTiming; lighthouse: LighthouseScores };
  site: {
    build: BuildFigures;
    js: { home: JsWeight; policy: JsWeight; check: JsWeight };
    verdict: { policy: KeystrokeTiming; check: KeystrokeTiming };
    unknownKeys: UnknownKeysTiming[];
    search: number;
    lighthouse: LighthouseScores[];
  };
  /** Absent when the run skipped the copies with synthetic policies. */
  copies?: { small: BuildFigures; large: BuildFigures & { search: number } };
}

/** Linear growth: at most this ratio for 10× the policies. */
const LINEAR_RATIO = 11;
const JS_BUDGET = { home: 12_000, policy: 20_000, check: 40_000 };
const POLICY_PAGE_VS_BARE = 3;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const budgetKb = (bytes: number) => `≤ ${bytes / 1000} KB`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const s = (seconds: number) => `${seconds.toFixed(0)} s`;
const verdict = (met: boolean) => (met ? 'met' : '**over**');
const code = (text: string) => `\`${text}\``;

function keystrokes(t: KeystrokeTiming): string {
  return `median ${ms(t.median)}, worst ${ms(t.worst)}; first ${ms(t.first)} (${t.keystrokes} keystrokes)`;
}

function lighthouse(l: LighthouseScores): string {
  return `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}, CLS ${l.cls.toFixed(3)}`;
}

function lighthouseMet(l: LighthouseScores): boolean {
  return (
    [l.performance, l.accessibility, l.bestPractices, l.seo].every((x) => x === 100) && l.cls === 0
  );
}

function jsRows(f: Figures): string[][] {
  const bare = f.bare.js;
  const pages = [
    ['/', f.site.js.home, JS_BUDGET.home],
    ['/policies/kap-003/', f.site.js.policy, JS_BUDGET.policy],
    ['/check/', f.site.js.check, JS_BUDGET.check],
  ] as const;
  return pages.flatMap(([path, js, budget]) => {
    const isPolicy = js === f.site.js.policy;
    // The budgets are for what a page needs to load; Starlight's search UI follows on idle on
    // every Starlight page, bare ones too, so it is shown apart.
    return (['atLoad', 'idle', 'afterInteraction'] as const).map((when) => {
      const bytes = js[when];
      const against = when === 'atLoad' ? bare.atLoad : bare.idle;
      const ratio = bytes / against;
      const label = {
        atLoad: `JS at load (asked for before the load event), ${code(path)}`,
        idle: `JS once idle (adds Starlight's search UI), ${code(path)}`,
        afterInteraction: `JS after the first interaction with the checker, ${code(path)}`,
      }[when];
      const value =
        when === 'afterInteraction' && !js.hasChecker ? `${kb(bytes)} (no checker)` : kb(bytes);
      const goal =
        when !== 'atLoad'
          ? '—'
          : isPolicy
            ? `${budgetKb(budget)} and ≤ ${POLICY_PAGE_VS_BARE}× bare: ${verdict(bytes <= budget && ratio <= POLICY_PAGE_VS_BARE)}`
            : `${budgetKb(budget)}: ${verdict(bytes <= budget)}`;
      return [
        label,
        value,
        `bare Starlight page: ${kb(against)} (this is ${ratio.toFixed(2)}×)`,
        goal,
      ];
    });
  });
}

function engineRows(f: Figures): string[][] {
  const { node, chromium, policies, samples } = f.engine;
  const both = (pick: (t: EngineTiming) => number) =>
    `Node ${ms(pick(node))} · Chromium ${ms(pick(chromium))}`;
  const parse = `${code('JSON.parse')} of the same texts: ${both((t) => t.parse)}`;
  return [
    [
      `Engine: evaluate + explain, ${policies} policies × ${samples} samples`,
      both((t) => t.evaluate),
      parse,
      '—',
    ],
    [
      `Engine from text: parse, validate, evaluate, explain, ${policies} × ${samples}`,
      both((t) => t.fromText),
      parse,
      '—',
    ],
  ];
}

function keystrokeRows(f: Figures): string[][] {
  const frame = `keystroke → frame in a bare textarea: median ${ms(f.bare.frame.median)}`;
  const [plain, ...many] = f.site.unknownKeys;
  const counts = many.map((u) => u.unknownKeys.toLocaleString('en-US')).join(' / ');
  return [
    [
      `Keystroke → verdict, ${code('/policies/kap-003/')}`,
      keystrokes(f.site.verdict.policy),
      frame,
      '—',
    ],
    [
      `Keystroke → verdicts, ${code('/check/')} (${f.engine.policies} policies)`,
      keystrokes(f.site.verdict.check),
      frame,
      '—',
    ],
    [
      `One keystroke on ${code('/check/')} in a profile with ${counts} unknown keys: main-thread time`,
      `longest task ${many.map((u) => ms(u.longest)).join(' / ')}; all tasks ${many.map((u) => ms(u.total)).join(' / ')}`,
      `the sample as it is: longest ${ms(plain!.longest)}, all ${ms(plain!.total)}`,
      '—',
    ],
  ];
}

function buildRows(f: Figures): string[][] {
  const site = f.site.build;
  const copies = f.copies;
  const grows = (pick: (b: BuildFigures) => number, format: (x: number) => string) => {
    if (!copies)
      return [
        'copies with synthetic policies: skipped (--quick)',
        `ratio ≤ ${LINEAR_RATIO} (linear)`,
      ];
    const ratio = pick(copies.large) / pick(copies.small);
    return [
      `${copies.small.policies} policies: ${format(pick(copies.small))} · ${copies.large.policies} policies: ${format(pick(copies.large))} · ratio ${copies.large.policies}/${copies.small.policies}: ${ratio.toFixed(1)}`,
      `ratio ≤ ${LINEAR_RATIO} (linear): ${verdict(ratio <= LINEAR_RATIO)}`,
    ];
  };
  const search = copies
    ? `${copies.large.policies} policies: ${ms(copies.large.search)}`
    : 'copy with synthetic policies: skipped (--quick)';
  const index = copies
    ? `bare Starlight: ${kb(f.bare.build.pagefindBytes)} · ${copies.small.policies} policies: ${mb(copies.small.pagefindBytes)} · ${copies.large.policies} policies: ${mb(copies.large.pagefindBytes)}`
    : `bare Starlight: ${kb(f.bare.build.pagefindBytes)}`;
  return [
    [
      `Build time (${code('astro build')})`,
      `${site.policies} policies: ${s(site.seconds)}`,
      ...grows((b) => b.seconds, s),
    ],
    [
      `Size of ${code('dist/')}`,
      `${site.policies} policies: ${mb(site.distBytes)}`,
      ...grows((b) => b.distBytes, mb),
    ],
    [`Pagefind index (${code('dist/pagefind/')})`, mb(site.pagefindBytes), index, '—'],
    [`Pagefind: query → first result (“bake”, first visit)`, ms(f.site.search), search, '—'],
  ];
}

function lighthouseRows(f: Figures): string[][] {
  return f.site.lighthouse.map((l) => [
    `Lighthouse (mobile) perf / a11y / best practices / SEO, ${code(l.path)}`,
    lighthouse(l),
    `bare Starlight page: ${lighthouse(f.bare.lighthouse)}`,
    `100 / 100 / 100 / 100, CLS 0: ${verdict(lighthouseMet(l))}`,
  ]);
}

function cliRow(f: Figures): string[] {
  const k = f.kapCheck;
  const via = k.viaSystemNode
    ? ` · kap-check started by Node ${k.viaSystemNode.version} (re-runs itself on ${f.node}): ${ms(k.viaSystemNode.ms)}`
    : '';
  return [
    `${code('kap-check')}, process start to exit, 1 profile × ${k.policies} policies`,
    ms(k.kapCheck),
    `${code('node -e 0')}: ${ms(k.bareNode)}${via}`,
    '—',
  ];
}

function table(rows: string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['Measure', 'This site', 'Comparison (same run)', 'Budget / goal']),
    line(['---', '---', '---', '---']),
    ...rows.map(line),
  ].join('\n');
}

/** The dated section: what ran where, the table, and what the figures count. */
export function report(f: Figures): string {
  const load = `load average ${f.loadAverage.start.toFixed(1)} at start, ${f.loadAverage.end.toFixed(1)} at end`;
  const rows = [
    ...jsRows(f),
    ...engineRows(f),
    ...keystrokeRows(f),
    cliRow(f),
    ...buildRows(f),
    ...lighthouseRows(f),
  ];
  return [
    `Measured ${f.date} by ${code('npm run bench')} (${f.minutes.toFixed(0)} min) on ${f.cores} cores (${code('nproc')}), ${load}; Node ${f.node}, Chromium ${f.chromium}.`,
    '',
    table(rows),
    '',
    'KB and MB are 1,000 and 1,000,000 bytes. JS counts the bodies of script responses as transferred (gzipped), module chunks and workers included, from a server that compresses as static hosts do; inline scripts are part of the HTML. Times are medians; a shared machine makes them noisy, so compare figures within one run.',
  ].join('\n');
}
