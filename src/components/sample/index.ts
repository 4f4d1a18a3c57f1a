// The parts of a sample profile's page, each rendered from the sample's JSON file.
export { default as SampleHeader } from './SampleHeader.astro';
export { default as SampleVerdicts } from './SampleVerdicts.astro';
export { default as SampleJson } from './SampleJson.astro';
