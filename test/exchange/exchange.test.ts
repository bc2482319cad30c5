import { describe, expect, it } from "vitest";
import { csvCell, fromRows, rowsToCsv, ROW_COLUMNS, toDataValueSet, toRows, type FigureRow, type ReportFigures } from "../../src/exchange/index.js";
import { loadReport } from "../fixtures/index.js";

const dongCuu = loadReport("004-dong-cuu-2026-05");

const withFacts: ReportFigures = {
  unit: { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" },
  agency: { code: "so_y_te", name: "Sở Y tế" },
  period: "202605",
  values: { "hs.tiep_nhan": 1000, "cnscd.da_thanh_lap": true },
  stated: { "tl.ho_so_dung_han": { value: 99.7, decimals: 1, text: "99,7%" } },
  flags: { "hs.tiep_nhan": "estimated" },
  facts: { "dd.tai_khoan": { asOf: "2025-07-07", scope: "toàn tỉnh" } },
  breakdowns: [
    {
      id: "hs.tiep_nhan",
      dimension: "procedure",
      complete: false,
      parts: [
        { key: "khai_sinh", label: "Đăng ký khai sinh", value: 300 },
        { key: "cu_tru", label: "=cư trú", value: 200 },
      ],
    },
  ],
};

describe("toRows", () => {
  it("a commune's report: one row per element, counts and yes/no apart, stated figures with their precision", () => {
    const rows = toRows(dongCuu);
    expect(rows).toHaveLength(Object.keys(dongCuu.values).length + Object.keys(dongCuu.stated).filter((k) => !(k in dongCuu.values)).length);
    const received = rows.find((r) => r.element === "hs.tiep_nhan");
    expect(received).toMatchObject({ unit: "09487", unitName: "Xã Đông Cứu", level: "xa", agency: null, period: "202605", value: 976, yesNo: null, dimension: null });
    expect(rows.find((r) => r.element === "cnscd.da_thanh_lap")).toMatchObject({ value: null, yesNo: true });
    expect(rows.find((r) => r.element === "ho_tro.luot_nguoi_dan")).toMatchObject({
      value: null,
      statedValue: 1200,
      statedDecimals: 0,
      statedQualifier: "hơn",
      statedText: "hơn 1200",
    });
    for (const row of rows) expect(Object.keys(row)).toEqual(ROW_COLUMNS.map(([key]) => key));
  });

  it("flags, as-of dates, scope, agency and breakdown members", () => {
    const rows = toRows(withFacts);
    expect(rows.map((r) => [r.element, r.dimension, r.member, r.value])).toEqual([
      ["hs.tiep_nhan", null, null, 1000],
      ["cnscd.da_thanh_lap", null, null, null],
      ["tl.ho_so_dung_han", null, null, null],
      ["dd.tai_khoan", null, null, null],
      ["hs.tiep_nhan", "procedure", "khai_sinh", 300],
      ["hs.tiep_nhan", "procedure", "cu_tru", 200],
    ]);
    expect(rows[0]).toMatchObject({ agency: "so_y_te", flag: "estimated" });
    expect(rows[3]).toMatchObject({ asOf: "2025-07-07", scope: "toàn tỉnh" });
    expect(rows[4]).toMatchObject({ memberLabel: "Đăng ký khai sinh", complete: false });
  });
});

describe("rowsToCsv (RFC 4180, formula-safe)", () => {
  it("cells: null empty, empty text quoted, quotes doubled, formulas neutralised, numbers untouched", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell("")).toBe('""');
    expect(csvCell('Xã "Đông" Cứu, Hà Nội')).toBe('"Xã ""Đông"" Cứu, Hà Nội"');
    expect(csvCell("dòng\r\nhai")).toBe('"dòng\r\nhai"');
    for (const risky of ["=1+2", "+84", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(risky).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell("=1+2", false)).toBe("=1+2");
    expect(csvCell(-8)).toBe("-8");
    expect(csvCell(99.7)).toBe("99.7");
    expect(csvCell(false)).toBe("false");
  });

  it("each cell sits under its own column", () => {
    const row = Object.fromEntries(ROW_COLUMNS.map(([key], i) => [key, `c${i}`])) as unknown as FigureRow;
    const [header, line] = rowsToCsv([row]).split("\r\n");
    expect(line?.split(",")).toEqual(ROW_COLUMNS.map((_, i) => `c${i}`));
    expect(header?.split(",")).toEqual(ROW_COLUMNS.map(([, name]) => name));
  });

  it("a header of snake_case columns, CRLF line ends, one line per row; optional BOM", () => {
    const csv = rowsToCsv(toRows(withFacts));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "unit,unit_name,level,agency,period,element,dimension,member,member_label,complete,value,yes_no,stated_value,stated_decimals,stated_qualifier,stated_tolerance,stated_max,stated_text,flag,as_of,scope",
    );
    expect(lines[1]).toBe("24,Tỉnh Bắc Ninh,tinh,so_y_te,202605,hs.tiep_nhan,,,,,1000,,,,,,,,estimated,,");
    expect(lines[3]).toBe("24,Tỉnh Bắc Ninh,tinh,so_y_te,202605,tl.ho_so_dung_han,,,,,,,99.7,1,,,,\"99,7%\",,,");
    expect(lines[6]).toContain(",'=cư trú,");
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe("");
    expect(rowsToCsv([], { header: false })).toBe("");
    expect(rowsToCsv([], { bom: true }).startsWith("\uFEFFunit,")).toBe(true);
  });
});

