/**
 * compileCatalog: one set of tables for every stage, and each kind of broken catalog reported
 * (duplicate ids, dangling partOf, outline item, operands, part-of cycles, bad data rules).
 * Duplicate ids are settled the same way (first definition wins) by validation, rollup and
 * evaluation, since all three read the compiled catalog.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileCatalog,
  evaluateIndicators,
  extendCatalog,
  indicatorCatalog,
  parseCatalogDefinition,
  parseExpression,
  type Catalog,
  type ElementDef,
} from "../../src/indicators/index.js";
import { rollup } from "../../src/rollup/index.js";
import { validateReport } from "../../src/validation/index.js";
import { reportFacts } from "../../src/layout/facts.js";
import { communeReport, PROVINCE, TEST_CATALOG } from "../rollup/helpers.js";

const wifi: ElementDef = {
  id: "na.diem_wifi", kind: "count", label: "Số điểm wifi công cộng", unit: "điểm",
  outlineItem: "6.1", levels: ["xa", "tinh"], aggregation: { units: "sum", time: "last" },
};
const codes = (c: Catalog) => compileCatalog(c).problems.map((p) => p.code);

describe("compileCatalog", () => {
  it("finds nothing wrong with the default catalog, and caches per catalog object", () => {
    expect(compileCatalog(indicatorCatalog).problems).toEqual([]);
    expect(compileCatalog(indicatorCatalog)).toBe(compileCatalog(indicatorCatalog));
  });

  it("reports a partOf that points at nothing, and leaves the relation out of the tables", () => {
    const c = extendCatalog({ elements: [{ ...wifi, partOf: "na.khong_co" }] });
    const compiled = compileCatalog(c);
    expect(compiled.problems).toHaveLength(1);
    expect(compiled.problems[0]).toMatchObject({ code: "part_of_dangling", severity: "error", params: { id: "na.diem_wifi", whole: "na.khong_co" } });
    expect(compiled.problems[0]?.path).toEqual(["elements", c.elements.length - 1, "partOf"]);
    expect(compiled.problems[0]?.message).toContain("partOf của “na.diem_wifi”");
    expect(compiled.partWhole.some((r) => r.part.id === "na.diem_wifi")).toBe(false);
  });

  it("reports an outline item the outline does not have", () => {
    expect(codes(extendCatalog({ elements: [{ ...wifi, outlineItem: "6.9" }] }))).toEqual(["outline_item_unknown"]);
  });

  it("reports an indicator over a missing numerator or denominator", () => {
    const c = extendCatalog({
      indicators: [{ id: "tl.na_wifi", label: "Wifi", unit: "%", numerator: "na.diem_wifi", denominator: "na.khong_co", factor: 100, decimals: 1, outlineItem: "6.1", levels: ["tinh"] }],
    });
    const p = compileCatalog(c).problems;
    expect(p.map((x) => [x.code, x.params.role])).toEqual([["operand_missing", "numerator"], ["operand_missing", "denominator"]]);
    expect(compileCatalog(c).ratios.some((r) => r.def.id === "tl.na_wifi")).toBe(false);
  });

  it("reports a breakdown over a missing element", () => {
    const c = extendCatalog({ elements: [wifi], breakdowns: [{ id: "bd.na", label: "Wifi = a + b", total: "na.diem_wifi", parts: ["na.a", "na.b"] }] });
    expect(codes(c)).toEqual(["breakdown_part_missing", "breakdown_part_missing"]);
    expect(compileCatalog(c).breakdowns.some((b) => b.id === "bd.na")).toBe(false);
  });

  it("reports a cycle of part-of once, and keeps none of its relations", () => {
    const c: Catalog = {
      elements: [
        { ...wifi, id: "na.a", partOf: "na.b" },
        { ...wifi, id: "na.b", partOf: "na.c" },
        { ...wifi, id: "na.c", partOf: "na.a" },
        { ...wifi, id: "na.d", partOf: "na.a" },
      ],
      indicators: [],
      breakdowns: [],
    };
    const compiled = compileCatalog(c);
    expect(compiled.problems.map((p) => p.code)).toEqual(["part_of_cycle"]);
    expect(compiled.problems[0]?.params.cycle).toEqual(["na.a", "na.b", "na.c", "na.a"]);
    expect(compiled.partWhole.map((r) => r.part.id)).toEqual(["na.d"]);
    expect(compiled.partOf.length).toBe(2); // na.d → na.a only
  });

  it("reports an element that is its own part", () => {
    expect(codes({ elements: [{ ...wifi, partOf: "na.diem_wifi" }], indicators: [], breakdowns: [] })).toEqual(["part_of_cycle"]);
  });

  it("reports data rules that do not read or name unknown figures", () => {
    const c = extendCatalog({});
    const bad: Catalog = {
      ...c,
      rules: [
        { id: "na.r1", left: "hs.tiep_nhan / 2", operator: "<=", right: "hs.tiep_nhan", message: { vi: "Sai." } },
        { id: "na.r2", left: "hs.tiep_nhann", operator: "<=", right: "hs.tiep_nhan", message: { vi: "Sai." } },
      ],
    };
    expect(codes(bad)).toEqual(["rule_expression_invalid", "rule_operand_missing"]);
    expect(compileCatalog(bad).rules).toEqual([]);
  });

  it("English messages on request", () => {
    const c = extendCatalog({ elements: [{ ...wifi, partOf: "na.khong_co" }] });
    expect(compileCatalog(c, { locale: "en" }).problems[0]?.message).toMatch(/points at "na.khong_co"/);
  });
});

describe("duplicate ids are settled one way everywhere: the first definition wins", () => {
  // Two definitions of t.dung: the first a `sum` count, the second `none` with another label.
  const dup: Catalog = {
    ...TEST_CATALOG,
    elements: [...TEST_CATALOG.elements, { ...TEST_CATALOG.elements[2]!, label: "Bản sau", aggregation: { units: "none", time: "last" } }],
    indicators: [...TEST_CATALOG.indicators, { ...TEST_CATALOG.indicators[0]!, numerator: "t.tre" }],
  };
  const compiled = compileCatalog(dup);

  it("is reported, with the kinds of the two definitions", () => {
    expect(compiled.problems.map((p) => [p.code, p.params.id])).toEqual([["duplicate_id", "t.dung"], ["duplicate_id", "t.tl_dung"]]);
    expect(compiled.elements.get("t.dung")?.label).toBe("Đúng hạn");
  });

  it("rollup adds the element as the first definition says (sum), not the second (none)", () => {
    const children = [communeReport("00001", { "t.xong": 5, "t.dung": 3, "t.tre": 2, "t.nhan": 9 }), communeReport("00002", { "t.xong": 4, "t.dung": 4, "t.tre": 0, "t.nhan": 4 })];
    const { report } = rollup(children, { unit: PROVINCE, period: "202605", catalog: dup });
    expect(report.values["t.dung"]).toBe(7);
  });

  it("validation reads the same label and evaluation the same formula", () => {
    const r = communeReport("00001", { "t.xong": 5, "t.dung": 6, "t.tre": 0, "t.nhan": 9 });
    const issue = validateReport(r, { catalog: dup, narrative: false }).find((i) => i.code === "part_exceeds_whole");
    expect(issue?.params.partLabel ?? issue?.message).toMatch(/Đúng hạn/);
    const [v] = evaluateIndicators({ "t.dung": 3, "t.tre": 2, "t.xong": 5 }, { catalog: dup, ids: ["t.tl_dung"] });
    expect(v?.value).toBe(60); // t.dung / t.xong, the first definition
  });

  it("the layout (what render prints) shows the first label and the first formula too", () => {
    const facts = reportFacts(communeReport("00001", { "t.xong": 5, "t.dung": 3, "t.tre": 2, "t.nhan": 9 }), dup);
    expect(facts.filter((f) => f.def.id === "t.dung").map((f) => f.def.label)).toEqual(["Đúng hạn"]);
    const rate = facts.find((f) => f.def.id === "t.tl_dung");
    expect(rate?.kind === "indicator" ? rate.value : undefined).toBe(60);
  });
});

describe("parseCatalogDefinition and parseExpression", () => {
  it("reads a province catalog from JSON and rejects a malformed one with paths", () => {
    const ok = parseCatalogDefinition(JSON.parse(JSON.stringify({ elements: [wifi] })));
    expect(ok.success && ok.data.elements[0]?.id).toBe("na.diem_wifi");
    const bad = parseCatalogDefinition({ elements: [{ ...wifi, kind: "số" }] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.problems[0]).toMatchObject({ code: "catalog_invalid", path: ["elements", 0, "kind"] });
  });

  it("reads sums of ids and numbers; never throws on any string", () => {
    expect(parseExpression("0.8 * tthc.tong - 2")).toEqual({ ok: true, terms: [{ coefficient: 0.8, id: "tthc.tong" }, { coefficient: -2 }] });
    expect(parseExpression("").ok).toBe(false);
    expect(parseExpression("hs.a +").ok).toBe(false);
    fc.assert(fc.property(fc.string(), (s) => typeof parseExpression(s).ok === "boolean"));
  });
});
