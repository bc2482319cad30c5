import { UNITS_2025 } from "../communes/index.js";
import type { Report } from "../schema/report.js";
import type { UnitList } from "../schema/unit.js";
import { generateCommuneReport, sampleContext, type SampleOptions } from "./commune.js";
import { hashSeed, randomStream } from "./random.js";

/**
 * Options of {@link generateCountry}.
 *
 * @category Testing
 * @example
 * ```ts
 * const o: CountryOptions = { seed: 6, period: "202605", missingRate: 0.1 };
 * ```
 */
export interface CountryOptions extends SampleOptions {
  /** The units (default `UNITS_2025`: 34 provinces, 3,321 communes). */
  readonly units?: UnitList;
  /** Share of communes that have not reported (default 0: every commune reports). */
  readonly missingRate?: number;
}

/**
 * A deterministic synthetic data set: one plausible, schema-valid report per commune of the
 * unit list (all 3,321 communes of `UNITS_2025` by default), in unit-list order. Pure and fast
 * (a few tens of milliseconds): used by tests, benchmarks and the CLI demo.
 *
 * @category Testing
 * @summary Synthetic commune reports for the whole country.
 * @example
 * ```ts
 * const reports = generateCountry({ seed: 6, period: "202605" });
 * reports.length; // 3321
 * ```
 */
export function generateCountry(options: CountryOptions): Report[] {
  const ctx = sampleContext(options);
  const units = options.units ?? UNITS_2025;
  const missingRate = options.missingRate ?? 0;
  const out: Report[] = [];
  for (const unit of units.units) {
    if (unit.level !== "xa") continue;
    if (missingRate > 0 && randomStream(hashSeed(options.seed ^ 0x5bd1e995, unit.code))() < missingRate) continue;
    out.push(generateCommuneReport(unit, ctx));
  }
  return out;
}
