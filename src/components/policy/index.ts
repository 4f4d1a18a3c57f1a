// The parts of a policy page, each rendered from the policy's JSON file.
export { default as PolicyHeader } from './PolicyHeader.astro';
export { default as Requirements } from './Requirements.astro';
export { default as Checker } from './Checker.astro';
export { default as References } from './References.astro';
export { default as History } from './History.astro';
