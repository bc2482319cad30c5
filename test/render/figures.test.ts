import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatViNumber, formatViPercent } from "../../src/format/index.js";
import { compareValues, evaluateIndicators, indicatorCatalog } from "../../src/indicators/index.js";
import { sectionFacts } from "../../src/layout/facts.js";
import { renderDocx } from "../../src/render/index.js";
import { parseReport, type Report } from "../../src/schema/index.js";
import { loadFixture, loadReport } from "../fixtures/index.js";
import { findAll, readBack, runStyles, tagOf, textOf, type XmlNode } from "./docx-xml.js";

/** The Đông Cứu commune report (seed 004) with its figures changed. */
function commune(change: (r: Record<string, any>) => void): Report {
  const raw = loadFixture("004-dong-cuu-2026-05") as Record<string, any>;
  change(raw);
  return parseReport(raw);
}

/** The figures tables of a rendered report (asked for with `figuresTable: true`), each as rows of cell texts. */
async function tables(report: Report, options = {}): Promise<string[][][]> {
  const { body } = await readBack(await renderDocx(report, { figuresTable: true, ...options }));
  const found = body.filter((n) => tagOf(n) === "w:tbl" && textOf(n).startsWith("Chỉ tiêu"));
  expect(found.length).toBeGreaterThan(0);
  return found.map((t) => findAll([t], "w:tr").map((tr) => findAll([tr], "w:tc").map((tc) => findAll([tc], "w:p").map(textOf).join("\n"))));
}

/**
 * The rows of the figures whose catalog item is in outline section `section`, each with the header
 * row of its own table first: `[header, row]` pairs flattened as rows, header of the first table
 * first (tests look rows up by their label).
 */
async function tableRows(report: Report, section: string, options = {}): Promise<string[][]> {
  const labels = new Set(sectionFacts(report, section).map((f) => (f.def.unit === "%" || f.def.unit === "" ? f.def.label : `${f.def.label} (${f.def.unit})`)));
  const all = await tables(report, options);
  const mine = all.filter((rows) => rows.slice(1).some((r) => labels.has(r[0] ?? "")));
  return [mine[0]?.[0] ?? [], ...mine.flatMap((rows) => rows.slice(1)).filter((r) => labels.has(r[0] ?? ""))];
}

/** The header of the table that holds the row labelled `label`. */
async function headerOf(report: Report, label: string): Promise<string[]> {
  const t = (await tables(report)).find((rows) => rows.some((r) => r[0] === label));
  return t?.[0] ?? [];
}