describe("toDataValueSet (DHIS2)", () => {
  it("values as text, breakdown members as category option combos, agency as attribute option combo, flags as comments", () => {
    const { dataValueSet, problems } = toDataValueSet(withFacts, {
      dataSet: "DE06MONTHLY",
      completeDate: "2026-05-16",
      dataElements: { "hs.tiep_nhan": "fbfJHSPpUQD" },
      orgUnits: { "24": "ImspTQPwCqd" },
      categoryOptionCombos: { "procedure:khai_sinh": "HllvX50cXC0" },
    });
    expect(problems).toEqual([]);
    expect(dataValueSet).toEqual({
      dataSet: "DE06MONTHLY",
      completeDate: "2026-05-16",
      period: "202605",
      orgUnit: "ImspTQPwCqd",
      attributeOptionCombo: "so_y_te",
      dataValues: [
        { dataElement: "fbfJHSPpUQD", period: "202605", orgUnit: "ImspTQPwCqd", attributeOptionCombo: "so_y_te", value: "1000", comment: "estimated" },
        { dataElement: "cnscd.da_thanh_lap", period: "202605", orgUnit: "ImspTQPwCqd", attributeOptionCombo: "so_y_te", value: "true" },
        { dataElement: "fbfJHSPpUQD", period: "202605", orgUnit: "ImspTQPwCqd", categoryOptionCombo: "HllvX50cXC0", attributeOptionCombo: "so_y_te", value: "300" },
        { dataElement: "fbfJHSPpUQD", period: "202605", orgUnit: "ImspTQPwCqd", categoryOptionCombo: "procedure:cu_tru", attributeOptionCombo: "so_y_te", value: "200" },
      ],
    });
  });

  it("a 9-month period has no DHIS2 type: a problem, not a guess", () => {
    const r = toDataValueSet({ ...withFacts, period: "2026N9" });
    expect(r.dataValueSet).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([["period_not_dhis2", ["period"]]]);
    expect(r.problems[0]?.message).toBe(
      "Kỳ 2026N9 không có loại kỳ tương ứng trong DHIS2 (chỉ tháng, quý, 6 tháng, năm): không lập được tập giá trị dữ liệu.",
    );
  });
});

describe("fromRows: bad rows are problems, kept beside them", () => {
  const good = toRows(withFacts);
  const row0 = good[0] as FigureRow;

  it("reads integers that a database driver returns as text or bigint", () => {
    const { reports, problems } = fromRows([{ ...row0, value: "1000" }, { ...(good[4] as FigureRow), value: 300n }]);
    expect(problems).toEqual([]);
    expect(reports[0]?.values["hs.tiep_nhan"]).toBe(1000);
    expect(reports[0]?.breakdowns?.[0]?.parts).toEqual([{ key: "khai_sinh", label: "Đăng ký khai sinh", value: 300 }]);
  });

  it("each faulty cell has its problem and path; the row is rejected, the others read", () => {
    const bad = { ...row0, element: "HS tiếp nhận", value: -3, period: "202613" };
    const r = fromRows([bad, good[1], null]);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ["row_invalid", ["rows", 0, "period"]],
      ["row_invalid", ["rows", 0, "element"]],
      ["row_invalid", ["rows", 0, "value"]],
      ["row_invalid", ["rows", 2, "(row)"]],
    ]);
    expect(r.problems[2]?.message).toBe("Dòng 1: cột “value” cần số nguyên không âm trong giới hạn an toàn hoặc để trống, nhận được -3.");
    expect(fromRows([bad], { locale: "en" }).problems[2]?.message).toBe("Row 1: column “value” needs a non-negative safe integer or nothing, received -3.");
    expect(r.rejected).toEqual([
      { index: 0, row: bad },
      { index: 2, row: null },
    ]);
    expect(r.reports[0]?.values).toEqual({ "cnscd.da_thanh_lap": true });
  });

  it("unsafe integers, stated values without precision, breakdown parts without value, value and yes/no together", () => {
    const cases: [unknown, string, string][] = [
      [{ ...row0, value: Number.MAX_SAFE_INTEGER + 2 }, "value", "safe_int"],
      [{ ...row0, value: "1.234" }, "value", "safe_int"],
      [{ ...row0, statedValue: 99.7 }, "statedDecimals", "decimals"],
      [{ ...row0, statedText: "99,7%" }, "statedText", "empty_here"],
      [{ ...(good[4] as FigureRow), value: null }, "value", "breakdown_value"],
      [{ ...row0, yesNo: true }, "yesNo", "one_value"],
      [{ ...row0, member: "x" }, "member", "empty_here"],
      [{ ...row0, asOf: "2026-02-30" }, "asOf", "date"],
      [{ ...row0, flag: "guessed" }, "flag", "flag"],
    ];
    for (const [row, column, expected] of cases) {
      const r = fromRows([row]);
      expect(r.problems.map((p) => [p.path[2], p.params.expected]), JSON.stringify(row, (_k, v: unknown) => v)).toEqual([[column, expected]]);
      expect(r.reports).toEqual([]);
    }
  });

  it("duplicates and a unit named two ways are refused, the first row is kept", () => {
    const r = fromRows([row0, { ...row0, value: 5 }, { ...(good[1] as FigureRow), unitName: "Bắc Ninh" }]);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ["row_duplicate", ["rows", 1]],
      ["row_unit_conflict", ["rows", 2, "unitName"]],
    ]);
    expect(r.problems[0]?.message).toBe("Dòng 2 trùng dòng 1 (cùng đơn vị, kỳ, chỉ tiêu): không đọc dòng sau.");
    expect(r.reports[0]?.values).toEqual({ "hs.tiep_nhan": 1000 });
  });

  it("groups rows by unit, agency and period in order of appearance", () => {
    const other = toRows(dongCuu);
    const r = fromRows([...other, ...good]);
    expect(r.reports.map((x) => [x.unit.code, x.agency, x.period])).toEqual([
      ["09487", undefined, "202605"],
      ["24", "so_y_te", "202605"],
    ]);
  });
});
