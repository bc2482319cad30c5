import { describe, expect, it } from "vitest";
import {
  checkDocument,
  checkNarrative,
  MAX_NARRATIVE_LENGTH,
  NARRATIVE_SEVERITY,
} from "../../../src/validation/narrative/index.js";

const codes = (text: string) => checkNarrative(text).map((f) => f.code);

// The shapes issue 13 names, with its own invented examples (the corpora hold the rest).
describe("issue 13 shapes", () => {
  it.each([
    ["Đã triển khai 85 điểm (52 điểm ở xã và 43 điểm ở phường).", "split_total_mismatch", "85 điểm"],
    ["Có 71 hồ sơ trên tổng số 90 hồ sơ được giải quyết trước hạn (đạt khoảng 60%).", "percent_mismatch", "60%"],
    ["Tổ chức 12 lớp với 1.830 học viên, bình quân 172 học viên/lớp.", "average_mismatch", "172"],
    ["Tiếp nhận 4.120 hồ sơ, tăng 520 hồ sơ so với tháng trước (3.700 hồ sơ).", "difference_mismatch", "520"],
    ["Số tài khoản tăng 30% (từ 2.000 lên 2.400).", "change_percent_mismatch", "30%"],
    ["Tỷ lệ đạt 85,2%, giảm 3 điểm phần trăm so với cùng kỳ (86,2%).", "point_change_mismatch", "3"],
    ["Ban hành 04 văn bản: (1) Kế hoạch; (2) Công văn; (3) Quyết định.", "list_count_mismatch", "04 văn bản"],
    ["Hướng dẫn 03 nhóm giấy tờ: căn cước, hộ chiếu, giấy khai sinh và giấy phép lái xe.", "list_count_mismatch", "03 nhóm giấy tờ"],
    ["Kết quả: 705/700 xã đã triển khai.", "part_exceeds_whole", "705/700"],
    ["Tiếp nhận 5.200 hồ sơ; riêng hồ sơ trực tuyến 5.600 hồ sơ.", "part_exceeds_whole", "5.600"],
    ["Toàn tỉnh có 120 xã, số xã đã hoàn thành là 130 xã.", "part_exceeds_whole", "130"],
  ])("%s → %s", (text, code, figure) => {
    const hit = checkNarrative(text).find((f) => f.code === code);
    expect(hit, JSON.stringify(checkNarrative(text))).toBeDefined();
    expect(hit?.excerpt).toContain(figure);
    expect(text.slice(hit?.start, hit?.end)).toBe(hit?.excerpt);
  });

  it("does not read a change or counts of something else as parts", () => {
    expect(codes("Tiếp nhận 5.200 hồ sơ, trong đó 4.900 hồ sơ trực tuyến (tăng 800 hồ sơ so với cùng kỳ).")).toEqual([]);
    expect(codes("12 tỉnh đã nhân rộng mô hình, gồm: tỉnh A (4 mô hình), tỉnh B (2 mô hình) và 10 tỉnh khác.")).toEqual([]);
  });

  it("passes the right versions and says so with includeChecks", () => {
    const right = [
      ["Đã triển khai 95 điểm (52 điểm ở xã và 43 điểm ở phường).", "split_consistent"],
      ["Tổ chức 12 lớp với 1.830 học viên, bình quân 152,5 học viên/lớp.", "average_consistent"],
      ["Tiếp nhận 4.120 hồ sơ, tăng 420 hồ sơ so với tháng trước (3.700 hồ sơ).", "change_consistent"],
      ["Ban hành 03 văn bản: (1) Kế hoạch; (2) Công văn; (3) Quyết định.", "list_count_consistent"],
    ] as const;
    for (const [text, code] of right) {
      expect(codes(text), text).toEqual([]);
      expect(checkNarrative(text, { includeChecks: true }).map((f) => f.code), text).toContain(code);
    }
  });

  it("writes its messages in Vietnamese by default and in English on request", () => {
    const text = "Tổ chức 12 lớp với 1.830 học viên, bình quân 172 học viên/lớp.";
    expect(checkNarrative(text)[0]?.message).toBe("Bình quân ghi 172 không khớp với 1.830 : 12 = 152,5.");
    expect(checkNarrative(text, { locale: "en" })[0]?.message).toBe("The stated average 172 does not match 1.830 / 12 = 152,5.");
  });
});

