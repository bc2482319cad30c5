/**
 * The constructed national report (test/fixtures/national-constructed.json, see its SOURCES.md):
 * it parses in the current shape, validates with exactly its planted findings, renders, and the
 * catalog holds at least 70% of the figures its prose states as structured data.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileCatalog, indicatorCatalog, NATIONAL_ELEMENTS } from "../../src/indicators/index.js";
import { renderDocx } from "../../src/render/index.js";
import { paragraphText, parseReport, walkBody, type Report } from "../../src/schema/index.js";
import { findViNumbers, validateInput } from "../../src/validation/index.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "national-constructed.json");
const json = () => JSON.parse(readFileSync(file, "utf8")) as unknown;

/** Every structured number of the report: values, stated, statements, changes, breakdown parts, comparisons. */
function structuredNumbers(r: Report): { value: number; decimals: number }[] {
  const out: { value: number; decimals: number }[] = [];
  for (const v of Object.values(r.values)) if (typeof v === "number") out.push({ value: v, decimals: 0 });
  for (const s of Object.values(r.stated)) out.push({ value: s.value, decimals: s.decimals });
  for (const list of Object.values(r.statements ?? {})) for (const s of list) out.push({ value: s.value, decimals: s.decimals });
  for (const list of Object.values(r.changes ?? {})) for (const c of list) out.push({ value: c.amount, decimals: c.decimals });
  for (const b of r.breakdowns ?? []) for (const p of b.parts) out.push({ value: p.value, decimals: 0 });
  return out;
}

/** The figures the prose states (numbers and percentages; dates and document numbers are not figures). */
function proseFigures(r: Report): { value: number; decimals: number; text: string }[] {
  const out: { value: number; decimals: number; text: string }[] = [];
  for (const { node } of walkBody(r.body)) {
    for (const p of node.paragraphs.map(paragraphText)) {
      for (const m of findViNumbers(p)) {
        if (m.kind === "number" || m.kind === "percent") out.push({ value: m.value, decimals: m.decimals, text: m.text });
        else if (m.kind === "fraction") out.push({ value: m.part.value, decimals: 0, text: m.text }, { value: m.whole.value, decimals: 0, text: m.text });
      }
    }
  }
  return out;
}

describe("the constructed national report", () => {
  it("parses in the current shape (schemaVersion 2) and says it is constructed", () => {
    const r = parseReport(json());
    expect(r.unit).toEqual({ code: "VN", name: "Toàn quốc", level: "bo" });
    expect(r.schemaVersion).toBe(2);
    expect(r.body[0]?.outline).toEqual(["preamble"]);
    expect(paragraphText(r.body[0]?.paragraphs[0] ?? "")).toMatch(/^BẢN DỰNG ĐỂ KIỂM THỬ/);
    expect(r.breakdowns?.map((b) => b.dimension)).toEqual(["ministry", "province", "ministry"]);
  });

  it("validates with exactly the planted findings", () => {
    const { report, issues } = validateInput(json());
    expect(report).toBeDefined();
    const errors = issues.filter((i) => i.severity === "error").map((i) => [i.rule, i.code, i.path.join(".")]);
    expect(errors).toEqual([
      ["facts.statements", "figure_stated_differently", "statements.dd.tai_khoan_muc2"],
      ["facts.breakdowns", "breakdown_parts_mismatch", "breakdowns.2"],
      ["narrative.prose", "parts_total_mismatch", "body.1.children.5.children.0.paragraphs.0"],
    ]);
    const warnings = issues.filter((i) => i.severity === "warning");
    expect(warnings.filter((i) => i.rule !== "completeness.figures").map((i) => [i.code, i.path.join(".")])).toEqual([
      ["change_inconsistent", "changes.tl.dd_kich_hoat.0"],
    ]);
    // Completeness asks the national level only for national figures and the targeted rates:
    // nothing a commune or a province alone reports.
    const compiled = compileCatalog(indicatorCatalog);
    const missing = warnings.filter((i) => i.code === "figures_missing").flatMap((i) => i.params.ids as string[]);
    for (const id of missing) {
      const def = compiled.elements.get(id) ?? compiled.indicators.get(id);
      const nationalOnly = def?.levels.length === 1 && def.levels[0] === "bo";
      expect(nationalOnly || (compiled.indicators.get(id)?.target !== undefined), id).toBe(true);
    }
    // A 2025 report is not judged against the 2026 programme's targets.
    expect(issues.some((i) => i.code === "below_target")).toBe(false);
  });

  it("renders", async () => {
    const bytes = await renderDocx(parseReport(json()));
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it("holds at least 70% of the figures its prose states as structured data", () => {
    const r = parseReport(json());
    const held = structuredNumbers(r);
    const figures = proseFigures(r);
    const isHeld = (f: { value: number; decimals: number }) =>
      held.some((h) => Math.abs(h.value - f.value) <= 0.5 * 10 ** -Math.min(f.decimals, h.decimals) + 1e-9);
    const share = figures.filter(isHeld).length / figures.length;
    expect(figures.length).toBeGreaterThan(60);
    expect(share).toBeGreaterThanOrEqual(0.7);
  });

  it("uses the national elements: every value of the report is in the catalog", () => {
    const r = parseReport(json());
    const compiled = compileCatalog(indicatorCatalog);
    for (const id of [...Object.keys(r.values), ...Object.keys(r.stated)]) expect(compiled.ids, id).toContain(id);
    expect(NATIONAL_ELEMENTS.length).toBeGreaterThanOrEqual(50);
  });
});
