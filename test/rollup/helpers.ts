/**
 * Helpers for the rollup tests: a small catalog covering every aggregation and relation, a
 * report builder and fast-check arbitraries for random hierarchies (both on de-an-06/testing).
 */
import fc from "fast-check";
import type { Catalog } from "../../src/indicators/types.js";
import type { Level } from "../../src/schema/level.js";
import type { BodyNode, Paragraph } from "../../src/schema/body.js";
import type { Report } from "../../src/schema/report.js";
import { figureSetArb, reportFor } from "../../src/testing/index.js";

const ALL = ["xa", "tinh", "bo"] as const satisfies readonly Level[];

/** Every aggregation kind, a partOf chain and a breakdown. */
export const TEST_CATALOG: Catalog = {
  elements: [
    { id: "t.nhan", kind: "count", label: "Tiếp nhận", unit: "hồ sơ", outlineItem: "3.1", levels: ALL, aggregation: { units: "sum", time: "sum" } },
    { id: "t.xong", kind: "count", label: "Đã giải quyết", unit: "hồ sơ", outlineItem: "3.1", levels: ALL, aggregation: { units: "sum", time: "sum" }, partOf: "t.nhan" },
    { id: "t.dung", kind: "count", label: "Đúng hạn", unit: "hồ sơ", outlineItem: "3.1", levels: ALL, aggregation: { units: "sum", time: "sum" }, partOf: "t.xong" },
    { id: "t.tre", kind: "count", label: "Quá hạn", unit: "hồ sơ", outlineItem: "3.1", levels: ALL, aggregation: { units: "sum", time: "sum" }, partOf: "t.xong" },
    { id: "t.tien", kind: "amount", label: "Số tiền", unit: "đồng", outlineItem: "4.1", lead: ["bhxh_tinh"], levels: ALL, aggregation: { units: "sum", time: "last" } },
    { id: "t.thu_tuc", kind: "count", label: "Thủ tục", unit: "thủ tục", outlineItem: "3.1", levels: ALL, aggregation: { units: "none", time: "last" } },
    { id: "t.nho_nhat", kind: "count", label: "Nhỏ nhất", unit: "ngày", outlineItem: "7.2", levels: ALL, aggregation: { units: "min", time: "last" } },
    { id: "t.lon_nhat", kind: "count", label: "Lớn nhất", unit: "ngày", outlineItem: "7.2", levels: ALL, aggregation: { units: "max", time: "last" } },
    { id: "t.to", kind: "boolean", label: "Đã thành lập tổ", unit: "xã", outlineItem: "7.2", levels: ALL, aggregation: { units: "countTrue", time: "last" } },
  ],
  indicators: [
    { id: "t.tl_dung", label: "Tỷ lệ đúng hạn", unit: "%", numerator: "t.dung", denominator: "t.xong", factor: 100, decimals: 1, outlineItem: "3.1", levels: ALL },
    { id: "t.tl_xong", label: "Tỷ lệ đã giải quyết", unit: "%", numerator: "t.xong", denominator: "t.nhan", factor: 100, decimals: 1, outlineItem: "3.1", levels: ALL },
  ],
  breakdowns: [{ id: "t.bd", label: "Đã giải quyết = đúng hạn + quá hạn", total: "t.xong", parts: ["t.dung", "t.tre"] }],
};

export const SUM_IDS = ["t.nhan", "t.xong", "t.dung", "t.tre", "t.tien"] as const;

/**
 * A commune report with the given figures: the testing entry's minimal report, with `values` and
 * `extra` put in as given (not parsed), so tests can hand rollup figures the schema would reject.
 */
export function communeReport(code: string, values: Record<string, number | boolean>, extra: Partial<Report> = {}): Report {
  const unit = { code, name: `Xã ${code}`, level: "xa" } as const;
  return { ...reportFor(/^\d{5}$/.test(code) ? unit : { ...unit, code: "00000" }, "202605"), unit, values, ...extra };
}

/** A part of a body as an author writes it: heading, paragraphs, outline tags, children. */
export function part(numbering: string, title: string | undefined, outline: string[], paragraphs: Paragraph[] = [], children: BodyNode[] = []): BodyNode {
  return { numbering, ...(title === undefined ? {} : { title }), paragraphs, children, outline };
}

export const PROVINCE = { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" } as const;

/** Consistent figures for one commune of the test catalog (đúng + trễ = xong ≤ nhận), by the testing entry's generator. */
export const figuresArb = figureSetArb(fc, { catalog: TEST_CATALOG, level: "xa", stated: false }).map((f) => ({ ...f.values }));

/** A province's communes: distinct codes, random consistent figures, some figures dropped. */
export const communesArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 99_999 }), { minLength: 1, maxLength: 25 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((c) =>
        fc.tuple(figuresArb, fc.subarray(["t.tien", "t.nho_nhat", "t.lon_nhat", "t.to"])).map(([v, drop]) => {
          const values = { ...v };
          for (const id of drop) delete values[id];
          return communeReport(String(c).padStart(5, "0"), values);
        }),
      ),
    ),
  );

/** A shuffled copy (fast-check chooses the permutation). */
export const permutationOf = <T>(xs: readonly T[]) =>
  fc.array(fc.nat(), { minLength: xs.length, maxLength: xs.length }).map((keys) =>
    xs
      .map((x, i) => [x, keys[i]!, i] as const)
      .sort((a, b) => a[1] - b[1] || a[2] - b[2])
      .map(([x]) => x),
  );

/** Deep-freezes a value so any mutation throws in strict mode. */
export function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}
