import type { Report } from "../../schema/report.js";
import { finishRollup } from "./finish.js";
import type { RollupOptions } from "../options.js";
import type { RollupResult } from "../types.js";

/**
 * Rolls the reports of one level up into the report of the level above (xã → tỉnh, tỉnh → Bộ)
 * for one period: `sum` elements are added exactly (an overflow is an error, never a wrong
 * number), `min`/`max` kept, `countTrue` facts counted with the number of children ("2.950/3.321
 * xã"), `none` elements not derived. Rates are never added or averaged: the parent's rates come
 * from its summed numerators and denominators, and a child that states only a rate is reported.
 * Same as `finishRollup(addToRollup(emptyRollup(), ...children), options)`.
 *
 * @category Rollup
 * @summary Consolidate children's reports into the parent's.
 * @param children - Reports of the level below, in any order.
 * @param options - The parent unit and period; optionally catalog, expected children, deadline, header.
 * @returns `{ report, coverage, provenance, issues, countTrue, prose }`.
 * @example
 * ```ts
 * const { report, coverage, provenance, issues } = rollup(communeReports, {
 *   unit: { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" },
 *   period: "202605",
 *   expected: UNITS_2025,
 * });
 * report.values["hs.tiep_nhan"];            // Σ of the communes' hồ sơ
 * `${coverage.reported.length}/${coverage.expected.length} xã đã báo cáo`;
 * provenance["hs.tiep_nhan"]?.[0];          // { unit: "09487", unitName: "Xã Đông Cứu", value: 976 }
 * ```
 */
export function rollup(children: readonly Report[], options: RollupOptions): RollupResult {
  return finishRollup({ children }, options);
}
