import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";

// Brief r3: shapes of list counts grouped from the tune misses of real sets 3, 9 and 10. Each
// sentence as published stays quiet; its one-figure mutation (as in the set) is caught on the
// changed figure.
const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => f.code);
const caughtOn = (text: string, figure: string): boolean => alarmsOf(checkNarrative(text)).some((f) => f.code === "list_count_mismatch" && f.excerpt.includes(figure));

describe("a count written as the part of a fraction after 'có'", () => {
  it("reads 'Có a/b tỉnh, thành phố đã qua 14 ngày …: A, B, …' (muctim.tuoitre.vn, real set 10)", () => {
    // https://muctim.tuoitre.vn/ca-nuoc-chi-ghi-nhan-them-4589-ca-mac-moi-trong-ngay-289-64645.htm
    const right = "Có 14/62 tỉnh, thành phố đã qua 14 ngày không ghi nhận trường hợp nhiễm mới trong nước: Bắc Kạn, Tuyên Quang, Lai Châu, Hòa Bình, Yên Bái, Hà Giang, Thái Nguyên, Điện Biên, Hải Phòng, Phú Thọ, Ninh Bình, Nam Định, Thái Bình, Lạng Sơn.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("14/62", "15/62"), "15/62")).toBe(true);
  });

  it("reads 'Có a/b quận huyện và TP Thủ Đức … gồm …', the name after 'và' listed too (thegioitiepthi.danviet.vn, real set 9)", () => {
    // https://thegioitiepthi.danviet.vn/nhieu-tre-sot-xuat-huyet-nguy-kich-tu-vong-vi-khong-co-trieu-chung-chan-doan-nham-20220727061415761.htm
    const right = "Có 12/22 quận huyện và TP Thủ Đức có số ca sốt xuất huyết tăng ở mức cao gồm quận 1, 3, 4, 5, 6, 7, 10, Bình Tân, Bình Thạnh, Phú Nhuận, Tân Bình, huyện Cần Giờ và TP.Thủ Đức.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("12/22", "11/22"), "11/22")).toBe(true);
  });

  it("leaves alone 'Đạt a/b tiêu chí:' (the list may name the whole)", () => {
    expect(alarms("Đạt 6/7 tiêu chí: hạ tầng, nhân lực, dữ liệu, dịch vụ, an ninh.")).toEqual([]);
  });
});

describe("a span of time between the count and its list", () => {
  it("reads 'n tỉnh, thành phố … trong 14 ngày qua: A, B, …' (thanhnien.vn, real set 10)", () => {
    // https://thanhnien.vn/thoi-su/ngay-259-ca-nuoc-them-9682-benh-nhan-covid-19-so-ca-tu-vong-tai-tphcm-thap-nhat-trong-1-thang-qua-1454836.html
    const right = "5 tỉnh, thành phố không có ca lây nhiễm thứ phát trên địa bàn trong 14 ngày qua: Quảng Ninh, Lào Cai, Hà Tĩnh, Kon Tum, Hải Dương.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("5 tỉnh", "6 tỉnh"), "6")).toBe(true);
  });

  it("reads 'n địa phương … trong 10 tháng đầu năm 2022 gồm có: …' (nhipsongkinhte.toquoc.vn, real set 3)", () => {
    // http://nhipsongkinhte.toquoc.vn/10-dia-phuong-xuat-sieu-lon-nhat-10-thang-dau-nam-2022-20221119115445123.htm
    const right = "Xét trong 63 tỉnh, thành 10 địa phương xuất siêu lớn nhất trong 10 tháng đầu năm 2022 gồm có: Thái Nguyên, Bình Dương, Bắc Ninh, Đồng Nai, Hải Phòng, Tiền Giang, Hải Dương, Long An, Bình Phước và Tây Ninh.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("10 địa phương", "12 địa phương"), "12")).toBe(true);
  });

  it("does not count a list with the span itself", () => {
    expect(alarms("Trong 5 tháng đầu năm, các địa phương có số vụ tăng gồm: Bắc Kạn, Tuyên Quang, Lai Châu và Hòa Bình.")).toEqual([]);
  });
});

describe("a long noun phrase between the count and 'gồm:'", () => {
  it("reads 'Top n tỉnh, thành có … năm 2021 gồm: A (p%), …' (tintucnew24hvn.com, real set 7)", () => {
    // https://tintucnew24hvn.com/nam-dinh-nam-trong-top-10-tinh-thanh-co-toc-do-tang-thu-nhap-binh-quan-nhanh-nhat-ca-nuoc-trong-gan-20-nam-qua/
    const right = "Top 10 tỉnh, thành có tốc độ tăng thu nhập bình quân đầu người cao nhất cả nước năm 2021 gồm: Thừa Thiên – Huế (9,71%), Ninh Bình (9,63%), Bạc Liêu (8,71%), Hà Nam (8,54%), Nam Định (7,72%), Phú Thọ (7,71%), Lạng Sơn (7,46%), Lai Châu (7,18%), Cà Mau (7,07%) và Tuyên Quang (7,03%).";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("Top 10", "Top 12"), "12")).toBe(true);
  });
});
