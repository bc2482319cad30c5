import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cutoffRange,
  parsePeriod,
  periodId,
  periodLabel,
  previousPeriod,
  reportDeadline,
  samePeriodLastYear,
  type Period,
} from "../../src/index.js";

const p = (id: string): Period => {
  const parsed = parsePeriod(id);
  if (!parsed) throw new Error(`bad id ${id}`);
  return parsed;
};

describe("parsePeriod / periodId", () => {
  it.each(["202605", "2026Q2", "2026S1", "2026S2", "2026N9", "2026", "2026-01-01_2026-03-31"])("round-trips %s", (id) => {
    expect(periodId(p(id))).toBe(id);
  });
  it.each(["202613", "202600", "2026Q5", "2026S3", "2026N8", "26", "2026-02-30_2026-03-01", "2026-03-01_2026-02-01", "", "2026 "])(
    "rejects %j",
    (id) => expect(parsePeriod(id)).toBeUndefined(),
  );
});

describe("cutoffRange (Nghị định 09/2019/NĐ-CP)", () => {
  it.each([
    ["202605", "2026-04-15", "2026-05-14"],
    ["202601", "2025-12-15", "2026-01-14"],
    ["202603", "2026-02-15", "2026-03-14"],
    ["202612", "2026-11-15", "2026-12-14"],
    ["2026Q1", "2025-12-15", "2026-03-14"],
    ["2026Q2", "2026-03-15", "2026-06-14"],
    ["2026Q4", "2026-09-15", "2026-12-14"],
    ["2026S1", "2025-12-15", "2026-06-14"],
    ["2026S2", "2026-06-15", "2026-12-14"],
    ["2026N9", "2025-12-15", "2026-09-14"],
    ["2026", "2025-12-15", "2026-12-14"],
    ["2024-02-01_2024-02-29", "2024-02-01", "2024-02-29"],
  ])("%s → %s … %s", (id, from, to) => {
    expect(cutoffRange(p(id))).toEqual({ from, to });
  });

  it("monthly ranges tile the year without gaps (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2998 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const cur = cutoffRange({ kind: "month", year, month });
        const prev = cutoffRange(previousPeriod({ kind: "month", year, month }));
        const dayAfter = new Date(`${prev.to}T00:00:00`);
        dayAfter.setDate(dayAfter.getDate() + 1);
        const iso = `${dayAfter.getFullYear()}-${String(dayAfter.getMonth() + 1).padStart(2, "0")}-${String(dayAfter.getDate()).padStart(2, "0")}`;
        expect(cur.from).toBe(iso);
      }),
    );
  });
});

describe("previousPeriod / samePeriodLastYear", () => {
  it.each([
    ["202601", "202512"],
    ["202605", "202604"],
    ["2026Q1", "2025Q4"],
    ["2026S1", "2025S2"],
    ["2026S2", "2026S1"],
    ["2026N9", "2025N9"],
    ["2026", "2025"],
    ["2026-03-01_2026-03-31", "2026-01-29_2026-02-28"],
  ])("previous of %s is %s", (id, prev) => expect(periodId(previousPeriod(p(id)))).toBe(prev));

  it.each([
    ["202602", "202502"],
    ["2026Q2", "2025Q2"],
    ["2024-02-01_2024-02-29", "2023-02-01_2023-02-28"],
  ])("same period last year of %s is %s", (id, prev) => expect(periodId(samePeriodLastYear(p(id)))).toBe(prev));
});

describe("periodLabel", () => {
  it.each([
    ["202602", "tháng 02/2026"],
    ["202611", "tháng 11/2026"],
    ["2026Q2", "quý II năm 2026"],
    ["2026Q4", "quý IV năm 2026"],
    ["2026S1", "6 tháng đầu năm 2026"],
    ["2026S2", "6 tháng cuối năm 2026"],
    ["2026N9", "9 tháng năm 2026"],
    ["2026", "năm 2026"],
    ["2026-01-01_2026-03-31", "từ ngày 01/01/2026 đến ngày 31/03/2026"],
  ])("%s → %s", (id, label) => expect(periodLabel(p(id))).toBe(label));
});

describe("reportDeadline", () => {
  it("communes before the province, the province before the 25th", () => {
    expect(reportDeadline(p("202605"), "xa")).toBe("2026-05-17");
    expect(reportDeadline(p("202605"), "tinh")).toBe("2026-05-20");
    expect(reportDeadline(p("202605"), "bo") < "2026-05-25").toBe(true);
    expect(reportDeadline(p("202612"), "tinh")).toBe("2026-12-20");
  });
  it("follows a caller's rule", () => {
    expect(
      reportDeadline(p("202605"), "xa", { rule: { unit: { xa: 1, tinh: 2, bo: 3 }, agency: { xa: 1, tinh: 1, bo: 1 } } }),
    ).toBe("2026-05-15");
  });
});
