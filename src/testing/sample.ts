import type { Report } from "../schema/report.js";
import { generateCountry as country, type CountryOptions } from "../sample/country.js";
import { generateCommuneReport as commune, type SampleContext, type SampleOptions } from "../sample/commune.js";

/**
 * The synthetic data set of the demo and the benchmarks, for tests: plausible, schema-valid,
 * deterministic commune reports (the same seed and period give the same reports, whatever else
 * is generated). Documented here; the generator itself lives in src/sample.
 */

/**
 * One plausible report per commune of the 2025 list (3,321 by default): figures drawn from the
 * catalog's relations (a part never exceeds its whole, breakdowns add up), stated rates that
 * agree with their counts, a little prose, a header per Nghị định 30/2020. Deterministic: the
 * same `seed` and `period` give the same reports. Use it for rollup tests at the country's
 * real size, and as realistic input for your own rules.
 *
 * @category Testing
 * @summary The synthetic country: every commune's report.
 * @param options - `seed`, `period`, and optionally `units` (a smaller list), `missingRate`
 *   (share of communes that did not report), `comparisons` (last year and previous period),
 *   `lateRate`, `catalog`.
 * @example
 * ```ts
 * const reports = generateCountry({ seed: 6, period: "202605" });
 * reports.length; // 3321
 * const some = generateCountry({ seed: 6, period: "202605", missingRate: 0.1 }); // about 90%
 * ```
 */
export function generateCountry(options: CountryOptions): Report[] {
  return country(options);
}

/**
 * One synthetic commune report (the one {@link generateCountry} gives for that commune).
 *
 * @category Testing
 * @summary One synthetic commune report.
 * @example
 * ```ts
 * const r = generateCommuneReport({ code: "09487", name: "Xã Đông Cứu" }, { seed: 1, period: "202605" });
 * r.unit.level; // "xa"
 * ```
 */
export function generateCommuneReport(
  unit: { readonly code: string; readonly name: string },
  options: SampleOptions | SampleContext,
): Report {
  return commune(unit, options);
}

export type { CountryOptions, SampleContext, SampleOptions };
