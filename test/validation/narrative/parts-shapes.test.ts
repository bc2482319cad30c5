import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatViNumber } from "../../../src/format/number.js";
import { checkNarrative, findViNumbers } from "../../../src/validation/narrative/index.js";
import { corpora } from "./corpora/evaluate.js";

// Brief n4 of issue 13: parts a sentence away, fractions that also read as dates, sums stated
// after their parts (put back by brief n8). The corpora (next-sentence-parts, fractions,
// stated-sums) measure the shapes; these tests pin what each one reads, where the finding points, and that the reading does not
// depend on the Unicode form or on Markdown emphasis.
const vi = (n: number): string => formatViNumber(n);
const codes = (text: string): string[] => checkNarrative(text).map((f) => f.code);
const errors = (text: string): string[] => checkNarrative(text).filter((f) => f.severity === "error").map((f) => f.code);

describe("parts in the next sentence", () => {
  it("reads the total of the sentence before, past its own change", () => {
    const text = "Tiếp nhận 4.210 hồ sơ, tăng 12% so với cùng kỳ. Trong đó, 2.980 hồ sơ trực tuyến, 1.330 hồ sơ trực tiếp.";
    const [f] = checkNarrative(text);
    expect(f?.code).toBe("parts_exceed_total");
    expect(f?.excerpt.startsWith("4.210 hồ sơ")).toBe(true);
    expect(f?.params).toMatchObject({ total: "4.210", parts: ["2.980", "1.330"], sum: "4.310" });
    expect(codes(text.replace("1.330", "1.230"))).toEqual([]);
  });

  it("reads 'Cụ thể:', 'Trong số này,' and a classification ('Theo khu vực:', its classes named by their own nouns or not)", () => {
    expect(codes("Cấp 1.200 thẻ căn cước. Cụ thể: 700 thẻ cấp mới, 600 thẻ cấp đổi.")).toEqual(["parts_exceed_total"]);
    expect(codes("Cấp 1.200 thẻ căn cước, giảm 8% so với tháng trước. Trong số này, 1.300 thẻ cấp cho trẻ em.")).toEqual(["part_exceeds_whole"]);
    expect(codes("Lắp đặt 636 camera. Theo địa bàn: 400 camera tại khu vực đô thị, 300 camera tại khu vực nông thôn.")).toEqual(["parts_exceed_total"]);
    expect(codes("Ban hành 22 văn bản. Theo loại văn bản: 11 kế hoạch, 13 công văn.")).toEqual(["parts_exceed_total"]);
    expect(codes("Ban hành 24 văn bản. Theo loại văn bản: 11 kế hoạch, 13 công văn.")).toEqual([]);
    // A classification may name only its largest classes: a short sum is no slip.
    expect(codes("Lắp đặt 736 camera. Theo địa bàn: 400 camera tại khu vực đô thị, 300 camera tại khu vực nông thôn.")).toEqual([]);
  });

  it("stays silent when the next sentence is about something else, or the parts are two sentences away", () => {
    expect(codes("Tiếp nhận 5.000 hồ sơ, trong đó 3.000 hồ sơ trực tuyến, 2.000 hồ sơ trực tiếp, tổng cộng 5.000 hồ sơ.")).toEqual([]);
    expect(codes("Tiếp nhận 4.210 hồ sơ. Trong đó, có 12 xã chưa phát sinh hồ sơ trực tuyến.")).toEqual([]);
    expect(codes("Tiếp nhận 4.210 hồ sơ. Số hồ sơ quá hạn giảm mạnh. Trong đó, 5.000 hồ sơ trực tuyến, 300 hồ sơ trực tiếp.")).toEqual([]);
    expect(codes("Cấp 1.200 thẻ căn cước. Cụ thể hóa kế hoạch, Công an tỉnh đặt chỉ tiêu 30.000 thẻ.")).toEqual([]);
    expect(codes("Tiếp nhận 4.210 hồ sơ. Theo báo cáo của Sở: 5.000 hồ sơ trực tuyến, 200 hồ sơ trực tiếp.")).toEqual([]);
    // A classification that names only its leaders is partial.
    expect(errors("Có 3.000 doanh nghiệp mới. Theo lĩnh vực: thương mại dẫn đầu với 900 doanh nghiệp, tiếp đến là xây dựng với 500 doanh nghiệp.")).toEqual([]);
  });
});