describe("figures table", () => {
  it("is printed only when asked: never in a report whose author wrote none", async () => {
    const r = loadReport("004-dong-cuu-2026-05");
    expect(r.presentation.figuresTable).toBe(false);
    const { body } = await readBack(await renderDocx(r));
    expect(body.filter((n) => tagOf(n) === "w:tbl" && textOf(n).startsWith("Chỉ tiêu"))).toHaveLength(0);
    const asked = commune((x) => {
      x.presentation = { figuresTable: true };
    });
    const { body: withTable } = await readBack(await renderDocx(asked));
    expect(withTable.filter((n) => tagOf(n) === "w:tbl" && textOf(n).startsWith("Chỉ tiêu")).length).toBeGreaterThan(0);
  });

  it("has only the columns that have data, and the catalog's labels with units", async () => {
    const r = loadReport("004-dong-cuu-2026-05");
    const rows = await tableRows(r, "3");
    // No comparison in the report: no comparison or change column; no target among these counts.
    const label = "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)";
    const header = await headerOf(r, label);
    expect(header.slice(0, 2)).toEqual(["Chỉ tiêu", "Kỳ báo cáo"]);
    expect(header.some((h) => /Cùng kỳ|Tăng\/giảm/u.test(h))).toBe(false);
    expect(rows.find((x) => x[0] === label)?.[1]).toBe("976");
    const rate = rows.find((r) => r[0] === "Tỷ lệ hồ sơ giải quyết đúng và trước hạn");
    expect(rate?.[1]).toBe("99,7%\n(956/959)");
  });

  it("takes rates from evaluateIndicators, not from the stated value, when the counts are there", async () => {
    const r = commune((x) => {
      x.stated["tl.ho_so_dung_han"] = { value: 12.3, decimals: 1 };
    });
    const rows = await tableRows(r, "3");
    expect(rows.find((x) => x[0] === "Tỷ lệ hồ sơ giải quyết đúng và trước hạn")?.[1]).toBe("99,7%\n(956/959)");
    // Without counts the stated value is shown as written.
    expect(rows.find((x) => x[0] === "Tỷ lệ hồ sơ tiếp nhận trực tuyến")?.[1]).toBe("99,1%");
  });

  it("marks a target not met in bold and a target met as Đạt", async () => {
    const r = commune((x) => {
      x.values["tthc.tong"] = 200;
      x.values["tthc.dvctt_toan_trinh"] = 150;
      delete x.stated["tl.dvctt_toan_trinh"];
    });
    const rows = await tableRows(r, "3");
    const row = rows.find((x) => x[0] === "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC");
    // The target's sign and number are joined by a no-break space (never split across lines).
    expect(row?.slice(1)).toEqual(["75,0%\n(150/200)", "≥\u00A080%", "Chưa đạt"]);
    const { body } = await readBack(await renderDocx(r, { figuresTable: true }));
    const cell = findAll(body, "w:tc").find((tc) => textOf(tc) === "Chưa đạt") as XmlNode;
    expect(runStyles(findAll([cell], "w:p")[0] as XmlNode).every((s) => s.bold)).toBe(true);
    const met = await tableRows(loadReport("004-dong-cuu-2026-05"), "3");
    expect(met.find((x) => x[0]?.startsWith("Tỷ lệ TTHC cung cấp"))?.slice(2)).toEqual(["≥\u00A080%", "Đạt"]);
  });

  it("titles the comparison columns by their real base and compares through compareValues", async () => {
    const r = commune((x) => {
      x.comparisons = {
        samePeriodLastYear: { period: "202505", values: { "hs.tiep_nhan": 900, "hs.da_giai_quyet": 954, "hs.dung_han": 940 }, flags: { "hs.tiep_nhan": "estimated" } },
      };
    });
    const rows = await tableRows(r, "3");
    expect((await headerOf(r, "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)")).slice(0, 4)).toEqual(["Chỉ tiêu", "Kỳ báo cáo", "Cùng kỳ năm 2025", "Tăng/giảm so với cùng kỳ năm 2025"]);
    const c = compareValues(976, 900, { against: "samePeriodLastYear", period: "202505", unit: "hồ sơ" });
    expect(c?.absolute).toBe(76);
    expect(rows.find((x) => x[0] === "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)")?.slice(0, 4)).toEqual([
      "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)",
      "976",
      "900*",
      `+76 (+${formatViNumber(c?.relative ?? 0, 1)}%)`,
    ]);
    expect(rows.find((x) => x[0] === "Tỷ lệ hồ sơ giải quyết đúng và trước hạn")?.slice(1, 4)).toEqual(["99,7%\n(956/959)", "98,5%", "+1,2 điểm %"]);
    const texts = (await readBack(await renderDocx(r, { figuresTable: true }))).body.map(textOf);
    expect(texts.some((t) => t.startsWith("Ghi chú: (*) số liệu ước tính"))).toBe(true);
  });

  it("marks flagged figures of this period", async () => {
    const r = commune((x) => {
      x.flags = { "hs.dung_han": "provisional" };
    });
    const rows = await tableRows(r, "3");
    expect(rows.find((x) => x[0] === "Số hồ sơ giải quyết đúng và trước hạn (hồ sơ)")?.[1]).toBe("956**");
    // A rate inherits the flag of its numerator.
    expect(rows.find((x) => x[0] === "Tỷ lệ hồ sơ giải quyết đúng và trước hạn")?.[1]).toBe("99,7%**\n(956/959)");
  });

  it("titles a comparison with the previous period by that period (“Tháng 04/2026”), never “Cùng kỳ”", async () => {
    const r = commune((x) => {
      x.comparisons = { previous: { period: "202604", values: { "hs.tiep_nhan": 1000 } } };
    });
    const header = await headerOf(r, "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)");
    expect(header.slice(0, 4)).toEqual(["Chỉ tiêu", "Kỳ báo cáo", "Tháng 04/2026", "Tăng/giảm so với tháng 04/2026"]);
    expect(header.some((h) => h.includes("Cùng kỳ"))).toBe(false);
  });

  it("prints a stated figure as the author wrote it, and scales whole-đồng amounts that would not fit", async () => {
    const amount = indicatorCatalog.elements.find((e) => e.unit === "đồng");
    expect(amount).toBeDefined();
    const id = amount?.id ?? "";
    const section = (amount?.outlineItem ?? "").split(".")[0] ?? "";
    const scaled = commune((x) => {
      x.values = { [id]: 157_912_345_678 };
      x.stated = {};
    });
    expect((await tableRows(scaled, section)).find((row) => row[0]?.startsWith(amount?.label ?? "?"))?.[1]).toBe("157,9 tỷ đồng");
    const written = commune((x) => {
      x.values = {};
      x.stated = { [id]: { value: 157_900_000_000, decimals: -8, text: "157,9 tỷ đồng" } };
    });
    expect((await tableRows(written, section)).find((row) => row[0]?.startsWith(amount?.label ?? "?"))?.[1]).toBe("157,9 tỷ đồng");
    const small = commune((x) => {
      x.values = { [id]: 87_500_000 };
      x.stated = {};
    });
    expect((await tableRows(small, section)).find((row) => row[0]?.startsWith(amount?.label ?? "?"))?.[1]).toBe("87.500.000");
  });

  it("shows every rate as evaluateIndicators gives it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (den, k) => {
        const num = k % (den + 1);
        const r = commune((x) => {
          x.values = { "hs.da_giai_quyet": den, "hs.dung_han": num };
          x.stated = {};
        });
        const fact = sectionFacts(r, "3").find((f) => f.def.id === "tl.ho_so_dung_han");
        const [expected] = evaluateIndicators(r.values, { ids: ["tl.ho_so_dung_han"] });
        expect(fact?.kind === "indicator" ? fact.value : undefined).toBe(expected?.value);
        expect(formatViPercent(expected?.value ?? Number.NaN, 1)).toMatch(/^\d{1,3},\d%$/);
      }),
      { numRuns: 100 },
    );
  });
});
