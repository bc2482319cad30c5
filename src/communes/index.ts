/**
 * The 3,321 communes, wards and special zones in force since 1 July 2025, kept in their own
 * entry (`de-an-06/communes`) so that the core stays small.
 *
 * @module
 */
import { PROVINCES_2025_LIST, type UnitList } from "../schema/unit.js";
import { COMMUNES_2025 } from "./communes-2025.js";

/**
 * Every unit in force since 1 July 2025: the country, 34 provinces and 3,321 communes
 * (codes per QĐ 19/2025/QĐ-TTg). Data © 2021 Thang Le Quoc, MIT (see NOTICE.md).
 *
 * @category Schema
 * @example
 * ```ts
 * import { UNITS_2025 } from "de-an-06/communes";
 * UNITS_2025.units.find((u) => u.code === "09487")?.name; // "Xã Đông Cứu"
 * ```
 */
export const UNITS_2025: UnitList = {
  validFrom: PROVINCES_2025_LIST.validFrom,
  source: "QĐ 19/2025/QĐ-TTg",
  units: [
    ...PROVINCES_2025_LIST.units,
    ...COMMUNES_2025.map(([code, name, parent]) => ({ code, name, level: "xa" as const, parent })),
  ],
};

