/**
 * The catalog's relations stay true in the parent (src/rollup/consolidate/: aggregate.ts and relations.ts): a part above its
 * whole or without its whole is left out; a breakdown missing one part has it deduced (flagged
 * imputed); a breakdown that does not add up has its parts left out; the parent writes a
 * breakdown's parts only when they add up to its total. Each with the child named.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollup, type RollupOptions } from "../../../src/rollup/index.js";
import { communeReport, communesArb, PROVINCE, TEST_CATALOG } from "../helpers.js";

const OPTIONS: RollupOptions = { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG };
const ok = { "t.nhan": 100, "t.xong": 90, "t.dung": 80, "t.tre": 10 };

describe("parts and wholes", () => {
  it("a child's part above its whole is left out with a warning naming the child", () => {
    const slip = communeReport("00001", { "t.nhan": 50, "t.xong": 60, "t.dung": 55, "t.tre": 5 });
    const { report, issues, provenance, coverage } = rollup([slip, communeReport("00002", ok)], OPTIONS);
    const issue = issues.find((i) => i.code === "child_part_exceeds_whole");
    expect(issue).toMatchObject({
      severity: "warning",
      path: ["children", "00001", "values", "t.xong"],
      params: { unit: "00001", id: "t.xong", whole: "t.nhan", value: 60, wholeValue: 50 },
    });
    expect(report.values["t.nhan"]).toBe(150);
    expect(report.values["t.xong"]).toBe(90);
    // Its parts go with it (their whole is no longer counted), so the parent's breakdown adds up.
    expect(report.values["t.dung"]).toBe(80);
    expect(report.values["t.tre"]).toBe(10);
    expect(provenance["t.xong"]?.map((c) => c.unit)).toEqual(["00002"]);
    expect(coverage.perFigure["t.xong"]).toEqual({ contributed: 1, reported: 2 });
  });

  it("a part given without its whole is left out, so the parent's part cannot exceed its whole", () => {
    // 004's slip: "trên 100 lượt" phát thanh (no exact whole) but 1.500 lượt truyền thanh xã (a part).
    const noWhole = communeReport("00001", { "t.xong": 1500 });
    const { report, issues } = rollup([noWhole, communeReport("00002", ok)], OPTIONS);
    expect(report.values["t.nhan"]).toBe(100);
    expect(report.values["t.xong"]).toBe(90);
    expect(issues.find((i) => i.code === "child_part_without_whole")).toMatchObject({
      severity: "warning",
      params: { unit: "00001", id: "t.xong", whole: "t.nhan", value: 1500, wholeGiven: false },
    });
  });

  it("parts without their whole still count while no child gives the whole (the parent has none to exceed)", () => {
    // Communes often write "đã giải quyết 959, đúng hạn 956" without the number received.
    const a = communeReport("00001", { "t.xong": 959, "t.dung": 956, "t.tre": 3 });
    const b = communeReport("00002", { "t.xong": 41, "t.dung": 20, "t.tre": 21 });
    const { report, issues, coverage } = rollup([a, b], OPTIONS);
    expect(report.values).toEqual({ "t.xong": 1000, "t.dung": 976, "t.tre": 24 });
    expect(issues).toEqual([]);
    expect(coverage.perFigure["t.nhan"]).toBeUndefined();
    // Once one child gives the whole, the others' parts without it are left out — and theirs only.
    const c = communeReport("00003", { "t.nhan": 50, "t.xong": 10, "t.dung": 10, "t.tre": 0 });
    const mixed = rollup([a, b, c], OPTIONS);
    expect(mixed.report.values).toEqual({ "t.nhan": 50, "t.xong": 10, "t.dung": 10, "t.tre": 0 });
    // Each named; their own parts follow them out (their whole is no longer counted).
    expect(
      mixed.issues.filter((i) => i.code === "child_part_without_whole").map((i) => [i.params.unit, i.params.id, i.params.wholeGiven]),
    ).toEqual([
      ["00001", "t.xong", false],
      ["00001", "t.dung", true],
      ["00001", "t.tre", true],
      ["00002", "t.xong", false],
      ["00002", "t.dung", true],
      ["00002", "t.tre", true],
    ]);
    expect(mixed.provenance["t.dung"]?.map((x) => x.unit)).toEqual(["00003"]);
    expect(mixed.coverage.perFigure["t.xong"]).toEqual({ contributed: 1, reported: 3 });
  });

  it("for random children, every part of the parent is at most its whole", () => {
    const messy = communesArb.chain((kids) =>
      fc.tuple(
        ...kids.map((k) =>
          fc.tuple(fc.subarray(["t.nhan", "t.xong", "t.dung", "t.tre"]), fc.nat({ max: 2000 })).map(([drop, bump]) => {
            const values: Record<string, number | boolean> = { ...k.values, "t.dung": (k.values["t.dung"] as number) + (bump % 3 === 0 ? bump : 0) };
            for (const id of drop) delete values[id];
            return communeReport(k.unit.code, values);
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(messy, (kids) => {
        const result = rollup(kids, OPTIONS);
        const v = result.report.values;
        // However the relations were settled, the order of the children does not matter.
        expect(JSON.parse(JSON.stringify(rollup([...kids].reverse(), OPTIONS)))).toEqual(JSON.parse(JSON.stringify(result)));
        const le = (part: string, whole: string) => {
          if (v[part] !== undefined && v[whole] !== undefined) expect(v[part]).toBeLessThanOrEqual(v[whole] as number);
        };
        le("t.xong", "t.nhan");
        le("t.dung", "t.xong");
        le("t.tre", "t.xong");
        if (v["t.dung"] !== undefined || v["t.tre"] !== undefined) {
          // Parts are written only together and only when they add up to the total.
          expect((v["t.dung"] as number) + (v["t.tre"] as number)).toBe(v["t.xong"]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("breakdowns", () => {
  it("a breakdown missing exactly one part has it deduced, flagged imputed, with provenance", () => {
    const missingTre = communeReport("00001", { "t.nhan": 100, "t.xong": 90, "t.dung": 85 });
    const { report, issues, provenance } = rollup([missingTre, communeReport("00002", ok)], OPTIONS);
    expect(report.values["t.tre"]).toBe(5 + 10);
    expect(report.flags["t.tre"]).toBe("imputed");
    expect(report.flags["t.dung"]).toBeUndefined();
    expect(provenance["t.tre"]).toEqual([
      { unit: "00001", unitName: "Xã 00001", value: 5, imputed: true },
      { unit: "00002", unitName: "Xã 00002", value: 10 },
    ]);
    expect(issues.find((i) => i.code === "breakdown_part_deduced")).toMatchObject({
      severity: "info",
      params: { unit: "00001", id: "t.tre", value: 5, totalValue: 90, others: 85 },
    });
  });

  it("a part the child gave above its whole is not replaced by a deduced one (nor counted twice)", () => {
    // Found by the property above: đúng hạn 729.854 > đã giải quyết 728.718, quá hạn 1.
    const slip = communeReport("00001", { "t.nhan": 728_719, "t.xong": 728_718, "t.dung": 729_854, "t.tre": 1 });
    const { report, issues } = rollup([slip, communeReport("00002", ok)], OPTIONS);
    expect(report.values["t.xong"]).toBe(728_718 + 90);
    expect(report.values["t.dung"]).toBeUndefined();
    expect(report.values["t.tre"]).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(["child_part_exceeds_whole", "breakdown_inconsistent", "breakdown_not_derived", "indicator_mixed_coverage"]);
    expect(issues[1]?.params).toMatchObject({ unit: "00001", totalValue: 728_718, sum: 729_855 });
  });

  it("parts that do not add up to the total are left out for that child, and the parent withholds its parts", () => {
    const bad = communeReport("00001", { "t.nhan": 100, "t.xong": 16, "t.dung": 4, "t.tre": 16 }); // 004: 16 ≠ 4 + 16
    const { report, issues } = rollup([bad, communeReport("00002", ok)], OPTIONS);
    expect(issues.find((i) => i.code === "breakdown_inconsistent")).toMatchObject({
      severity: "warning",
      params: { unit: "00001", totalValue: 16, sum: 20, parts: ["t.dung", "t.tre"] },
    });
    expect(report.values["t.xong"]).toBe(106);
    // The other child's parts alone would not add up to 106: the parent writes none.
    expect(report.values["t.dung"]).toBeUndefined();
    expect(report.values["t.tre"]).toBeUndefined();
    expect(issues.find((i) => i.code === "breakdown_not_derived")?.params).toMatchObject({ units: ["00001"], total: "t.xong" });
  });

  it("a child giving the total without any part keeps the parent's parts out (they would not add up)", () => {
    const totalOnly = communeReport("00001", { "t.nhan": 100, "t.xong": 50 });
    const { report, issues } = rollup([totalOnly, communeReport("00002", ok)], OPTIONS);
    expect(report.values["t.xong"]).toBe(140);
    expect(report.values["t.dung"]).toBeUndefined();
    expect(issues.find((i) => i.code === "breakdown_not_derived")?.params.units).toEqual(["00001"]);
  });

  it("parts without their total are left out as a breakdown without total", () => {
    const partsOnly = communeReport("00001", { "t.nhan": 100, "t.dung": 4, "t.tre": 1 });
    const { report, issues } = rollup([partsOnly, communeReport("00002", ok)], OPTIONS);
    expect(report.values["t.dung"]).toBe(80);
    expect(report.values["t.tre"]).toBe(10);
    expect(report.values["t.xong"]).toBe(90);
    expect(issues.find((i) => i.code === "breakdown_without_total")?.params).toMatchObject({ unit: "00001", parts: ["t.dung", "t.tre"] });
  });

  it("consistent children raise no relation issue at all", () => {
    const { issues } = rollup([communeReport("00001", ok), communeReport("00002", { ...ok, "t.nhan": 90 })], OPTIONS);
    expect(issues).toEqual([]);
  });
});
