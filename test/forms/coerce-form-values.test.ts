import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coerceFormValues } from "../../src/forms/index.js";
import { formatViNumber } from "../../src/format/number.js";

const one = (id: string, text: unknown, options = {}) => coerceFormValues({ [id]: text }, options);

describe("coerceFormValues: counts", () => {
  it.each([
    ["976", 976],
    ["1.234", 1234],
    ["3.454.035", 3454035],
    ["  1.234  ", 1234],
    ["1\u00a0234", 1234],
    ["1 234 567", 1234567],
    ["02", 2],
    ["0", 0],
    ["976 hồ sơ", 976],
    ["1,234,567", 1234567],
    ["1.234".normalize("NFD"), 1234],
  ])("reads %j as %d", (text, value) => {
    const r = one("hs.tiep_nhan", text);
    expect(r.problems).toEqual([]);
    expect(r.values).toEqual({ "hs.tiep_nhan": value });
  });

  it.each([
    ["12,5", "form_value_not_integer"],
    ["1,234", "form_value_not_integer"],
    ["1.4", "form_value_not_integer"],
    ["1,5 triệu", "form_value_rounded"],
    ["2 nghìn", "form_value_rounded"],
    ["-3", "form_value_negative"],
    ["45%", "form_value_percent"],
    ["abc", "form_value_not_number"],
    ["12a", "form_value_not_number"],
    ["3.002648", "form_value_not_number"],
    ["1.23.456", "form_value_not_number"],
    ["١٢", "form_value_not_number"],
    ["99999999999999999999", "form_value_too_large"],
    ["có", "form_value_not_number"],
  ])("rejects %j with %s, naming the field and returning the input", (text, code) => {
    const r = one("hs.tiep_nhan", text);
    expect(r.values).toEqual({});
    expect(r.rejected).toEqual({ "hs.tiep_nhan": text });
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.code).toBe(code);
    expect(p.severity).toBe("error");
    expect(p.path).toEqual(["values", "hs.tiep_nhan"]);
    expect(p.input).toBe(text);
    expect(p.field).toEqual({
      id: "hs.tiep_nhan",
      label: "Số hồ sơ tiếp nhận trong kỳ",
      labelEn: "Applications received in the period",
      section: "3",
      sectionTitle: "Về cải cách thủ tục hành chính",
      item: "3.1",
      itemTitle: "Kết quả thực hiện",
    });
    expect(p.message).toContain("“Số hồ sơ tiếp nhận trong kỳ”");
    expect(p.message).not.toContain("hs.tiep_nhan");
  });

  it("says what is wrong, in Vietnamese by default and in English on request", () => {
    expect(one("hs.tiep_nhan", "12,5").problems[0]?.message).toBe(
      "“Số hồ sơ tiếp nhận trong kỳ” là số đếm, cần số nguyên nhưng ghi “12,5” (dấu phẩy là dấu thập phân; nhóm nghìn bằng dấu chấm: 1.234).",
    );
    expect(one("hs.tiep_nhan", "abc").problems[0]?.message).toBe("“Số hồ sơ tiếp nhận trong kỳ”: “abc” không phải là số.");
    expect(one("hs.tiep_nhan", "abc", { locale: "en" }).problems[0]?.message).toBe("“Applications received in the period”: “abc” is not a number.");
  });

  it("leaves an empty field out: not filled is not zero", () => {
    const r = coerceFormValues({ "hs.tiep_nhan": "", "hs.da_giai_quyet": "   ", "hs.dung_han": "0" });
    expect(r).toEqual({ values: { "hs.dung_han": 0 }, stated: {}, problems: [], rejected: {} });
  });

  it("reads back every count written the Vietnamese way (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const r = one("hs.tiep_nhan", formatViNumber(n));
        return r.problems.length === 0 && r.values["hs.tiep_nhan"] === n;
      }),
    );
  });
});

