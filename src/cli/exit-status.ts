/** kap-check's exit statuses, as --help and the README state them. */
export const EXIT = { pass: 0, fail: 1, badInput: 2 } as const;
