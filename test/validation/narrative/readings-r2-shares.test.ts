import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";

// Brief r2 (a part against its whole, shares): shapes grouped from the misses of the tune halves
// of real sets 2–10. Each sentence as published stays quiet, each wrong twin (one figure changed,
// as in the set) is caught on the changed figure, and each trap stays quiet.
const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => `${f.code} ${f.excerpt}`);
const caughtOn = (text: string, figure: string, code: string): boolean => alarmsOf(checkNarrative(text)).some((f) => f.code === code && f.excerpt.includes(figure));

describe("a period's figure and the running total it brings up ('nâng … lên/đạt')", () => {
  it("reads 'nâng tổng số … lên b' after the part (tienphong.vn/xa-hoi/quy-vi-nguoi-ngheo-dat-gan-1800-ty-dong-97469.tpo, set 9)", () => {
    const right = "Theo báo cáo chưa đầy đủ, 8 tháng đầu năm, MTTQ các cấp đã xây dựng và sửa chữa được trên 16.000 căn nhà cho người nghèo, góp phần nâng tổng số nhà được xây dựng và sửa chữa trong cả nước kể từ khi phát động lên trên 742.000 căn.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("16.000", "816.000"), "816.000", "part_exceeds_whole")).toBe(true);
  });

  it("reads 'nâng khối lượng … ước đạt b' past another measure and a span of months (data.vdsc.com.vn …xuat-khau-gao-giam-ca-luong-va-gia-tri-118-333726.htm, set 10)", () => {
    const right = "Theo thông tin từ Bộ NN&PTNT, trong tháng 2, khối lượng gạo XK ước đạt 333 nghìn tấn, giá trị 154 triệu USD, nâng khối lượng XK gạo 2 tháng đầu năm 2014 ước đạt 702 nghìn tấn và 330 triệu USD, giảm 12,3% về lượng và giảm 8,4% về giá trị so với cùng kỳ năm trước.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("333 nghìn", "733 nghìn"), "733", "part_exceeds_whole")).toBe(true);
  });

  it("leaves alone a plan or last year's level before 'lũy kế', 'nâng … từ a lên b', 'nâng cấp' and a rate as the total", () => {
    expect(alarms("Kế hoạch thu ngân sách năm là 6.500 tỷ đồng; lũy kế 9 tháng đạt 4.100 tỷ đồng, bằng 63,1% kế hoạch.")).toEqual([]);
    expect(alarms("Cùng kỳ năm trước xuất khẩu được 1.020 nghìn tấn; lũy kế 4 tháng năm nay đạt 702 nghìn tấn.")).toEqual([]);
    expect(alarms("Tổng thu quỹ năm nay đạt 7.300 triệu đồng; Hội nghị thống nhất nâng mức đóng góp từ 2.000 đồng lên 3.000 đồng mỗi hội viên.")).toEqual([]);
    expect(alarms("Toàn huyện có 620 km đường giao thông nông thôn, năm nay nâng cấp 45 km đường xã.")).toEqual([]);
    expect(alarms("Trong quý, công an tỉnh kích hoạt 52.000 tài khoản định danh điện tử, nâng tỷ lệ kích hoạt lên 81,5%.")).toEqual([]);
  });
});

describe("a share in bare parentheses after a count of a whole opened by 'trong (tổng số)'", () => {
  it("reads 'trong tổng số b …, có a (p%) bệnh nhân' (doan.edu.vn/do-an/phoi-hop-hoat-dong-giua-2-chuong-trinh-lao-va-hiv-…-54163, set 5)", () => {
    const right = "Kết quả: Từ 2006 - 2013, trong tổng số 101.150 bệnh nhân lao đăng ký điều trị trong CTCLQG tại thành phố Hồ Chí Minh, có 92.792 (91,7%) bệnh nhân đã nhận PITC. Số bệnh nhân lao có HIV dương tính là 12.963 (12,8%).";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("(91,7%)", "(97,1%)"), "97,1%", "percent_mismatch")).toBe(true);
  });

  it("reads each 'a X (p%)' of 'trong b X' in a series (binhlieu.quangninh.gov.vn/Trang/ChiTietBVGioiThieu.aspx?bvid=70, set 6)", () => {
    const right = "Đến nay, trong 97 thôn/bản của huyện Bình Liêu thì dân tộc Tày phân bố tập trung chủ yếu ở 46 thôn/bản (47,42%); dân tộc Dao phân bố chủ yếu tại 36 thôn/bản (37,11%); dân tộc Sán Chay (nhóm Sán Chỉ) phân bố chủ yếu ở 15 thôn/bản (15,46%).";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("(15,46%)", "(14,56%)"), "14,56%", "percent_mismatch")).toBe(true);
  });

  it("leaves alone a share of a nested whole, a change's share and a share that names its own base", () => {
    expect(alarms("Trong 1.000 hộ được khảo sát, có 600 hộ có việc làm ổn định, trong đó 300 hộ (50%) có thu nhập khá.")).toEqual([]);
    expect(alarms("Trong 1.000 doanh nghiệp được khảo sát, có 600 doanh nghiệp (60%) hoạt động có lãi, tăng 30 doanh nghiệp (5,3%) so với năm trước.")).toEqual([]);
    expect(alarms("Trong 500 thí sinh dự thi, có 120 thí sinh đạt giải (40% số giải của khu vực).")).toEqual([]);
  });
});

describe("a share that names its whole as a total ('chiếm p% tổng mức')", () => {
  it("checks it against the count written as that total in the sentence before (sggp.org.vn/suc-mua-tieu-dung-tiep-tuc-tang-post487257.html, set 10)", () => {
    const right = "Tính chung 7 tháng đầu năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 2.493.400 tỷ đồng, tăng 11,1% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá tăng 8,4% (cùng kỳ năm 2017 tăng 7,98%).\nXét theo ngành hoạt động, doanh thu bán lẻ hàng hóa 7 tháng năm nay ước tính đạt 1.875.000 tỷ đồng, chiếm 75,2% tổng mức và tăng 11,7% so với cùng kỳ năm trước.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("75,2%", "72,5%"), "72,5%", "percent_mismatch")).toBe(true);
  });

  it("leaves alone a share of a total other than the one written (baokhanhhoa.vn/xa-hoi/202004/so-tu-phap-quy-i-luong-ho-so-truc-tuyen-tang-gan-25-lan-8158051, set 6)", () => {
    expect(alarms("Cụ thể, quý I năm nay, số lượng hồ sơ trực tuyến mức độ 3, 4 của sở đạt 113 hồ sơ, chiếm 5,58% tổng số hồ sơ phát sinh; tổng số tiếp nhận đạt 1.983 hồ sơ.")).toEqual([]);
    expect(alarms("Hiện tại có 174 thư viện đạt chuẩn, chiếm trên 55% tổng số thư viện. Trong đó, tiểu học có 118 thư viện.")).toEqual([]);
  });
});