describe("coerceFormValues: amounts, yes/no, ratios, scores", () => {
  it.each([
    ["157,9 tỷ", 157_900_000_000],
    ["1,5 triệu đồng", 1_500_000],
    ["2.000.000 đ", 2_000_000],
    ["2.000.000 đồng", 2_000_000],
    ["12 nghìn tỷ", 12_000_000_000_000],
    ["500", 500],
  ])("reads the amount %j as %d đồng", (text, value) => {
    const r = one("kp.de_xuat", text);
    expect(r.problems).toEqual([]);
    expect(r.values["kp.de_xuat"]).toBe(value);
  });

  it("reads back amounts and ratios written the Vietnamese way, ratios with their precision (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (amount, hundredths, decimals) => {
        const ratio = hundredths / 1000;
        const r = coerceFormValues({ "kp.de_xuat": `${formatViNumber(amount)} đồng`, "tl.ho_so_dung_han": `${formatViNumber(ratio, decimals)}%` });
        expect(r.problems).toEqual([]);
        expect(r.values["kp.de_xuat"]).toBe(amount);
        expect(r.stated["tl.ho_so_dung_han"]).toMatchObject({ value: Number(ratio.toFixed(decimals)), decimals });
      }),
    );
  });

  it("rejects an amount with a fraction of a đồng", () => {
    expect(one("kp.de_xuat", "12,5").problems[0]?.message).toBe(
      "“Kinh phí đề xuất triển khai Đề án 06, khoa học công nghệ, chuyển đổi số”: “12,5” có phần lẻ; số tiền ghi bằng đồng, không có phần lẻ.",
    );
  });

  it.each([
    ["có", true],
    ["Có", true],
    ["CÓ".normalize("NFD"), true],
    ["co", true],
    ["đã", true],
    ["true", true],
    ["1", true],
    ["không", false],
    ["Không", false],
    ["khong", false],
    ["chưa", false],
    ["false", false],
    ["0", false],
  ])("reads the yes/no %j as %s", (text, value) => {
    const r = one("cnscd.da_thanh_lap", text);
    expect(r.problems).toEqual([]);
    expect(r.values["cnscd.da_thanh_lap"]).toBe(value);
  });

  it("rejects a yes/no it cannot read", () => {
    const r = one("cnscd.da_thanh_lap", "có lẽ");
    expect(r.problems[0]).toMatchObject({ code: "form_value_not_yes_no", message: "“Đã thành lập Tổ công nghệ số cộng đồng cấp xã” cần ghi “có” hoặc “không”, nhưng ghi “có lẽ”." });
    expect(r.rejected).toEqual({ "cnscd.da_thanh_lap": "có lẽ" });
  });

  it("reads a ratio as the author states it, with its precision, into `stated`", () => {
    expect(one("tl.ho_so_dung_han", "99,7%").stated).toEqual({ "tl.ho_so_dung_han": { value: 99.7, decimals: 1, text: "99,7%" } });
    expect(one("tl.ho_so_dung_han", "100").stated).toEqual({ "tl.ho_so_dung_han": { value: 100, decimals: 0, text: "100%" } });
    expect(one("tl.ho_so_dung_han", "99,70").stated["tl.ho_so_dung_han"]?.decimals).toBe(2);
    const bad = one("tl.ho_so_dung_han", "gần hết");
    expect(bad.problems[0]).toMatchObject({ code: "form_value_not_number", path: ["stated", "tl.ho_so_dung_han"] });
  });

  it("reads a score, with its maximum when written 18/22", () => {
    expect(one("cs766.tong", "18/22").stated).toEqual({ "cs766.tong": { value: 18, decimals: 0, max: 22, text: "18/22" } });
    expect(one("cs766.tong", "85,5").stated).toEqual({ "cs766.tong": { value: 85.5, decimals: 1, text: "85,5" } });
    expect(one("cs766.tong", "18/").problems[0]?.code).toBe("form_value_not_number");
  });

  it("accepts numbers and booleans from a typed source too", () => {
    const r = coerceFormValues({ "hs.tiep_nhan": 976, "cnscd.da_thanh_lap": true, "tl.ho_so_dung_han": 99.7 });
    expect(r.values).toEqual({ "hs.tiep_nhan": 976, "cnscd.da_thanh_lap": true });
    expect(r.stated["tl.ho_so_dung_han"]).toMatchObject({ value: 99.7, decimals: 1 });
    expect(coerceFormValues({ "hs.tiep_nhan": 1.5 }).problems[0]?.code).toBe("form_value_not_integer");
    expect(coerceFormValues({ "hs.tiep_nhan": Number.NaN }).problems[0]?.code).toBe("form_value_not_number");
    expect(coerceFormValues({ "hs.tiep_nhan": true }).problems[0]?.code).toBe("form_value_not_number");
  });
});

describe("coerceFormValues: fields and bad input", () => {
  it("rejects unknown fields and fields of another level, naming them", () => {
    const r = coerceFormValues({ "khong.co": "1", "tthc.phi_dia_gioi": "3", "hs.tiep_nhan": "5", submit: "" }, { level: "xa" });
    expect(r.values).toEqual({ "hs.tiep_nhan": 5 });
    expect(r.rejected).toEqual({ "khong.co": "1", "tthc.phi_dia_gioi": "3" });
    expect(r.problems.map((p) => p.code)).toEqual(["form_field_unknown", "form_field_not_at_level"]);
    expect(r.problems[0]?.message).toBe("Ô “khong.co” không có trong danh mục số liệu.");
    expect(r.problems[1]?.message).toBe("“Số TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi cấp tỉnh” không báo cáo ở cấp xã.");
    expect(r.problems[1]?.field?.section).toBe("3");
    expect(coerceFormValues({ "tthc.phi_dia_gioi": "3" }, { level: "xa", locale: "en" }).problems[0]?.message).toBe(
      "“Procedures available regardless of administrative boundaries within the province” is not reported at commune level.",
    );
  });

  it("never throws and never loses input, whatever it is given (property)", () => {
    const ids = ["hs.tiep_nhan", "kp.de_xuat", "cnscd.da_thanh_lap", "tl.ho_so_dung_han", "cs766.tong", "x.y", "__proto__", "constructor"];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), fc.oneof(fc.string(), fc.anything())), (input) => {
        const before = JSON.stringify(input);
        const r = coerceFormValues(input, { level: "xa" });
        expect(JSON.stringify(input)).toBe(before);
        for (const key of Object.keys(input)) {
          const placed = Object.hasOwn(r.values, key) || Object.hasOwn(r.stated, key) || Object.hasOwn(r.rejected, key);
          const blank = input[key] === undefined || input[key] === null || (typeof input[key] === "string" && (input[key] as string).normalize("NFC").replace(/\u00a0/g, " ").trim() === "");
          expect(placed || blank).toBe(true);
        }
        expect(r.problems.length).toBe(Object.keys(r.rejected).length);
      }),
    );
  });

  it("reports input that is not an object of strings, and a hostile getter", () => {
    for (const bad of [null, "1.234", 42, [1, 2]]) {
      const r = coerceFormValues(bad as never);
      expect(r.problems.map((p) => p.code)).toEqual(["form_input_invalid"]);
    }
    const hostile = Object.defineProperty({}, "hs.tiep_nhan", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(coerceFormValues(hostile).problems[0]?.code).toBe("form_input_invalid");
  });
});
