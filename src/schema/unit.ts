import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { LevelSchema, type Level } from "./level.js";
import type { Problem } from "./problem.js";
import { PROVINCES_2025 } from "./provinces-2025.js";

/**
 * The code of the national unit (the level `bo`).
 *
 * @category Schema
 * @example
 * ```ts
 * indexUnits(PROVINCES_2025_LIST).childrenOf.get(NATIONAL_CODE)?.length; // 34
 * ```
 */
export const NATIONAL_CODE = "VN";

/**
 * An administrative unit: the country (`VN`, level `bo`), a province (2-digit code, level
 * `tinh`) or a commune (5-digit code, level `xa`), with its parent's code.
 *
 * @category Schema
 * @example
 * ```ts
 * UnitSchema.parse({ code: "09487", name: "Xã Đông Cứu", level: "xa", parent: "24" });
 * ```
 */
// `@__PURE__` (here, on UnitListSchema, LevelSchema and PeriodIdSchema): de-an-06/render and
// /communes share these modules but never parse, so a bundler drops the schemas and zod with them.
export const UnitSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      code: z.string().regex(/^(VN|\d{2}|\d{5})$/).meta({ description: "Mã đơn vị hành chính: VN, 2 chữ số (tỉnh) hoặc 5 chữ số (xã)." }),
      name: z.string().normalize("NFC").min(1).meta({ description: "Tên đầy đủ, ví dụ “Xã Đông Cứu”." }),
      level: LevelSchema,
      parent: z.string().regex(/^(VN|\d{2}|\d{5})$/).optional().meta({ description: "Mã đơn vị cấp trên." }),
    })
    .meta({ title: "Đơn vị hành chính" }),
);

/**
 * An administrative unit (`z.infer<typeof UnitSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const u: Unit = { code: "09487", name: "Xã Đông Cứu", level: "xa", parent: "24" };
 * ```
 */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * A list of units together with the date from which it is valid. Codes are reused across the
 * 2025 reorganisation (Lào Cai 15 was Yên Bái's code), so a code means nothing without a date.
 *
 * @category Schema
 * @example
 * ```ts
 * const list: UnitList = { validFrom: "2025-07-01", units: [{ code: "VN", name: "Toàn quốc", level: "bo" }] };
 * ```
 */
export const UnitListSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      validFrom: z.iso.date().meta({ description: "Ngày danh mục có hiệu lực (YYYY-MM-DD)." }),
      source: z.string().optional(),
      units: z.array(UnitSchema),
    })
    .meta({ title: "Danh mục đơn vị hành chính" }),
);

/**
 * A list of units in force from a date (`z.infer<typeof UnitListSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const list: UnitList = PROVINCES_2025_LIST;
 * list.validFrom; // "2025-07-01"
 * ```
 */
export type UnitList = z.infer<typeof UnitListSchema>;

/**
 * The national unit and the 34 provinces/cities in force since 1 July 2025 (Nghị quyết
 * 202/2025/QH15; codes per QĐ 19/2025/QĐ-TTg). The 3,321 communes are in `de-an-06/communes`.
 *
 * @category Schema
 * @example
 * ```ts
 * PROVINCES_2025_LIST.units.length; // 35 (VN + 34 provinces)
 * ```
 */
export const PROVINCES_2025_LIST: UnitList = {
  validFrom: "2025-07-01",
  source: "QĐ 19/2025/QĐ-TTg",
  units: [
    { code: NATIONAL_CODE, name: "Toàn quốc", level: "bo" },
    ...PROVINCES_2025.map(([code, name]) => ({ code, name, level: "tinh" as const, parent: NATIONAL_CODE })),
  ],
};

/**
 * A read-only index over a unit list, for fast look-ups by code and by parent.
 *
 * @category Schema
 * @example
 * ```ts
 * const idx: UnitIndex = indexUnits(PROVINCES_2025_LIST);
 * idx.byCode.get("40")?.name; // "Tỉnh Nghệ An"
 * ```
 */
