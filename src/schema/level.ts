import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";

/**
 * The three reporting levels since 1 July 2025: commune (`xa`: xã, phường, đặc khu),
 * province (`tinh`: tỉnh, thành phố trực thuộc trung ương) and national (`bo`: the Ministry of
 * Public Security as standing agency of the national Working Group).
 *
 * @category Schema
 * @example
 * ```ts
 * LevelSchema.parse("tinh"); // "tinh"
 * ```
 */
export const LevelSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(["xa", "tinh", "bo"]).meta({
    title: "Cấp báo cáo",
    description: "xa = cấp xã (xã, phường, đặc khu); tinh = cấp tỉnh; bo = cấp Trung ương (Bộ Công an tổng hợp).",
  }),
);

/**
 * A level of government: `xa` (commune), `tinh` (province), `bo` (national).
 *
 * @category Schema
 * @example
 * ```ts
 * const l: Level = "tinh";
 * parentLevel(l); // "bo"
 * ```
 */
export type Level = z.infer<typeof LevelSchema>;

/** The levels in order from bottom to top. @category Schema @example `LEVELS[0] === "xa"` */
export const LEVELS = ["xa", "tinh", "bo"] as const satisfies readonly Level[];

/**
 * Vietnamese names of the levels.
 *
 * @category Schema
 * @example
 * ```ts
 * LEVEL_LABELS.tinh; // "cấp tỉnh"
 * ```
 */
export const LEVEL_LABELS = {
  xa: "cấp xã",
  tinh: "cấp tỉnh",
  bo: "cấp Trung ương",
} as const satisfies Record<Level, string>;

/**
 * The level a report of `level` is sent to (`xa` → `tinh` → `bo`); `undefined` for `bo`.
 *
 * @category Schema
 * @example
 * ```ts
 * parentLevel("xa"); // "tinh"
 * parentLevel("bo"); // undefined
 * ```
 */
export function parentLevel(level: Level): Level | undefined {
  return level === "xa" ? "tinh" : level === "tinh" ? "bo" : undefined;
}
