import { beforeAll, describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../src/communes/index.js";
import { formatViNumber } from "../../src/format/index.js";
import { indicatorCatalog } from "../../src/indicators/index.js";
import { renderDocx } from "../../src/render/index.js";
import { rollup, rollupHierarchy, type RollupResult } from "../../src/rollup/index.js";
import { generateCountry } from "../../src/sample/index.js";
import { PROVINCES_2025_LIST, type UnitList } from "../../src/schema/index.js";
import { attrs, childrenOf, findAll, findFirst, readBack, runStyles, tagOf, textOf, type XmlNode } from "./docx-xml.js";

/** The 34 provinces with their first two communes each: a small but complete country. */
const SMALL: UnitList = (() => {
  const seen = new Map<string, number>();
  const units = UNITS_2025.units.filter((u) => {
    if (u.level !== "xa") return true;
    const n = seen.get(u.parent ?? "") ?? 0;
    seen.set(u.parent ?? "", n + 1);
    return n < 2;
  });
  return { ...UNITS_2025, units };
})();

let national: RollupResult;
let withMissing: RollupResult;

beforeAll(() => {
  const communes = generateCountry({ seed: 6, period: "202605", units: SMALL });
  const h = rollupHierarchy(communes, { units: SMALL, period: "202605" });
  national = h.national;
  // The same country without Lai Châu's report (code 12).
  const provinceReports = Object.values(h.provinces)
    .map((p) => p.report)
    .filter((r) => r.unit.code !== "12");
  withMissing = rollup(provinceReports, { unit: { code: "VN", name: "Toàn quốc", level: "bo" }, period: "202605", expected: PROVINCES_2025_LIST });
});

/** The body's direct children split by section: [main, appendix 1, appendix 2, …]. */
function sections(body: XmlNode[]): XmlNode[][] {
  const out: XmlNode[][] = [[]];
  for (const n of body) {
    if (tagOf(n) === "w:sectPr") continue;
    (out[out.length - 1] as XmlNode[]).push(n);
    // A paragraph carrying a sectPr ends a section.
    if (tagOf(n) === "w:p" && findFirst([n], "w:sectPr") !== undefined) out.push([]);
  }
  return out;
}

function sectPrs(body: XmlNode[]): XmlNode[] {
  return findAll(body, "w:sectPr");
}

function cells(row: XmlNode): string[] {
  return findAll([row], "w:tc").map(textOf);
}

describe("appendices of a rolled-up report (Nghị định 30/2020, Phụ lục I, Phần I, mục III.1)", () => {
  it("adds landscape sections numbered from their own page 1, without a number on their first page", async () => {
    const { body } = await readBack(await renderDocx(national.report, { rollup: national }));
    const props = sectPrs(body);
    expect(props.length).toBeGreaterThan(1);
    const [main, ...appendices] = props;
    expect(attrs(findFirst([main as XmlNode], "w:pgSz") as XmlNode)["w:orient"]).toBe("portrait");
    for (const s of appendices) {
      const size = attrs(findFirst([s], "w:pgSz") as XmlNode);
      expect(size).toMatchObject({ "w:w": "16838", "w:h": "11906", "w:orient": "landscape" });
      expect(attrs(findFirst([s], "w:pgNumType") as XmlNode)["w:start"]).toBe("1");
      expect(findFirst([s], "w:titlePg")).toBeDefined();
    }
  });

  it("heads each appendix with its Roman numeral, title and the Kèm theo line", async () => {
    const { body } = await readBack(await renderDocx(national.report, { rollup: national }));
    const parts = sections(body).slice(1).filter((s) => s.length > 0);
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      const [label, title, attached] = part.filter((n) => tagOf(n) === "w:p");
      expect(textOf(label as XmlNode)).toBe(`Phụ lục ${["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][i]}`);
      expect(runStyles(label as XmlNode)).toEqual([{ text: textOf(label as XmlNode), bold: true, italics: false, size: "28" }]);
      expect(textOf(title as XmlNode)).toMatch(/^SỐ LIỆU .* CỦA CÁC TỈNH, THÀNH PHỐ$/u);
      expect(textOf(title as XmlNode)).toBe(textOf(title as XmlNode).toLocaleUpperCase("vi"));
      expect(runStyles(title as XmlNode).every((r) => r.bold)).toBe(true);
      expect(textOf(attached as XmlNode)).toBe("(Kèm theo Báo cáo số       /BC-BCA ngày     tháng     năm 2026 của Bộ Công an)");
      expect(runStyles(attached as XmlNode).every((r) => r.italics)).toBe(true);
      for (const p of [label, title, attached]) expect(attrs(findFirst([p as XmlNode], "w:jc") as XmlNode)["w:val"]).toBe("center");
    });
  });

  it("writes just “Phụ lục” when there is one appendix", async () => {
    const { body } = await readBack(
      await renderDocx(national.report, { rollup: national, appendixFigures: ["hs.tiep_nhan", "hs.dung_han", "hs.da_giai_quyet", "tl.ho_so_dung_han"] }),
    );
    const texts = body.map(textOf);
    expect(texts).toContain("Phụ lục");
    expect(texts.some((t) => /^Phụ lục I/.test(t))).toBe(false);
  });

  it("has a row per province and a total row equal to the report's figure", async () => {
    const { body } = await readBack(await renderDocx(national.report, { rollup: national }));
    const table = sections(body)[2]?.find((n) => tagOf(n) === "w:tbl") as XmlNode;
    const rows = findAll([table], "w:tr").map(cells);
    expect(rows).toHaveLength(1 + 34 + 1);
    expect(rows.slice(1, 35).map((r) => r[1])).toEqual(
      PROVINCES_2025_LIST.units.filter((u) => u.level === "tinh").map((u) => u.name),
    );
    const header = rows[0] as string[];
    const total = rows[35] as string[];
    expect(total[0]).toBe("Tổng cộng");
    const counts = header.slice(2).map((h, i) => ({ h, i })).filter(({ h }) => h.endsWith("(hồ sơ)"));
    expect(counts.length).toBeGreaterThan(0);
    for (const { h, i } of counts) {
      const id = indicatorCatalog.elements.find((e) => national.provenance[e.id] !== undefined && h === `${e.label} (${e.unit})`)?.id;
      expect(id).toBeDefined();
      expect(total[i + 1]).toBe(formatViNumber(national.report.values[id as string] as number));
      const sum = rows.slice(1, 35).reduce((a, r) => a + Number((r[i + 2] ?? "").replace(/\./g, "")), 0);
      expect(formatViNumber(sum)).toBe(total[i + 1]);
    }
  });

  it("shows a province that did not report as such, and the body says who reported and refers to the appendices", async () => {
    const { body } = await readBack(await renderDocx(withMissing.report, { rollup: withMissing }));
    const table = sections(body)[1]?.find((n) => tagOf(n) === "w:tbl") as XmlNode;
    const row = findAll([table], "w:tr").find((tr) => cells(tr)[1] === "Tỉnh Lai Châu") as XmlNode;
    const [, , gap] = findAll([row], "w:tc");
    expect(textOf(gap as XmlNode)).toBe("Chưa báo cáo");
    expect(Number(attrs(findFirst([gap as XmlNode], "w:gridSpan") as XmlNode)["w:val"])).toBeGreaterThan(1);
    const texts = sections(body)[0]?.map(textOf) ?? [];
    expect(texts.some((t) => t.startsWith("Số liệu tổng hợp từ báo cáo của 33/34 tỉnh, thành phố (chưa báo cáo: Tỉnh Lai Châu)"))).toBe(true);
    // The same sentence refers to the appendices (a generated draft's own words; never in an author's report).
    expect(texts.some((t) => /^Số liệu tổng hợp từ báo cáo của .*; chi tiết số liệu của từng đơn vị tại Phụ lục I, .* kèm theo\.$/u.test(t))).toBe(true);
  });

  it("renders without an appendix when there is no rollup", async () => {
    const { body } = await readBack(await renderDocx(national.report));
    expect(sectPrs(body)).toHaveLength(1);
    expect(childrenOf(body[0] as XmlNode).length).toBeGreaterThan(0);
  });
});