export interface UnitIndex {
  readonly validFrom: string;
  readonly byCode: ReadonlyMap<string, Unit>;
  readonly childrenOf: ReadonlyMap<string, readonly Unit[]>;
}

/**
 * Builds an index over a unit list (pure; the list is not changed).
 *
 * @category Schema
 * @example
 * ```ts
 * const idx = indexUnits(PROVINCES_2025_LIST);
 * idx.byCode.get("40")?.name;          // "Tỉnh Nghệ An"
 * idx.childrenOf.get("VN")?.length;    // 34
 * ```
 */
export function indexUnits(list: UnitList): UnitIndex {
  const byCode = new Map<string, Unit>();
  const childrenOf = new Map<string, Unit[]>();
  for (const unit of list.units) {
    byCode.set(unit.code, unit);
    if (unit.parent !== undefined) {
      const siblings = childrenOf.get(unit.parent);
      if (siblings) siblings.push(unit);
      else childrenOf.set(unit.parent, [unit]);
    }
  }
  return { validFrom: list.validFrom, byCode, childrenOf };
}

/**
 * The code of a problem {@link checkUnit} finds.
 *
 * @category Schema
 * @example
 * ```ts
 * const c: UnitProblemCode = "unit_unknown";
 * ```
 */
export type UnitProblemCode = "unit_unknown" | "unit_level_mismatch" | "unit_parent_mismatch";

/**
 * Checks that a code exists in a unit list with the expected level (and parent, when given).
 * Returns problems, never throws: `unit_unknown`, `unit_level_mismatch`, `unit_parent_mismatch`.
 *
 * @category Schema
 * @example
 * ```ts
 * const idx = indexUnits(PROVINCES_2025_LIST);
 * checkUnit(idx, { code: "40", level: "tinh" });       // []
 * checkUnit(idx, { code: "99", level: "tinh" })[0]?.code; // "unit_unknown"
 * ```
 */
export function checkUnit(
  index: UnitIndex,
  ref: { code: string; level: Level; parent?: string },
  path: readonly (string | number)[] = ["unit"],
): Problem<UnitProblemCode>[] {
  const unit = index.byCode.get(ref.code);
  if (!unit) {
    return [
      {
        code: "unit_unknown",
        severity: "error",
        path: [...path, "code"],
        message: `Mã đơn vị "${ref.code}" không có trong danh mục đơn vị hành chính hiệu lực từ ${index.validFrom}.`,
        params: { code: ref.code, validFrom: index.validFrom },
      },
    ];
  }
  const problems: Problem<UnitProblemCode>[] = [];
  if (unit.level !== ref.level) {
    problems.push({
      code: "unit_level_mismatch",
      severity: "error",
      path: [...path, "level"],
      message: `Đơn vị "${ref.code}" (${unit.name}) thuộc cấp "${unit.level}", không phải cấp "${ref.level}".`,
      params: { code: ref.code, expected: unit.level, actual: ref.level },
    });
  }
  if (ref.parent !== undefined && unit.parent !== ref.parent) {
    problems.push({
      code: "unit_parent_mismatch",
      severity: "error",
      path: [...path, "parent"],
      message: `Đơn vị "${ref.code}" (${unit.name}) trực thuộc "${unit.parent ?? "—"}", không phải "${ref.parent}".`,
      params: { code: ref.code, expected: unit.parent, actual: ref.parent },
    });
  }
  return problems;
}

/**
 * The short place name used in the place-and-date line: "Tỉnh Nghệ An" → "Nghệ An",
 * "Xã Đông Cứu" → "Đông Cứu", "Thành phố Hà Nội" → "Hà Nội".
 *
 * @category Schema
 * @example
 * ```ts
 * placeName("Xã Đông Cứu"); // "Đông Cứu"
 * ```
 */
export function placeName(fullName: string): string {
  return fullName
    .normalize("NFC")
    .replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Thị trấn)\s+/u, "")
    .trim();
}