describe("invisible controls inside figures", () => {
  it("reads a right-to-left override as displayed, and reports it", () => {
    const text = "Trả đúng hạn 956/959 hồ sơ, đạt tỷ lệ \u202E%8,99\u202C.";
    const found = checkNarrative(text);
    expect(found.map((f) => f.code).sort()).toEqual(["hidden_control", "percent_mismatch"]);
    const hidden = found.find((f) => f.code === "hidden_control");
    expect(hidden?.severity).toBe(NARRATIVE_SEVERITY.hidden_control);
    expect(hidden?.params).toMatchObject({ shown: "99,8%", chars: "U+202E, U+202C" });
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it("reports a zero-width space inside a number and reads the number whole", () => {
    const found = checkNarrative("Đã cấp 3.454\u200b.035 thẻ căn cước, trong đó 3.500.000 thẻ cấp mới.");
    expect(found.map((f) => f.code).sort()).toEqual(["hidden_control", "part_exceeds_whole"]);
  });

  it("leaves controls outside figures alone", () => {
    expect(checkNarrative("Đề\u200b án 06 đạt 956/959 hồ sơ, tỷ lệ 99,7%.")).toEqual([]);
  });
});

describe("over-long and hostile text", () => {
  it("reports a run of more than 30 combining marks", () => {
    const found = checkNarrative(`Tiếp nhận 976 hồ sơ a${"\u0301\u0323".repeat(40)}.`);
    expect(found.map((f) => f.code)).toEqual(["long_mark_run"]);
  });

  it("reports text longer than the limit instead of reading it", () => {
    const found = checkNarrative("a".repeat(MAX_NARRATIVE_LENGTH + 1));
    expect(found.map((f) => f.code)).toEqual(["text_too_long"]);
  });

  // The shapes that were quadratic, at sizes small enough for a unit test: the results are
  // checked here, the time in bench/narrative.bench.ts.
  it("reads long lists, parentheses and colons to the right result", () => {
    expect(codes(`tiếp nhận 1000 hồ sơ, trong đó ${"1 hồ sơ, ".repeat(2000)}`)).toEqual(["parts_exceed_total"]);
    expect(codes(`tiếp nhận 1000 hồ sơ, gồm ${"1 hồ sơ; ".repeat(999)}1 hồ sơ.`)).toEqual([]);
    expect(codes(`Tổng số 12 xã (${"1 xã và ".repeat(20)}1 xã)`)).toEqual(["split_total_mismatch"]);
    expect(codes("04 văn bản: ".repeat(500))).toEqual([]);
    expect(codes("12 hồ sơ (".repeat(500))).toEqual([]);
  });
});

describe("checkDocument", () => {
  const doc = [
    { text: "Đến nay còn 32 nhiệm vụ chậm tiến độ, chủ yếu do thiếu kinh phí.", path: "Phần II" },
    { text: "Tiếp nhận 976 hồ sơ trực tuyến toàn trình." },
    { text: "Tồn tại: 35 nhiệm vụ chậm tiến độ chưa được khắc phục.", path: "Phần IV" },
  ];

  it("warns when one quantity has two values, naming both places", () => {
    const found = checkDocument(doc);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ code: "quantity_restated", severity: "warning", paragraph: 2, path: "Phần IV", expected: 32, actual: 35 });
    expect(f.message).toBe('"nhiệm vụ chậm tiến độ" ghi 32 ở Phần II nhưng 35 ở Phần IV.');
    expect(doc[2]?.text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(checkDocument(doc, { locale: "en" })[0]?.message).toBe('"nhiệm vụ chậm tiến độ" is 32 in Phần II but 35 in Phần IV.');
  });

  it("is what checkNarrative does on the whole text, places named by paragraph", () => {
    const whole = doc.map((p) => p.text).join("\n");
    const f = checkNarrative(whole).find((x) => x.code === "quantity_restated");
    expect(f?.message).toBe('"nhiệm vụ chậm tiến độ" ghi 32 ở đoạn 1 nhưng 35 ở đoạn 3.');
  });

  it("does not compare a quantity with a narrower one, or a stock with the same stock at another date", () => {
    const total = { text: "Toàn quốc đã cấp 58,7 triệu tài khoản định danh điện tử mức độ 2.", path: "Phần I" };
    // A qualifier that narrows what is counted makes it another quantity.
    expect(checkDocument([total, { text: "Đã cấp 152.000 tài khoản định danh điện tử của tổ chức.", path: "Phần II" }])).toEqual([]);
    expect(checkDocument([total, { text: "Đã cấp 84,6 triệu tài khoản định danh điện tử, gồm hai mức." }])).toEqual([]);
    // The same stock on another date may differ.
    const dated = [
      { text: "Đến ngày 15/6/2026, còn 32 nhiệm vụ chậm tiến độ chưa hoàn thành." },
      { text: "Đến ngày 07/7/2026, còn 28 nhiệm vụ chậm tiến độ chưa hoàn thành." },
    ];
    expect(checkDocument(dated)).toEqual([]);
    // The same qualifier and the same date (or none) are still one quantity.
    const again = [
      { text: "Đã cấp 152.000 tài khoản định danh điện tử của tổ chức.", path: "Phần II" },
      { text: "Hiện có 153.000 tài khoản định danh điện tử của tổ chức đã kích hoạt.", path: "Phần IV" },
    ];
    expect(checkDocument(again).map((f) => [f.code, f.expected, f.actual])).toEqual([["quantity_restated", 152_000, 153_000]]);
    expect(checkDocument([dated[0]!, { text: "Đến ngày 15/6/2026, có 30 nhiệm vụ chậm tiến độ chưa hoàn thành." }])).toHaveLength(1);
  });

  it("says nothing when the values agree, or one is a change or a target", () => {
    expect(checkDocument([doc[0]!, { text: "Còn 32 nhiệm vụ chậm tiến độ cần tập trung xử lý." }])).toEqual([]);
    expect(checkDocument([doc[0]!, { text: "So với tháng trước giảm 5 nhiệm vụ chậm tiến độ." }])).toEqual([]);
    expect(checkDocument([doc[0]!, { text: "Mục tiêu: 0 nhiệm vụ chậm tiến độ vào cuối năm." }])).toEqual([]);
  });

  it("never throws on bad input and does not mutate it", () => {
    expect(checkDocument(undefined as unknown as [])).toEqual([]);
    const input = [{ text: 12 as unknown as string }, { text: "Đề án 06" }];
    const copy = structuredClone(input);
    expect(checkDocument(input)).toEqual([]);
    expect(input).toEqual(copy);
  });
});

describe("parentheses that are not a split", () => {
  // From the corrected 004 fixture: "1.4K" counts followers, not "lượt"; a figure with no unit
  // beside figures that name one is not a part.
  it("does not add a bare figure to the parts", () => {
    const text =
      "Phát loa các thôn trên 1.500 lượt (Trong đó: Tuyên truyền trên hệ thống truyền thanh xã, các thôn 1500 lượt; đăng tải tin bài trên trang Zalo OA; số lượng theo dõi, chia sẻ: 1.4K).";
    expect(codes(text)).toEqual([]);
  });
});

// Shapes the second real-sentence set showed (examples invented; the corpora comparisons,
// lists-apart and averages-apart hold the rest).
describe("comparisons, lists after 'là', averages a sentence away", () => {
  it.each([
    ["Tỷ lệ hồ sơ trực tuyến đạt 68,4%, cao hơn 10,1 điểm phần trăm so với bình quân cả nước (56,3%).", "point_change_mismatch", "10,1"],
    ["Đạt 1.250 hồ sơ, nhiều hơn 350 hồ sơ so với quý trước (940 hồ sơ).", "difference_mismatch", "350"],
    ["Số hồ sơ trực tiếp là 890 hồ sơ, ít hơn 70 hồ sơ so với quý trước (940 hồ sơ).", "difference_mismatch", "70"],
    ["Đạt 1.250 hồ sơ, gấp 3,5 lần so với cùng kỳ (500 hồ sơ).", "multiple_mismatch", "3,5"],
    ["Đạt 1.000 hồ sơ, gần gấp đôi so với cùng kỳ (840 hồ sơ).", "multiple_mismatch", "gấp đôi"],
    ["Đạt 799 hồ sơ, bằng 70% so với cùng kỳ (940 hồ sơ).", "ratio_mismatch", "70%"],
    ["Đã cấp 1.220 thẻ, vượt 12% so với kế hoạch (1.000 thẻ).", "change_percent_mismatch", "12%"],
    ["UBND tỉnh ban hành bốn văn bản là Kế hoạch số 15/KH-UBND, Quyết định số 1053/QĐ-UBND và Công văn số 395/UBND-VX.", "list_count_mismatch", "bốn văn bản"],
    ["Có 04 vùng tăng cả về số doanh nghiệp và vốn đăng ký so với cùng kỳ năm trước, đó là: Đồng bằng sông Hồng, Bắc Trung Bộ và Duyên hải miền Trung, Tây Nguyên.", "list_count_mismatch", "04 vùng"],
    ["Năm 2025 tổ chức 12 lớp cho 1.830 học viên. Bình quân mỗi lớp 172 học viên.", "average_mismatch", "172"],
    ["Có 12.472 DN thành lập mới với 128,1 nghìn tỷ đồng vốn đăng ký. Vốn bình quân một DN đạt 12,3 tỷ đồng.", "average_mismatch", "12,3"],
  ])("%s → %s", (text, code, figure) => {
    const hit = checkNarrative(text).find((f) => f.code === code);
    expect(hit, JSON.stringify(checkNarrative(text))).toBeDefined();
    expect(hit?.excerpt).toContain(figure);
    expect(text.slice(hit?.start, hit?.end)).toBe(hit?.excerpt);
  });

  it("is silent on the right versions, on a comparison with one figure, and on 'năm' as a year or a month", () => {
    for (const text of [
      "Tỷ lệ hồ sơ trực tuyến đạt 68,4%, cao hơn 12,1 điểm phần trăm so với bình quân cả nước (56,3%).",
      "Đạt 1.250 hồ sơ, gấp 2,5 lần so với cùng kỳ (500 hồ sơ).",
      "Đạt 799 hồ sơ, bằng 85% so với cùng kỳ (940 hồ sơ).",
      "Đạt 1.250 hồ sơ, cao hơn 310 hồ sơ so với cùng kỳ.",
      "Tỷ lệ hồ sơ trực tuyến đạt 68,4%, cao hơn cùng kỳ.",
      "UBND tỉnh ban hành ba văn bản là Kế hoạch số 15/KH-UBND, Quyết định số 1053/QĐ-UBND và Công văn số 395/UBND-VX.",
      "Tháng năm là thời điểm cao điểm cấp căn cước; năm nay là năm thứ ba triển khai Đề án 06 tại Hà Tĩnh.",
      "Trong năm 2025 đã ban hành nhiều văn bản như Kế hoạch số 15/KH-UBND, Công văn số 395/UBND-VX.",
      "Năm 2025 tổ chức 12 lớp cho 1.830 học viên. Bình quân mỗi lớp 152,5 học viên.",
    ]) {
      expect(codes(text), text).toEqual([]);
    }
  });

  it("writes the multiple's message in Vietnamese and in English", () => {
    const text = "Đạt 1.250 hồ sơ, gấp 3,5 lần so với cùng kỳ (500 hồ sơ).";
    expect(checkNarrative(text)[0]?.message).toBe("Mức gấp ghi 3,5 lần không khớp với 1.250 : 500 = 2,5 lần.");
    expect(checkNarrative(text, { locale: "en" })[0]?.message).toBe("The stated multiple 3,5 is not 1.250 / 500 = 2,5.");
  });
});
