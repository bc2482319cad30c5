import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";

// Brief r5 (parts against a total, recall on real prose): shapes grouped from the tune misses of
// real sets 2–10. Each right sentence stays quiet; its wrong twin is caught on the changed figure
// by a code of the parts family.
const PARTS = ["parts_exceed_total", "parts_total_mismatch", "split_total_mismatch", "part_exceeds_whole"];
const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => `${f.code} ${f.excerpt}`);
const found = (text: string, figure: string): string[] =>
  alarmsOf(checkNarrative(text)).filter((f) => PARTS.includes(f.code) && f.excerpt.includes(figure)).map((f) => f.code);

describe("a total split in its own parenthesis, then again in the next sentence", () => {
  const right = "+ Lào Cai: 179 người (gồm 98 người chết, 81 người mất tích). Trong đó, Bảo Yên 110 người, Sa Pa 9 người, Bát Xát 17 người, Si Ma Cai 7 người, Bắc Hà 34 người, Văn Bàn 2 người.";

  it("stays quiet when the places add up to the total", () => {
    expect(alarms(right)).toEqual([]);
  });

  it("reports the places' sum above the total (Bắc Hà 34 → 43)", () => {
    expect(found(right.replace("Bắc Hà 34", "Bắc Hà 43"), "Bắc Hà 43")).toEqual(["parts_exceed_total"]);
  });

  it("reads the same shape in other words: pupils split by level, then by district", () => {
    const text = (x: number): string => `Năm học 2023, toàn tỉnh có 466 học sinh bỏ học (252 học sinh tiểu học, 214 học sinh trung học cơ sở). Trong đó, huyện Văn Bàn ${x} học sinh, huyện Lục Yên 150 học sinh, huyện Văn Chấn 149 học sinh.`;
    expect(alarms(text(167))).toEqual([]);
    expect(found(text(196), "196")).toEqual(["parts_exceed_total"]);
  });

  it("stays quiet when the next sentence names only a few of the parts", () => {
    expect(alarms("+ Yên Bái: 44 người (gồm 42 người chết, 2 người mất tích). Trong đó, thành phố Yên Bái 21 người.")).toEqual([]);
    expect(alarms("Mưa lũ làm 60 người thương vong (19 người chết, 41 người bị thương). Trong đó, 12 người chết do lũ quét.")).toEqual([]);
  });
});

describe("a list of parts that goes on into a sibling sentence", () => {
  const cargo = (x: string): string => `Tổng thị trường hàng hóa ước đạt 483.000 tấn, giảm 26% so với cùng kỳ 2022. Trong đó, hàng hóa quốc tế đạt 405.000 tấn, giảm 30% so với cùng kỳ 2022. Hàng hóa nội địa đạt ${x} tấn, tăng 10% so với cùng kỳ 2022.`;

  it("compares an estimated total with its rounding: 405.000 + 77.600 meets 'ước đạt 483.000'", () => {
    expect(alarms(cargo("77.600"))).toEqual([]);
  });

  it("reports the sibling sentence's part that takes the sum over the total (77.600 → 87.600)", () => {
    expect(found(cargo("87.600"), "87.600")).toEqual(["parts_exceed_total"]);
  });

  it("holds a round estimate to its figure, not to ± half its last digit ('ước tính đạt 400 nghìn tỷ')", () => {
    const retail = (x: string): string => `Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 4 ước tính đạt 400 nghìn tỷ đồng, tăng 2,3% so với tháng trước. Trong đó, doanh thu bán lẻ hàng hóa đạt 306,6 nghìn tỷ đồng, tăng 2,2% so với tháng trước. Doanh thu dịch vụ lưu trú, ăn uống đạt ${x} nghìn tỷ đồng, tăng 9,9%; doanh thu du lịch lữ hành đạt 3,6 nghìn tỷ đồng, tăng 13,2%; doanh thu dịch vụ khác đạt 42,1 nghìn tỷ đồng, tăng 6,8%.`;
    expect(alarms(retail("47,7"))).toEqual([]);
    expect(found(retail("74,7"), "74,7")).toEqual(["parts_exceed_total"]);
  });

  it("steps over a dated aside after the total, and reads the parts on into the next sentence", () => {
    const people = (x: string): string => `Huyện có 6 dân tộc cùng chung sống, với tổng số dân là 52.899 người (theo tổng điều tra dân số 01/04/2009). Trong đó người Hmong là 27.324 (51,65%). Người Dao ${x} (23,04%), người Kinh 9.472 (17,91%), người Tày 2.507 (4,74%), người Giáy 720 (1,36%).`;
    expect(alarms(people("12.189"))).toEqual([]);
    expect(found(people("21.189"), "21.189")).toEqual(["parts_exceed_total"]);
  });

  it("does not read a part of the first part, or another head word, as a sibling", () => {
    expect(alarms("Toàn tỉnh ước đón 30.000 lượt khách. Trong đó, khách quốc tế đạt 18.000 lượt. Khách quốc tế đến từ Hàn Quốc đạt 9.000 lượt.")).toEqual([]);
    expect(alarms("Toàn tỉnh có 500 doanh nghiệp thành lập mới. Trong đó, doanh nghiệp tư nhân 300 doanh nghiệp. Có 650 doanh nghiệp quay lại hoạt động.")).toEqual([]);
  });

  it("still stops a list at its own sentence when the next one opens with another word", () => {
    const text = "Tổng thị trường hàng hóa đạt 483.000 tấn. Trong đó, hàng hóa quốc tế đạt 405.000 tấn. Vận tải nội địa đạt 87.600 tấn.";
    expect(found(text, "87.600")).toEqual([]);
  });
});

