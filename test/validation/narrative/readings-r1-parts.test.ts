import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";

// Brief r1 (parts against their total): shapes grouped from the tune misses of real sets 3, 6, 8,
// 9 and 10 (readings/totals.ts and small hooks in breakdowns.ts). Each sentence as published stays
// quiet; its mutated twin is caught on the changed figure by a code of the parts family.
const PARTS = ["parts_exceed_total", "parts_total_mismatch", "split_total_mismatch", "part_exceeds_whole"];
const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => `${f.code} ${f.excerpt}`);
const caughtOn = (text: string, figure: string): boolean => alarmsOf(checkNarrative(text)).some((f) => PARTS.includes(f.code) && f.excerpt.includes(figure));

/** [page, sentence as published, the figure as published, the figure as mutated] */
const CASES: readonly (readonly [string, string, string, string])[] = [
  // A total's asides in closed parentheses, then "; trong đó" (set 9).
  [
    "http://www6.vnmedia.vn/du-lich/201706/luong-khach-du-lich-tai-nhieu-dia-phuong-tang-cao-569422/",
    "Theo đó Hà Nội đón 1.651.306 lượt khách (tăng 7% so với cùng kỳ năm 2016); trong đó, khách quốc tế đạt 294.000 lượt (tăng 10% so với cùng kỳ năm 2016), khách nội địa đạt 1.357.306 lượt (tăng 6% so với cùng kỳ năm 2016); tổng thu từ khách du lịch đạt 4,894 tỷ đồng (tăng 12% so với cùng kỳ năm 2016).",
    "294.000",
    "249.000",
  ],
  // The total's change closed by ";" before "trong đó" (set 6).
  [
    "https://ngaymoionline.com.vn/print/bac-ninh-giai-quyet-viec-lam-moi-tang-so-voi-cung-ky-12715.html",
    "Đến nay, toàn tỉnh có 735,2 nghìn lao động đang làm việc trong các ngành kinh tế, tăng 2,6% so cùng kỳ; trong đó khu vực công nghiệp - xây dựng có 373,7 nghìn lao động, tăng 3%; khu vực dịch vụ có 240,1 nghìn lao động, tăng 3,4%; lao động trong lĩnh vực nông lâm thủy sản tiếp tục giảm (-3%)…",
    "240,1",
    "420,1",
  ],
  // A total of two nouns joined ("cán bộ, công chức"), written as a fraction (set 8).
  [
    "https://baolamdong.vn/toasoan-bandoc/202109/7256-cong-chuc-cap-xa-co-trinh-do-dai-hoc-sau-dai-hoc-3077610/",
    "Toàn tỉnh đã bố trí 2.813/3.050 cán bộ, công chức, trong đó có 1.483 cán bộ chuyên trách và 1.330 công chức cấp xã.",
    "1.330",
    "1.390",
  ],
  // Complements: xuất khẩu/nhập khẩu (set 3), nhập cảnh/trong nước (set 10).
  [
    "http://nhipsongkinhte.toquoc.vn/10-dia-phuong-xuat-sieu-lon-nhat-10-thang-dau-nam-2022-20221119115445123.htm",
    "Tính chung 10 tháng đầu năm 2022, tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt 616,24 tỷ USD, tăng 14,1% so với cùng kỳ năm trước. Trong đó, kim ngạch xuất khẩu đạt 312,82 tỷ USD, tăng 15,9% và kim ngạch nhập khẩu đạt 303,42 tỷ USD, tăng 12,2% so với cùng kỳ năm 2021.",
    "616,24",
    "661,24",
  ],
  [
    "https://muctim.tuoitre.vn/ca-nuoc-chi-ghi-nhan-them-4589-ca-mac-moi-trong-ngay-289-64645.htm",
    "Như vậy, tính đến nay, cả nước 770.640 ca nhiễm trong đó có 2.960 ca nhập cảnh và 767.680 ca nhiễm trong nước.",
    "2.960",
    "2.690",
  ],
];

describe("parts against their total, shapes of real tune sentences (brief r1)", () => {
  for (const [page, text, was, now] of CASES) {
    it(`stays quiet on the sentence as published and catches ${was} → ${now} (${page})`, () => {
      expect(alarms(text)).toEqual([]);
      const mutated = text.replace(was, now);
      expect(mutated).not.toBe(text);
      expect(caughtOn(mutated, now)).toBe(true);
    });
  }

  it("leaves alone a partial list, a net figure's terms and a share after the total's asides", () => {
    expect(alarms("Trong quý, toàn tỉnh tiếp nhận 8.000 hồ sơ (tăng 12% so với cùng kỳ); trong đó, hồ sơ trực tuyến 3.000 hồ sơ (chiếm 37,5%).")).toEqual([]);
    expect(alarms("Năm 2020, toàn tỉnh cấp 30.000 phiếu LLTP (tăng 5% so với năm trước), trong đó có 8.000 Phiếu số 2 cấp cho công dân cư trú ngoài tỉnh.")).toEqual([]);
    expect(alarms("Tính chung 10 tháng, cán cân thương mại hàng hóa xuất siêu 9,4 tỷ USD. Trong đó, xuất khẩu đạt 300,2 tỷ USD và nhập khẩu đạt 290,8 tỷ USD.")).toEqual([]);
    expect(alarms("Toàn huyện có 2.000 cán bộ, công chức, viên chức, trong đó có 450 cán bộ, công chức cấp xã.")).toEqual([]);
  });
});
