/** Where the checker keeps its state in the browser: apart from the state, so a page can tell cheaply. */

/** The key of the state; versioned so a later format can ignore this one. */
export const STORAGE_KEY = 'kap.checker.v2';
/** The first format's key: its texts are carried over as drafts. */
export const FIRST_FORMAT_KEY = 'kap.checker.v1';
