import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatViNumber, formatViPercent } from "../../src/format/index.js";
import { compareValues, evaluateIndicators } from "../../src/indicators/index.js";
import { sectionFacts } from "../../src/render/figures.js";
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

/** The rows of the figures table that follows the heading of `section`, as cell texts. */
async function tableRows(report: Report, section: string, options = {}): Promise<string[][]> {
  const { body } = await readBack(await renderDocx(report, options));
  const at = body.findIndex((n) => tagOf(n) === "w:p" && textOf(n).startsWith(`${section}. `));
  const table = body.slice(at).find((n) => tagOf(n) === "w:tbl" && textOf(n).startsWith("Chỉ tiêu")) as XmlNode;
  expect(table).toBeDefined();
  return findAll([table], "w:tr").map((tr) => findAll([tr], "w:tc").map((tc) => findAll([tc], "w:p").map(textOf).join("\n")));
}

describe("figures table", () => {
  it("has the six columns and the catalog's labels with units", async () => {
    const rows = await tableRows(loadReport("004-dong-cuu-2026-05"), "3");
    expect(rows[0]).toEqual(["Chỉ tiêu", "Kỳ báo cáo", "Cùng kỳ năm trước", "Tăng/giảm", "Mục tiêu", "Đánh giá"]);
    expect(rows).toContainEqual(["Số hồ sơ tiếp nhận trong kỳ (hồ sơ)", "976", "—", "—", "", ""]);
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
    expect(row?.slice(1)).toEqual(["75,0%\n(150/200)", "—", "—", "≥\u00A080%", "Chưa đạt"]);
    const { body } = await readBack(await renderDocx(r));
    const cell = findAll(body, "w:tc").find((tc) => textOf(tc) === "Chưa đạt") as XmlNode;
    expect(runStyles(findAll([cell], "w:p")[0] as XmlNode).every((s) => s.bold)).toBe(true);
    const met = await tableRows(loadReport("004-dong-cuu-2026-05"), "3");
    expect(met.find((x) => x[0]?.startsWith("Tỷ lệ TTHC cung cấp"))?.slice(4)).toEqual(["≥\u00A080%", "Đạt"]);
  });

  it("compares with the same period last year through compareValues", async () => {
    const r = commune((x) => {
      x.comparisons = {
        samePeriodLastYear: { period: "202505", values: { "hs.tiep_nhan": 900, "hs.da_giai_quyet": 954, "hs.dung_han": 940 }, flags: { "hs.tiep_nhan": "estimated" } },
      };
    });
    const rows = await tableRows(r, "3");
    const c = compareValues(976, 900, { against: "samePeriodLastYear", period: "202505", unit: "hồ sơ" });
    expect(c?.absolute).toBe(76);
    expect(rows.find((x) => x[0] === "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)")).toEqual([
      "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)",
      "976",
      "900*",
      `+76 (+${formatViNumber(c?.relative ?? 0, 1)}%)`,
      "",
      "",
    ]);
    expect(rows.find((x) => x[0] === "Tỷ lệ hồ sơ giải quyết đúng và trước hạn")?.slice(1, 4)).toEqual(["99,7%\n(956/959)", "98,5%", "+1,2 điểm %"]);
    const texts = (await readBack(await renderDocx(r))).body.map(textOf);
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

  it("leaves the table out when asked", async () => {
    const { body } = await readBack(await renderDocx(loadReport("004-dong-cuu-2026-05"), { figures: false }));
    expect(body.filter((n) => tagOf(n) === "w:tbl" && textOf(n).startsWith("Chỉ tiêu"))).toHaveLength(0);
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
