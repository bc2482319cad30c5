import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { parsePeriod } from "./period.js";

/*
 * The zod schema of a period id, apart from the period functions (period.ts) so that code that
 * only reads parsed reports (the renderer) does not load zod.
 */

/**
 * zod schema of a period id (a string that {@link parsePeriod} accepts).
 *
 * @category Schema
 * @example
 * ```ts
 * PeriodIdSchema.parse("2026Q2"); // "2026Q2"
 * ```
 */
export const PeriodIdSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .refine((s) => parsePeriod(s) !== undefined, { params: { code: "invalid_period" } })
    .meta({
      title: "Kỳ báo cáo",
      description:
        "Mã kỳ: 202605 (tháng), 2026Q2 (quý), 2026S1 (6 tháng đầu năm), 2026S2, 2026N9 (9 tháng), 2026 (năm), 2026-01-01_2026-03-31 (kỳ đột xuất).",
    }),
);