describe("fractions that also read as dates", () => {
  it("reads '13/12 xã', 'có đến 5/4 huyện', 'hoàn thành 13/12' as counts, a part larger than its whole", () => {
    for (const text of ["Có 13/12 xã hoàn thành chỉ tiêu.", "Có đến 5/4 huyện đạt tỷ lệ dưới 3%.", "Hoàn thành 13/12 chỉ tiêu.", "Có 05/04 xã đạt chuẩn."]) {
      const f = checkNarrative(text).find((x) => x.code === "part_exceeds_whole");
      expect(f?.excerpt).toMatch(/^\d+\/\d+/u);
    }
  });

  it("keeps a date where a date word precedes it or a year follows it", () => {
    for (const text of ["Ngày 13/12 xã tổ chức hội nghị.", "Dịp 30/4 xã tổ chức tuyên truyền.", "Đến 5/4/2025 đã cấp 300 thẻ.", "Trước 30/4 các xã hoàn thành.", "Từ 15/3 đến 20/4, tiếp nhận 300 hồ sơ."]) {
      expect(errors(text)).toEqual([]);
      expect(findViNumbers(text).some((m) => m.kind === "date")).toBe(true);
    }
  });

  it("checks the share of such a fraction ('05/06 xã, đạt 70%' is 83,3%)", () => {
    const [f] = checkNarrative("Có 05/06 xã đạt chuẩn, đạt 70%.");
    expect(f?.code).toBe("percent_mismatch");
    expect(f?.expected).toBeCloseTo(83.33, 2);
  });

  it("property: 'ngày d/m' never raises an error, 'p/w đơn vị' with p > w always does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (m, d) => {
        expect(errors(`Ngày ${d}/${m} tổ chức hội nghị.`)).toEqual([]);
        // "24/7" is "around the clock" wherever it is written.
        if (d > m && !(d === 24 && m === 7)) expect(errors(`Có ${d}/${m} đơn vị hoàn thành.`)).toEqual(["part_exceeds_whole"]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("sums stated after their parts", () => {
  it("reads 'tổng cộng', ', tổng số … là' and the cumulative words, and points at parts and sum", () => {
    const text = "Tiếp nhận mới 4.131 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.171, lũy kế đã và đang giải quyết trong kỳ là 6.402 hồ sơ.";
    const [f] = checkNarrative(text);
    expect(f?.code).toBe("parts_total_mismatch");
    expect(f?.excerpt.startsWith("4.131")).toBe(true);
    expect(f?.excerpt.endsWith("6.402")).toBe(true);
    expect(f?.expected).toBe(6302);
    expect(checkNarrative(text, { locale: "en" })[0]?.message).toBe("The parts 4.131 + 2.171 = 6.302 do not add up to the total 6.402.");
    expect(codes(text.replace("6.402", "6.302"))).toEqual([]);
    expect(codes("Cấp mới 900 thẻ, cấp đổi 400 thẻ, tổng số thẻ đã cấp là 1.500 thẻ.")).toEqual(["parts_total_mismatch"]);
    expect(codes("Đã có 45 xã hoàn thành và trong tháng thêm 05 xã, nâng tổng số xã hoàn thành lên 52 xã.")).toEqual(["parts_total_mismatch"]);
  });

  it("lets a cumulative figure exceed new parts (an unwritten stock), never fall below them", () => {
    expect(codes("Trong tháng thành lập thêm 12 tổ và kiện toàn 5 tổ, nâng tổng số tổ lên 317 tổ.")).toEqual([]);
    expect(codes("Trong tháng thành lập thêm 12 tổ và kiện toàn 5 tổ, nâng tổng số tổ lên 15 tổ.")).toEqual(["parts_exceed_total"]);
    expect(codes("Trong tháng cấp mới 320 tài khoản trực tuyến, 150 tài khoản trực tiếp, lũy kế từ đầu năm 4.500 tài khoản.")).toEqual([]);
  });

  it("stays silent on one part, a new clause, a breakdown's own sum and a whole of a ratio", () => {
    expect(codes("Tiếp nhận 3.200 hồ sơ, tăng 200 hồ sơ so với cùng kỳ, lũy kế 9.000 hồ sơ.")).toEqual([]);
    expect(codes("Tiếp nhận 300 hồ sơ đất đai, 200 hồ sơ tư pháp; tổng số hồ sơ toàn tỉnh là 5.000 hồ sơ.")).toEqual([]);
    expect(codes("Tiếp nhận 5.000 hồ sơ, trong đó 3.000 hồ sơ trực tuyến, 2.000 hồ sơ trực tiếp, tổng cộng 5.000 hồ sơ.")).toEqual([]);
    expect(codes("Có 15 cơ quan phát sinh hồ sơ trực tuyến với tổng số 1.598 hồ sơ.")).toEqual([]);
  });

  it("property: two parts and 'tổng cộng' their sum is right, any other total beyond rounding is not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90_000 }), fc.integer({ min: 1, max: 90_000 }), fc.integer({ min: -5_000, max: 5_000 }), (a, b, d) => {
        const text = (t: number) => `Tiếp nhận ${vi(a)} hồ sơ trực tuyến, ${vi(b)} hồ sơ trực tiếp, tổng cộng ${vi(t)} hồ sơ.`;
        expect(errors(text(a + b))).toEqual([]);
        if (d !== 0 && a + b + d > 0) expect(errors(text(a + b + d))).toHaveLength(1);
      }),
      { numRuns: 80 },
    );
  });
});

describe("the three corpora in another form", () => {
  const mine = corpora().filter((c) => ["next-sentence-parts", "fractions", "stated-sums"].includes(c.rule));

  it("finds the same in NFD text and with every figure (a fraction whole) in Markdown emphasis", () => {
    expect(mine).toHaveLength(3);
    for (const c of mine) {
      for (const k of c.cases.filter((_, i) => i % 3 === 0)) {
        const text = k.text ?? "";
        const nfc = checkNarrative(text).map((f) => `${f.code}:${f.excerpt.normalize("NFC").replace(/\*/gu, "")}`);
        const nfd = checkNarrative(text.normalize("NFD")).map((f) => `${f.code}:${f.excerpt.normalize("NFC").replace(/\*/gu, "")}`);
        expect(nfd).toEqual(nfc);
        const emphasised = text.replace(/\*\*/gu, "").replace(/\d[\d.,/]*\d|\d/gu, (m) => `**${m}**`);
        expect(checkNarrative(emphasised).map((f) => f.code)).toEqual(checkNarrative(text).map((f) => f.code));
      }
    }
  });
});
