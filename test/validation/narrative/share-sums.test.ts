import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatViNumber } from "../../../src/format/number.js";
import { checkNarrative } from "../../../src/validation/narrative/index.js";

// Brief g2 of issue 13: shares of one whole. The corpora (share-sums, fraction-sums,
// shares-apart) measure the shapes; these tests pin what each reads, where the finding points,
// and the interval rule on the sum.
const errors = (text: string): string[] => checkNarrative(text).filter((f) => f.severity === "error").map((f) => f.code);
const pct = (x: number, d: number): string => formatViNumber(Number(x.toFixed(d)), d);

describe("shares listed side by side", () => {
  it("a closed list must add up to 100%, and the finding spans the shares", () => {
    const wrong = "Nguyên nhân do độc tố chiếm 19,4%, vi sinh vật chiếm 33,3%, hóa chất chiếm 11,1%, còn 46,1% số vụ chưa xác định được nguyên nhân.";
    const [f] = checkNarrative(wrong);
    expect(f?.code).toBe("parts_exceed_total");
    expect(f?.excerpt).toBe("19,4%, vi sinh vật chiếm 33,3%, hóa chất chiếm 11,1%, còn 46,1%");
    expect(f?.message).toBe("Tổng các thành phần 19,4% + 33,3% + 11,1% + 46,1% = 109,9% vượt tổng số 100%.");
    expect(checkNarrative(wrong, { locale: "en" })[0]?.message).toBe("The parts 19,4% + 33,3% + 11,1% + 46,1% = 109,9% exceed the total 100%.");
    expect(errors(wrong.replace("46,1%", "36,1%"))).toEqual([]);
    expect(errors(wrong.replace("46,1%", "26,1%"))).toEqual(["parts_total_mismatch"]);
  });

  it("reads a 'cơ cấu' list of bare shares, NFC or NFD", () => {
    const wrong = "Cơ cấu kinh tế: nông nghiệp 40,2%; công nghiệp 35,1%; dịch vụ 18,7%.";
    expect(errors(wrong)).toEqual(["parts_total_mismatch"]);
    expect(errors(wrong.normalize("NFD"))).toEqual(["parts_total_mismatch"]);
    expect(errors(wrong.replace("18,7%", "24,7%"))).toEqual([]);
  });

  it("an open list is checked only past 100%", () => {
    expect(errors("Trong đó, nhóm A chiếm 40%, nhóm B chiếm 30%, nhóm C chiếm 10%.")).toEqual([]);
    expect(errors("Trong đó, nhóm A chiếm 40%, nhóm B chiếm 50%, nhóm C chiếm 20%.")).toEqual(["parts_exceed_total"]);
  });

  it("never adds rates, shares of different wholes, a share and last year's, or nested shares", () => {
    expect(errors("Tỷ lệ hồ sơ trực tuyến đạt 97%, tỷ lệ thanh toán trực tuyến đạt 95%, tỷ lệ số hóa đạt 90%.")).toEqual([]);
    expect(errors("Hồ sơ trực tuyến chiếm 70% tổng số hồ sơ tiếp nhận và chiếm 65% tổng số hồ sơ đã giải quyết.")).toEqual([]);
    expect(errors("Hộ nghèo chiếm 76,2% của khu vực và chiếm 32,27% của cả nước.")).toEqual([]);
    expect(errors("Hồ sơ trực tuyến chiếm 70%, năm 2025 chiếm 60%.")).toEqual([]);
    expect(errors("Khu vực thành thị chiếm 70%, trong đó nội thành chiếm 50%; khu vực nông thôn chiếm 30%.")).toEqual([]);
    expect(errors("Tỷ lệ quá hạn giảm từ 10,85% xuống còn 1,31%; huyện B giảm từ 10,55% xuống còn 2,27%.")).toEqual([]);
  });

  it("property: a closed list whose shares add up to 100% before rounding is never flagged; moved 2 points past rounding, always", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 5 }), fc.integer({ min: 1, max: 2 }), (ws, d) => {
        const total = ws.reduce((a, b) => a + b, 0) + 10;
        const shares = [...ws.map((w) => (w * 100) / total), 1000 / total];
        const right = `Cơ cấu nguồn vốn: ${shares.slice(0, -1).map((x, i) => `nguồn ${i + 1} chiếm ${pct(x, d)}%`).join(", ")}, còn lại ${pct(shares.at(-1) as number, d)}%.`;
        const moved = shares.map((x, i) => (i === 0 ? x + 2 : x));
        const wrong = `Cơ cấu nguồn vốn: ${moved.slice(0, -1).map((x, i) => `nguồn ${i + 1} chiếm ${pct(x, d)}%`).join(", ")}, còn lại ${pct(moved.at(-1) as number, d)}%.`;
        expect(errors(right)).toEqual([]);
        expect(errors(wrong)).toEqual(["parts_exceed_total"]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("counts listed with their shares", () => {
  it("every share but one implies one whole: that one is wrong (a share cut at its last decimal is right)", () => {
    const s = (z: string) => `Trong đó, lao động nông nghiệp: 23.220 người chiếm tỷ lệ 77,30%; công nghiệp: 1.910 người, chiếm tỷ lệ 6,35%; dịch vụ: 3.785 người, chiếm tỷ lệ ${z}%; thủ công: 1.121 người, chiếm tỷ lệ 3,73%.`;
    expect(errors(s("12,60"))).toEqual([]);
    const f = checkNarrative(s("16,20")).find((x) => x.code === "percent_mismatch");
    expect(f?.excerpt).toBe("3.785 người, chiếm tỷ lệ 16,20%");
    expect(f?.message).toBe("Tỷ lệ ghi 16,20% không khớp với 3.785/30.038 = 12,6%.");
  });
});

describe("fractions of one whole", () => {
  it("parts past the whole, or short of it in a list that holds the rest", () => {
    const s = (r: number) => `Qua điều tra, có 3/6 vụ ngộ độc do vi sinh vật, 1/6 vụ do độc tố tự nhiên, còn lại ${r}/6 vụ chưa xác định được nguyên nhân.`;
    expect(errors(s(2))).toEqual([]);
    expect(errors(s(3))).toEqual(["parts_exceed_total"]);
    expect(errors(s(1))).toEqual(["parts_total_mismatch"]);
    expect(checkNarrative(s(3))[0]?.message).toBe("Tổng các thành phần 3 + 1 + 3 = 7 vượt tổng số 6.");
  });

  it("bands of a rate split the whole; overlapping criteria and nesting bands do not", () => {
    const bands = (c: number) => `Trong đó, có 28/63 tỉnh có tỷ lệ tiêm đạt trên 70%; 23/63 tỉnh có tỷ lệ tiêm từ 50% đến dưới 70%; ${c}/63 tỉnh có tỷ lệ tiêm đạt dưới 50%.`;
    expect(errors(bands(12))).toEqual([]);
    expect(errors(bands(13))).toEqual(["parts_exceed_total"]);
    expect(errors("Có 50/63 tỉnh đã kết nối, 45/63 tỉnh đã số hóa hồ sơ.")).toEqual([]);
    expect(errors("Có 5/9 huyện đạt tỷ lệ này dưới 3% và cả 9/9 huyện đạt tỷ lệ dưới 10%.")).toEqual([]);
    expect(errors("Có 5/40 tỉnh đạt tỷ lệ trên 90%, 11/40 tỉnh đạt từ 70% đến 90% và 24/40 tỉnh đạt dưới 70%.")).toEqual([]);
  });

  it("reads the last band within its sentence: what the next sentence or paragraph says changes nothing", () => {
    // Found by the pieces property (segments.test.ts): the last band was read 80 characters on,
    // into the next paragraph, whose "trên VNeID" made two bands "above"; a text cut between the
    // two paragraphs gave the finding, the whole text did not.
    const list = "Trong số đó, có 17/97 trường có tỷ lệ trên 95%, 25/97 trường đạt từ 80% đến 95%, 60/97 trường đạt tỷ lệ dưới 80%.";
    for (const next of ["", "\nPhối hợp rà soát các giấy tờ đã tích hợp trên VNeID để đề xuất cắt giảm.", " Hơn nữa, trên địa bàn còn 3 trường chưa có mạng."]) {
      expect(errors(list + next)).toContain("parts_exceed_total");
    }
  });
});

describe("a share whose whole is written before it", () => {
  it("reads a rate named by the part's own words, and a cut (not rounded) last decimal", () => {
    const s = (z: string) => `Đã tiếp nhận 949.416 tố giác, tin báo tội phạm, trong đó đã giải quyết 866.140 tố giác, tin báo tội phạm, tỷ lệ giải quyết đạt ${z}%, góp phần nâng cao hiệu quả.`;
    expect(errors(s("91,23"))).toEqual([]);
    expect(errors(s("91,22"))).toEqual([]);
    const [f] = checkNarrative(s("97,22"));
    expect(f?.code).toBe("percent_mismatch");
    expect(f?.message).toBe("Tỷ lệ ghi 97,22% không khớp với 866.140/949.416 = 91,23%.");
    expect(errors("Tiếp nhận 5.000 hồ sơ, đã giải quyết 4.000 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 45%.")).toEqual([]);
  });

  it("reads the counted thing named before the figure, across ';'", () => {
    const s = (z: string) => `Tổng số cử tri của cả nước là 76.516.637; số cử tri đã tham gia bỏ phiếu là: 76.043.527 (đạt tỉ lệ ${z}%).`;
    expect(errors(s("99,38"))).toEqual([]);
    expect(errors(s("97,38"))).toEqual(["percent_mismatch"]);
  });

  it("leaves a share counted against a base of its own", () => {
    expect(errors("Tổng số việc phải thi hành là 4.147 việc; số việc có điều kiện là 2.311 việc, đạt 62,5% so với cùng kỳ.")).toEqual([]);
    expect(errors("Đã cấp 50.000 thẻ căn cước. Trong đó, cấp cho trẻ em 12.000 thẻ (chiếm 45% dân số dưới 14 tuổi).")).toEqual([]);
  });
});
