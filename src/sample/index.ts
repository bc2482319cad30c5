/**
 * Synthetic but plausible data sets for tests, benchmarks and the CLI demo: deterministic
 * commune reports for the whole country. Not part of the core entry (it pulls in the commune
 * list).
 *
 * @module
 */
export { generateCountry, type CountryOptions } from "./country.js";
export { generateCommuneReport, sampleContext, type SampleOptions, type SampleContext } from "./commune.js";
