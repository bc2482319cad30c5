/**
 * What the rendered tables look like on the page, found by converting the seed reports and the
 * national rollup with LibreOffice and looking at every page (scripts/render-samples.ts): a
 * figure must never be broken across two lines of its cell ("82.183.147.00" / "0"), a target
 * never split from its sign ("≥" / "100%"), a heading never sit on a table's bottom rule, and a
 * narrow appendix table sits centred under its centred title.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../src/communes/index.js";
import { renderDocx } from "../../src/render/index.js";
import { textWidth } from "../../src/layout/text-width.js";
import { rollupHierarchy } from "../../src/rollup/index.js";
import { generateCountry } from "../../src/sample/index.js";
import { FIXTURE_NAMES, loadReport } from "../fixtures/index.js";
import { attrs, childrenOf, findAll, findFirst, parseXml, readBack, runStyles, tagOf, textOf, type XmlNode } from "./docx-xml.js";

/** Left + right padding of the figures and appendix table cells (twips). */
const PADDING = 120;

interface Rendered {
  readonly name: string;
  readonly body: XmlNode[];
  /** Paragraph style id → its font size (half-points). */
  readonly styleSizes: ReadonlyMap<string, number>;
}

function styleSizes(stylesXml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of findAll(parseXml(stylesXml), "w:style")) {
    const sz = findFirst([s], "w:sz");
    if (sz !== undefined) out.set(attrs(s)["w:styleId"] ?? "", Number(attrs(sz)["w:val"]));
  }
  return out;
}

/** The size (half-points) of a run of a cell paragraph: its own, else its paragraph style's. */
function sizeOf(doc: Rendered, p: XmlNode, run: { size?: string }): number {
  if (run.size !== undefined) return Number(run.size);
  const style = attrs(findFirst([p], "w:pStyle") ?? ({} as XmlNode))["w:val"] ?? "";
  return doc.styleSizes.get(style) ?? Number.NaN;
}

const docs: Rendered[] = [];

beforeAll(async () => {
  for (const name of FIXTURE_NAMES) {
    const { body, files } = await readBack(await renderDocx(loadReport(name), { figuresTable: true }));
    docs.push({ name, body, styleSizes: styleSizes(files["word/styles.xml"] ?? "") });
  }
  // The whole synthetic country, so that the national amounts are as long as real ones
  // ("82.183.147.000" đồng), with the 34-province appendices.
  const communes = generateCountry({ seed: 6, period: "202605", comparisons: true, missingRate: 0.03 });
  const { national } = rollupHierarchy(communes, { units: UNITS_2025, period: "202605" });
  const { body, files } = await readBack(await renderDocx(national.report, { rollup: national }));
  docs.push({ name: "toan-quoc", body, styleSizes: styleSizes(files["word/styles.xml"] ?? "") });
}, 60_000);

/** The ruled tables (figures and appendices): those with a bordered cell grid. */
function ruledTables(body: readonly XmlNode[]): XmlNode[] {
  return body.filter((n) => {
    if (tagOf(n) !== "w:tbl") return false;
    const borders = findFirst([findFirst([n], "w:tblPr") ?? n], "w:tblBorders");
    const top = borders === undefined ? undefined : findFirst([borders], "w:top");
    return top !== undefined && attrs(top)["w:val"] === "single";
  });
}

function isFiguresTable(table: XmlNode): boolean {
  const first = findFirst([table], "w:tr");
  return first !== undefined && findAll([first], "w:tc").map(textOf)[0] === "Chỉ tiêu";
}

describe("tables on the page", () => {
  it("keeps every figure on one line of its cell: each unbreakable piece fits the cell at its size", () => {
    const tooWide: string[] = [];
    let checked = 0;
    for (const doc of docs) {
      for (const table of ruledTables(doc.body)) {
        for (const cell of findAll([table], "w:tc")) {
          const width = Number(attrs(findFirst([cell], "w:tcW") as XmlNode)["w:w"]);
          for (const p of findAll([cell], "w:p")) {
            for (const run of runStyles(p)) {
              const size = sizeOf(doc, p, run);
              for (const piece of run.text.split(/[ \t\n]+/u).filter((x) => x !== "")) {
                checked += 1;
                if (textWidth(piece, size, run.bold) > width - PADDING) tooWide.push(`${doc.name}: “${piece}” at ${size / 2} pt in ${width} twips`);
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(tooWide).toEqual([]);
  });

  it("sets only an over-long figure smaller, and never below 9 pt", () => {
    const sizes = new Map<string, number>();
    for (const doc of docs) {
      for (const table of ruledTables(doc.body).filter(isFiguresTable)) {
        for (const p of findAll([table], "w:p")) {
          for (const run of runStyles(p)) if (run.text !== "") sizes.set(run.text, sizeOf(doc, p, run));
        }
      }
    }
    // In the figures tables, an ordinary count keeps 12 pt; the national amounts in whole đồng,
    // too long for a cell, are scaled to "tỷ đồng" instead of being set smaller.
    expect(sizes.get("3.316.444")).toBe(24);
    const amounts = [...sizes.keys()].filter((t) => /tỷ đồng|triệu đồng/u.test(t));
    expect(amounts.length).toBeGreaterThan(0);
    for (const a of amounts) expect(sizes.get(a)).toBe(24);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(18);
  });

  it("never separates a target's sign from its number (“≥ 100%” on one line)", () => {
    const targets = docs.flatMap((doc) =>
      ruledTables(doc.body)
        .filter(isFiguresTable)
        .flatMap((t) => {
          const rows = findAll([t], "w:tr").map((r) => findAll([r], "w:tc").map(textOf));
          const column = rows[0]?.indexOf("Mục tiêu") ?? -1;
          return column < 0 ? [] : rows.slice(1).map((r) => r[column] ?? "");
        }),
    );
    const set = targets.filter((t) => t !== "");
    expect(set.length).toBeGreaterThan(0);
    for (const t of set) expect(t).toMatch(/^[≥≤]\u00A0\S/u);
  });

  it("leaves a blank line between a figures table (and its note) and the next heading", () => {
    let tables = 0;
    for (const doc of docs) {
      const body = doc.body;
      body.forEach((n, i) => {
        if (tagOf(n) !== "w:tbl" || !isFiguresTable(n)) return;
        tables += 1;
        let j = i + 1;
        while (j < body.length && textOf(body[j] as XmlNode).startsWith("Ghi chú")) j += 1;
        const next = body[j] as XmlNode;
        expect(tagOf(next)).toBe("w:p");
        expect(textOf(next)).toBe("");
      });
    }
    expect(tables).toBeGreaterThan(15);
  });

  it("centres the appendix tables, which are narrower than a landscape page when they have few columns", () => {
    const national = docs.find((d) => d.name === "toan-quoc") as Rendered;
    const appendixTables = ruledTables(national.body).filter((t) => !isFiguresTable(t));
    expect(appendixTables.length).toBeGreaterThan(1);
    for (const t of appendixTables) {
      const tblPr = findFirst([t], "w:tblPr") as XmlNode;
      const jc = childrenOf(tblPr).find((c) => tagOf(c) === "w:jc");
      expect(jc === undefined ? undefined : attrs(jc)["w:val"]).toBe("center");
    }
  });
});