describe("a classification opened by 'Chia theo …,' or 'Phân theo …,', and the three sectors as a whole", () => {
  const retail = (total: string): string => `Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh tháng 8 đạt trên ${total} tỷ đồng. Chia theo loại hình kinh tế, khu vực kinh tế Nhà nước đạt trên 214 tỷ đồng, tăng 7,3%; khu vực kinh tế ngoài Nhà nước đạt gần 5.310 tỷ đồng, tăng trên 11%; khu vực kinh tế có vốn đầu tư nước ngoài đạt 11,4 tỷ đồng, giảm 4%.`;

  it("stays quiet when the three sectors add up to the total", () => {
    expect(alarms(retail("5.530"))).toEqual([]);
  });

  it("reports a total the three sectors do not reach (5.530 → 5.830)", () => {
    expect(found(retail("5.830"), "5.830")).toEqual(["parts_total_mismatch"]);
  });

  it("reads 'Phân theo …:' and 'Phân theo …,' alike, with the sectors named by 'vốn đầu tư trực tiếp nước ngoài'", () => {
    const invest = (x: string, sep: string): string => `Vốn đầu tư thực hiện trên địa bàn quý 2 đạt 14.200 tỷ đồng. Phân theo nguồn vốn${sep} vốn khu vực Nhà nước 3.100 tỷ đồng; vốn khu vực ngoài Nhà nước ${x} tỷ đồng; vốn khu vực có vốn đầu tư trực tiếp nước ngoài 2.600 tỷ đồng.`;
    for (const sep of [":", ","]) {
      expect(alarms(invest("8.500", sep))).toEqual([]);
      expect(found(invest("7.500", sep), "7.500")).toEqual(["parts_total_mismatch"]);
      expect(found(invest("9.500", sep), "9.500")).toEqual(["parts_exceed_total"]);
    }
  });

  it("stays quiet on two sectors of three, or on a classification that names a few classes", () => {
    expect(alarms("Tổng mức bán lẻ hàng hóa trên địa bàn tỉnh đạt 5.000 tỷ đồng. Chia theo loại hình kinh tế, khu vực kinh tế Nhà nước đạt 300 tỷ đồng; khu vực kinh tế ngoài Nhà nước đạt 4.600 tỷ đồng.")).toEqual([]);
    expect(alarms("Doanh thu dịch vụ tiêu dùng quý 3 đạt 5.000 tỷ đồng. Phân theo ngành hoạt động, thương nghiệp đạt 4.000 tỷ đồng, dịch vụ lưu trú, ăn uống đạt 600 tỷ đồng.")).toEqual([]);
  });
});

describe("a total named by 'tổng …' after an earlier list marker of its sentence", () => {
  const dti = (x: string): string => `DTI cấp quốc gia gồm 12 chỉ số chia thành 3 trụ cột chính với tổng điểm 1.000; trong đó Chính phủ số ${x} điểm, Kinh tế số 300 điểm và Xã hội số 300 điểm.`;

  it("stays quiet when the pillars add up to the total", () => {
    expect(alarms(dti("400"))).toEqual([]);
  });

  it("reports pillars above the named total (400 → 500)", () => {
    expect(found(dti("500"), "500")).toEqual(["parts_exceed_total"]);
  });

  it("reads 'tổng số' the same way, in other words", () => {
    const medals = (x: number): string => `Đoàn thể thao của tỉnh gồm 120 vận động viên, giành tổng số 96 huy chương; trong đó 30 huy chương vàng, ${x} huy chương bạc và 28 huy chương đồng.`;
    expect(alarms(medals(38))).toEqual([]);
    expect(found(medals(58), "58")).toEqual(["parts_exceed_total"]);
  });

  it("still reads the last part of an earlier list, with no 'tổng', as no total", () => {
    expect(alarms("Toàn tỉnh có 2.268 thủ tục hành chính gồm 1.500 thủ tục cấp tỉnh, 634 thủ tục cấp huyện, 134 thủ tục cấp xã; trong đó 2.400 lượt hồ sơ được giải quyết trực tuyến.")).toEqual([]);
  });
});
