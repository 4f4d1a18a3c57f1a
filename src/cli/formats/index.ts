/** The output formats by name, in the order --help lists them. */
import type { Formatter } from '../check-run.ts';
import { github } from './github.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { markdown } from './markdown.ts';
import { sarif } from './sarif.ts';
import { text } from './text.ts';

export const FORMATS = { text, json, junit, markdown, sarif, github } as const satisfies Record<
  string,
  Formatter
>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The format used when none is asked for. */
export const DEFAULT_FORMAT: FormatName = 'text';
