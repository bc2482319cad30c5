import { UNITS_2025 } from "../communes/index.js";
import { indexUnits, type Unit, type UnitIndex } from "../schema/unit.js";

/**
 * The 2025 unit list (country, 34 provinces, 3,321 communes) as the testing helpers see it. The
 * list comes from the `de-an-06/communes` entry, so the testing entry shares its module (in the
 * ESM build, the same file) instead of carrying a second copy; the core never loads it.
 */

let cached: UnitIndex | undefined;

/** The index over `UNITS_2025`, built on first use (a test that never names a unit pays nothing). */
export function units2025(): UnitIndex {
  cached ??= indexUnits(UNITS_2025);
  return cached;
}

/**
 * A unit of the 2025 list by its code (`"40"` → Tỉnh Nghệ An, `"09487"` → Xã Đông Cứu, `"VN"`),
 * with its real name and its parent.
 *
 * @category Testing
 * @summary Look a unit up in the 2025 list.
 * @param code - `VN`, a 2-digit province code or a 5-digit commune code.
 * @returns The unit; throws a `RangeError` (Vietnamese and English) for a code not in the list.
 * @example
 * ```ts
 * unitOf("40");    // { code: "40", name: "Tỉnh Nghệ An", level: "tinh", parent: "VN" }
 * unitOf("09487"); // { code: "09487", name: "Xã Đông Cứu", level: "xa", parent: "24" }
 * ```
 */
export function unitOf(code: string): Unit {
  const unit = units2025().byCode.get(code);
  if (!unit) {
    throw new RangeError(`Không có đơn vị mã “${code}” trong danh mục 2025 / no unit with code "${code}" in the 2025 list`);
  }
  return unit;
}

/**
 * The communes of a province in the 2025 list, in list order.
 *
 * @category Testing
 * @example
 * ```ts
 * communesOf("24").length > 50; // true (Bắc Ninh)
 * ```
 */
export function communesOf(province: string): readonly Unit[] {
  return (units2025().childrenOf.get(province) ?? []).filter((u) => u.level === "xa");
}

/** The units directly under a unit in the 2025 list: a province's communes, the country's provinces. */
export function childUnits(parent: string): readonly Unit[] {
  return units2025().childrenOf.get(parent) ?? [];
}
