import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNarrative, findViNumbers, NARRATIVE_SEVERITY, type NarrativeCode } from "../../../src/validation/narrative/index.js";
import { NARRATIVE_MESSAGES } from "../../../src/validation/narrative/messages.js";

const WRONG = "Đã giải quyết 959 hồ sơ, trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%.";

describe("checkNarrative", () => {
  it("reports a mismatch with offsets, excerpt, expected and actual", () => {
    const [f, ...rest] = checkNarrative(WRONG);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "percent_mismatch", severity: "error", excerpt: "956/959 hồ sơ đạt tỷ lệ 99,8%", actual: 99.8 });
    expect(f?.expected).toBeCloseTo((956 / 959) * 100, 9);
    expect(WRONG.slice(f!.start, f!.end)).toBe(f!.excerpt);
    expect(f?.message).toBe("Tỷ lệ ghi 99,8% không khớp với 956/959 = 99,69%.");
    expect(f?.params).toMatchObject({ fraction: "956/959", stated: "99,8%" });
  });

  it("writes English messages on request", () => {
    expect(checkNarrative(WRONG, { locale: "en" })[0]?.message).toBe("The stated 99,8% does not match 956/959 = 99,69%.");
  });

  it("returns the passed checks only when asked", () => {
    const right = WRONG.replace("99,8%", "99,7%");
    expect(checkNarrative(right)).toEqual([]);
    const checks = checkNarrative(right, { includeChecks: true });
    expect(checks.map((f) => [f.code, f.severity])).toEqual([["percent_consistent", "info"]]);
  });

  it("reads NFD text and reports offsets into it", () => {
    const nfd = WRONG.normalize("NFD");
    expect(nfd).not.toBe(WRONG);
    const [f] = checkNarrative(nfd);
    expect(f?.code).toBe("percent_mismatch");
    expect(nfd.slice(f!.start, f!.end)).toBe(f!.excerpt);
    expect(f!.excerpt.normalize("NFC")).toBe("956/959 hồ sơ đạt tỷ lệ 99,8%");
  });

  it("reads through Markdown emphasis and non-breaking spaces", () => {
    const text = "Có **534/534** (đạt\u00a0**99%**) cơ sở; cấp **157,9**\u00a0tỷ đồng.";
    expect(checkNarrative(text).map((f) => f.code)).toEqual(["percent_mismatch"]);
    expect(findViNumbers(text).find((m) => m.text.startsWith("157,9"))).toMatchObject({ value: 157_900_000_000, decimals: -8 });
  });

  it("orders findings by position", () => {
    const text = "Ngày 31/02/2026 cấp 1.23.456 thẻ; trả 956/959 hồ sơ (99,1%); triển khai 55/50 xã.";
    const found = checkNarrative(text);
    expect(found.map((f) => f.code)).toEqual(["impossible_date", "malformed_number", "percent_mismatch", "part_exceeds_whole"]);
    expect(found.map((f) => f.start)).toEqual([...found.map((f) => f.start)].sort((a, b) => a - b));
  });

  it("treats an empty or non-string input as nothing to check", () => {
    expect(checkNarrative("")).toEqual([]);
    expect(checkNarrative(undefined as unknown as string)).toEqual([]);
  });

  it("gives a severity and a message in both locales for every code", () => {
    const params = { fraction: "1/2", stated: "50%", computed: 50, part: "2", whole: "1", total: "3", sum: 3, parts: ["1", "2"], components: ["1", "2"], score: "3", max: "2", date: "31/02/2026", month: 2, day: 31, reason: "day", raw: "3.002648", suggestion: "3.002.648", count: "04 văn bản", listed: 3, direction: "tăng", now: "4.120", before: "3.700", quantity: "nhiệm vụ chậm tiến độ", first: "32", second: "35", firstAt: 2, secondAt: "Phần IV", shown: "99,8%", chars: "U+202E", length: 40, left: 500, from: "Phần IV" };
    for (const code of Object.keys(NARRATIVE_SEVERITY) as NarrativeCode[]) {
      for (const locale of ["vi", "en"] as const) {
        const m = NARRATIVE_MESSAGES[locale][code](params);
        expect(m.length, `${locale}.${code}`).toBeGreaterThan(10);
        expect(m).toBe(m.normalize("NFC"));
        expect(m).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});

describe("findViNumbers", () => {
  it("classifies what looks numeric", () => {
    const text = "Theo Quyết định số 06/QĐ-TTg và Luật số 35/2021/QH15, ngày 17/6/2025 đã cấp 1,5 triệu thẻ, đạt 99,7% (956/959), giai đoạn 2026-2030, (1) mạng 5G.";
    const found = findViNumbers(text).map((m) => [m.kind, m.text]);
    expect(found).toEqual([
      ["date", "17/6/2025"],
      ["number", "1,5 triệu"],
      ["percent", "99,7%"],
      ["fraction", "956/959"],
    ]);
  });

  it("flags malformed groupings but still offers a reading", () => {
    expect(findViNumbers("2.999.991/3.002648 trường hợp")[0]).toMatchObject({
      kind: "fraction",
      malformed: true,
      part: { value: 2_999_991, decimals: 0 },
      whole: { value: 3_002_648, decimals: 0 },
    });
  });
});

// Text that looks like the reports: figures, dates, document numbers, markers, emphasis.
const FRAGMENTS = [
  "956/959 hồ sơ", " đạt tỷ lệ ", "99,7%", "(đạt 100%)", ", trong đó ", "trực tuyến 174.927 hồ sơ", ", có ", "; ",
  "trên 100 lượt", " (Trong đó: ", ")", "đạt 92,62 điểm", "18/22 điểm", "3.002648", "ngày 31/02/2026", "04/22/2025",
  "35/2021/QH15", "06/QĐ-TTg", "57-NQ/TW", "2026-2030", "(1) ", "⁽ⁱ⁾", "¹", "**", "\n\n", ". ", "gần như ", "khoảng ",
  "1,5 triệu", "1.4K", ".../100", "tháng 13/2026", "ngày", "tháng", "năm 2026", "x trên tổng số ", "0/0", "1.23.456",
  "e\u0301", "\u00a0", "https://a.vn/1/2", "Đ", "%", "/", ",", ".", "-", "(", "9",
];

describe("checkNarrative invariants", () => {
  const invariant = (text: string) => {
    const all = checkNarrative(text, { includeChecks: true });
    for (const f of all) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
      expect(text.slice(f.start, f.end)).toBe(f.excerpt);
      expect(f.severity).toBe(NARRATIVE_SEVERITY[f.code]);
      expect(typeof f.message).toBe("string");
    }
    const problems = checkNarrative(text);
    expect(problems.every((f) => f.severity !== "info")).toBe(true);
    expect(problems.length).toBeLessThanOrEqual(all.length);
  };

  it("never throws on arbitrary strings, and offsets stay within the text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: "binary" }), invariant), { numRuns: 300 });
  });

  it("never throws on report-like text, NFC or NFD", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.boolean(), (parts, nfd) => {
        const text = parts.join("");
        invariant(nfd ? text.normalize("NFD") : text);
      }),
      { numRuns: 500 },
    );
  });

  it("finds the same problems in NFC and NFD text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), (parts) => {
        const text = parts.join("").normalize("NFC");
        const codes = (t: string) => checkNarrative(t).map((f) => f.code);
        expect(codes(text.normalize("NFD"))).toEqual(codes(text));
      }),
      { numRuns: 200 },
    );
  });
});
