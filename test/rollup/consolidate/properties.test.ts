/**
 * Invariants of the rollup over random hierarchies (fast-check): Σ children = parent for every
 * `sum` element, independence from child order, incremental = one-shot, parent rates = ratio of
 * the summed parts, no input mutated, crosswalk split + merge conserves totals.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateIndicators } from "../../../src/indicators/index.js";
import {
  addToRollup,
  composeReport,
  emptyRollup,
  finishRollup,
  gatherProse,
  mergeRollups,
  remapReport,
  remapReports,
  rollup,
  rollupHierarchy,
  splitByWeights,
  type Crosswalk,
  type CrosswalkEntry,
  type RollupOptions,
  type RollupResult,
} from "../../../src/rollup/index.js";
import type { Report } from "../../../src/schema/report.js";
import type { Unit, UnitList } from "../../../src/schema/unit.js";
import { communeReport, communesArb, deepFreeze, figuresArb, part, permutationOf, PROVINCE, SUM_IDS, TEST_CATALOG } from "../helpers.js";

const OPTIONS: RollupOptions = { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG };

/** A result as plain data: provenance lists materialised, nothing shared. */
const plain = (r: RollupResult): unknown => JSON.parse(JSON.stringify(r)) as unknown;

const num = (x: unknown): number => {
  if (typeof x !== "number") throw new TypeError(`not a number: ${String(x)}`);
  return x;
};

describe("Σ children = parent", () => {
  it("for every sum element, with provenance and per-figure coverage agreeing", () => {
    fc.assert(
      fc.property(communesArb, (children) => {
        const { report, provenance, coverage, issues } = rollup(children, OPTIONS);
        expect(issues.filter((i) => i.severity === "error")).toEqual([]);
        for (const id of SUM_IDS) {
          const givers = children.filter((c) => c.values[id] !== undefined);
          const sum = givers.reduce((s, c) => s + num(c.values[id]), 0);
          if (givers.length === 0) {
            expect(report.values[id]).toBeUndefined();
            continue;
          }
          expect(report.values[id]).toBe(sum);
          expect(provenance[id]!.reduce((s, c) => s + num(c.value), 0)).toBe(sum);
          expect(provenance[id]!.map((c) => c.unit)).toEqual(givers.map((c) => c.unit.code).sort());
          expect(coverage.perFigure[id]).toEqual({ contributed: givers.length, reported: children.length });
        }
      }),
    );
  });

  it("min, max and countTrue over the children that gave them; none is never derived", () => {
    fc.assert(
      fc.property(communesArb, (children) => {
        const { report, countTrue } = rollup(children, OPTIONS);
        const of = (id: string) => children.map((c) => c.values[id]).filter((v) => v !== undefined);
        const mins = of("t.nho_nhat") as number[];
        const maxs = of("t.lon_nhat") as number[];
        const facts = of("t.to") as boolean[];
        expect(report.values["t.nho_nhat"]).toBe(mins.length ? Math.min(...mins) : undefined);
        expect(report.values["t.lon_nhat"]).toBe(maxs.length ? Math.max(...maxs) : undefined);
        expect(report.values["t.thu_tuc"]).toBeUndefined();
        if (facts.length === 0) expect(countTrue?.["t.to"]).toBeUndefined();
        else {
          const count = facts.filter(Boolean).length;
          expect(countTrue?.["t.to"]).toEqual({ count, of: facts.length, complete: true });
          expect(report.values["t.to"]).toBe(count);
          expect(report.stated["t.to"]).toEqual({ value: count, decimals: 0, max: facts.length });
        }
      }),
    );
  });

  it("over a random two-level hierarchy: each province = Σ its communes, the country = Σ all", () => {
    const hierarchyArb = fc
      .array(fc.array(fc.tuple(figuresArb, fc.boolean()), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
      .map((provinces) => {
        const units: Unit[] = [{ code: "VN", name: "Toàn quốc", level: "bo" }];
        const reports: Report[] = [];
        provinces.forEach((communes, p) => {
          const pc = String(p + 10);
          units.push({ code: pc, name: `Tỉnh ${pc}`, level: "tinh", parent: "VN" });
          communes.forEach(([values, reports_], k) => {
            const code = `${pc}${String(k).padStart(3, "0")}`;
            units.push({ code, name: `Xã ${code}`, level: "xa", parent: pc });
            if (reports_) reports.push(communeReport(code, values));
          });
        });
        const list: UnitList = { validFrom: "2025-07-01", units };
        return { list, reports };
      });
    fc.assert(
      fc.property(hierarchyArb, ({ list, reports }) => {
        const { provinces, national } = rollupHierarchy(reports, { units: list, period: "202605", catalog: TEST_CATALOG });
        for (const id of SUM_IDS) {
          const all = reports.reduce((s, r) => s + num(r.values[id] ?? 0), 0);
          if (reports.some((r) => r.values[id] !== undefined)) expect(national.report.values[id]).toBe(all);
          for (const [code, res] of Object.entries(provinces)) {
            const mine = reports.filter((r) => r.unit.code.startsWith(code));
            expect(res.report.values[id] ?? 0).toBe(mine.reduce((s, r) => s + num(r.values[id] ?? 0), 0));
          }
        }
        // Counted facts keep their denominators across both levels.
        const facts = reports.map((r) => r.values["t.to"]).filter((v) => v !== undefined);
        if (facts.length > 0) {
          expect(national.countTrue?.["t.to"]).toEqual({ count: facts.filter(Boolean).length, of: facts.length, complete: true });
        }
        // Coverage: each province knows its communes that did not report.
        for (const [code, res] of Object.entries(provinces)) {
          const expected = list.units.filter((u) => u.parent === code).map((u) => u.code);
          const reported = reports.filter((r) => r.unit.code.startsWith(code)).map((r) => r.unit.code);
          expect(res.coverage.missing).toEqual(expected.filter((c) => !reported.includes(c)).sort());
        }
      }),
    );
  });
});

describe("order and grouping", () => {
  it("the result does not depend on the order children arrive in (duplicates included)", () => {
    const withDuplicates = communesArb.chain((children) =>
      fc.tuple(
        fc.constant(children),
        fc.subarray(children).map((dups) =>
          dups.map((d) => ({ ...d, document: { ...d.document, date: "2026-05-16" }, values: { ...d.values, "t.tien": 7 } })),
        ),
      ),
    );
    fc.assert(
      fc.property(
        withDuplicates.chain(([children, dups]) => fc.tuple(fc.constant([...children, ...dups]), permutationOf([...children, ...dups]))),
        ([children, shuffled]) => {
          expect(plain(rollup(shuffled, OPTIONS))).toEqual(plain(rollup(children, OPTIONS)));
        },
      ),
    );
  });

  it("incremental = one-shot, for any grouping and merge order of partials", () => {
    const arb = communesArb.chain((children) =>
      fc.tuple(
        fc.constant(children),
        fc.array(fc.nat({ max: 3 }), { minLength: children.length, maxLength: children.length }),
        permutationOf([0, 1, 2, 3]),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(arb, ([children, group, mergeOrder, nested]) => {
        const partials = [0, 1, 2, 3].map((g) =>
          children.filter((_, i) => group[i] === g).reduce((p, c) => addToRollup(p, c), emptyRollup()),
        );
        const ordered = mergeOrder.map((g) => partials[g]!);
        const merged = nested
          ? mergeRollups(mergeRollups(ordered[0]!, ordered[1]!), mergeRollups(ordered[2]!, ordered[3]!))
          : mergeRollups(...ordered);
        expect(plain(finishRollup(merged, OPTIONS))).toEqual(plain(rollup(children, OPTIONS)));
      }),
    );
  });

  it("rolling up {A, B} then adding C gives the figures of rolling up {A, B, C}", () => {
    fc.assert(
      fc.property(communesArb, (children) => {
        const [first, ...rest] = children;
        const early = addToRollup(emptyRollup(), ...rest);
        const late = addToRollup(early, first!);
        expect(plain(finishRollup(late, OPTIONS))).toEqual(plain(rollup(children, OPTIONS)));
        // The early partial is unchanged by adding to it.
        expect(early.children).toHaveLength(rest.length);
      }),
    );
  });
});

describe("indicators", () => {
  it("the parent's rates are ratios of the summed parts, never averages of the children's rates", () => {
    fc.assert(
      fc.property(communesArb, (children) => {
        const { report } = rollup(children, OPTIONS);
        const sum = (id: string) => children.reduce((s, c) => s + num(c.values[id]), 0);
        const [dung, xong] = evaluateIndicators(report.values, { catalog: TEST_CATALOG, ids: ["t.tl_dung", "t.tl_xong"] });
        expect(dung?.numerator).toBe(sum("t.dung"));
        expect(dung?.denominator).toBe(sum("t.xong"));
        if (sum("t.xong") > 0) expect(dung?.value).toBeCloseTo((sum("t.dung") * 100) / sum("t.xong"), 9);
        else expect(dung?.value).toBeUndefined();
        if (sum("t.nhan") > 0) expect(xong?.value).toBeCloseTo((sum("t.xong") * 100) / sum("t.nhan"), 9);
      }),
    );
  });

  it("differs from the average of the children's rates when their sizes differ (a concrete case)", () => {
    const a = communeReport("00001", { "t.nhan": 10, "t.xong": 10, "t.dung": 10, "t.tre": 0 });
    const b = communeReport("00002", { "t.nhan": 1000, "t.xong": 1000, "t.dung": 500, "t.tre": 500 });
    const { report } = rollup([a, b], OPTIONS);
    const [rate] = evaluateIndicators(report.values, { catalog: TEST_CATALOG, ids: ["t.tl_dung"] });
    expect(rate?.value).toBeCloseTo((510 / 1010) * 100, 9); // 50,5%, not (100% + 50%) / 2 = 75%
  });
});

describe("no input is mutated", () => {
  it("rollup, partials, prose, composition and remapping leave deep-frozen inputs as they were", () => {
    fc.assert(
      fc.property(communesArb, (children) => {
        const withProse = children.map((c, i) =>
          communeReport(c.unit.code, c.values, {
            stated: i % 2 === 0 ? { "t.tl_dung": { value: 99.5, decimals: 1 } } : {},
            flags: i % 3 === 0 ? { "t.nhan": "provisional" } : {},
            body: [
              part("1.", "Cải cách TTHC", ["3"], [], [part("-", "Hạn chế", ["assessment.limitations"], ["Đường truyền chậm."])]),
              part("2.", "Nhiệm vụ", ["nextTasks"], [{ runs: [{ text: "Tiếp tục  rà soát dữ liệu" }, { footnote: "1" }] }]),
            ],
            footnotes: [{ id: "1", paragraphs: ["Theo kế hoạch của tỉnh."] }],
          }),
        );
        const before = structuredClone(withProse);
        const frozen = deepFreeze(withProse);
        const options = deepFreeze({ ...OPTIONS, expected: frozen.map((c) => c.unit.code) });
        const one = rollup(frozen, options);
        finishRollup(mergeRollups(addToRollup(emptyRollup(), ...frozen.slice(1)), addToRollup(emptyRollup(), frozen[0]!)), options);
        gatherProse(frozen);
        composeReport(frozen.map((c) => ({ agency: `a${c.unit.code}`, values: c.values, body: c.body, footnotes: c.footnotes })), {
          unit: PROVINCE,
          period: "202605",
          catalog: TEST_CATALOG,
          base: deepFreeze(one.report),
        });
        const crosswalk = deepFreeze(splitCrosswalk(frozen));
        remapReports(frozen, crosswalk, { catalog: TEST_CATALOG });
        for (const c of frozen) remapReport(c, crosswalk, { catalog: TEST_CATALOG });
        expect(frozen).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});

/** Every old commune split between two new ones (weights 1 and 2) and merged with the next. */
function splitCrosswalk(children: readonly Report[]): Crosswalk {
  const xa: Record<string, CrosswalkEntry> = {};
  children.forEach((c, i) => {
    xa[c.unit.code] = {
      code: c.unit.code,
      name: c.unit.name,
      level: "xa",
      to: [
        { code: String(90000 + i).padStart(5, "0"), name: `Xã mới ${i}`, weight: 1 },
        { code: String(90000 + i + 1).padStart(5, "0"), name: `Xã mới ${i + 1}`, weight: 2 },
      ],
    };
  });
  return { validFrom: "2025-07-01", units: { xa, tinh: {} } };
}

describe("crosswalk", () => {
  it("splitByWeights: parts add back to the whole, each within one of its exact share", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 1_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = splitByWeights(total, weights)!;
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => BigInt(a) + BigInt(b), 0n)).toBe(BigInt(total));
          const W = BigInt(weights.reduce((a, b) => a + b, 0));
          parts.forEach((p, i) => {
            expect(Number.isSafeInteger(p) && p >= 0).toBe(true);
            // Largest remainder: floor(total·w/W) ≤ part ≤ floor(total·w/W) + 1.
            const floor = (BigInt(total) * BigInt(weights[i]!)) / W;
            expect(BigInt(p) - floor === 0n || BigInt(p) - floor === 1n).toBe(true);
          });
        },
      ),
    );
  });

  it("split + merge through a random crosswalk conserves every sum total", () => {
    const arb = communesArb.chain((children) =>
      fc.tuple(
        fc.constant(children),
        fc.array(
          fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 3, selector: ([t]) => t }),
          { minLength: children.length, maxLength: children.length },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([children, targets]) => {
        const xa: Record<string, CrosswalkEntry> = {};
        children.forEach((c, i) => {
          xa[c.unit.code] = {
            code: c.unit.code,
            name: c.unit.name,
            level: "xa",
            to: targets[i]!.map(([t, w]) => ({ code: `8000${t}`, name: `Xã mới ${t}`, weight: w })),
          };
        });
        const crosswalk: Crosswalk = { validFrom: "2025-07-01", units: { xa, tinh: {} } };
        const { reports, issues } = remapReports(children, crosswalk, { catalog: TEST_CATALOG });
        expect(issues.filter((i) => i.severity === "error")).toEqual([]);
        for (const id of SUM_IDS) {
          const before = children.reduce((s, c) => s + num(c.values[id] ?? 0), 0);
          const after = reports.reduce((s, r) => s + num(r.values[id] ?? 0), 0);
          expect(after).toBe(before);
        }
        // Whatever came through a split is flagged estimated; a pure merger of whole units is exact.
        for (const r of reports) {
          const fromSplit = children.some((c, i) => targets[i]!.length > 1 && targets[i]!.some(([t]) => `8000${t}` === r.unit.code));
          if (!fromSplit) expect(r.flags["t.nhan"]).toBeUndefined();
          else expect(r.flags["t.nhan"]).toBe("estimated");
        }
        // And the remapped reports roll up to the same province totals.
        const up = rollup(reports, OPTIONS);
        for (const id of ["t.nhan", "t.tien"]) {
          expect(up.report.values[id] ?? 0).toBe(children.reduce((s, c) => s + num(c.values[id] ?? 0), 0));
        }
      }),
    );
  });
});
