import { describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../src/communes/index.js";
import { checkUnit, indexUnits, placeName, PROVINCES_2025_LIST } from "../../src/index.js";

describe("unit data 2025", () => {
  const idx = indexUnits(UNITS_2025);
  it("has 34 provinces and 3,321 communes, each under a known province", () => {
    expect(UNITS_2025.units.filter((u) => u.level === "tinh")).toHaveLength(34);
    const communes = UNITS_2025.units.filter((u) => u.level === "xa");
    expect(communes).toHaveLength(3321);
    for (const c of communes) expect(idx.byCode.get(c.parent ?? "")?.level).toBe("tinh");
    expect(new Set(UNITS_2025.units.map((u) => u.code)).size).toBe(UNITS_2025.units.length);
  });
  it("knows Xã Đông Cứu (09487) in Bắc Ninh (24) and writes names in NFC with official tone marks", () => {
    expect(idx.byCode.get("09487")).toEqual({ code: "09487", name: "Xã Đông Cứu", level: "xa", parent: "24" });
    expect(idx.byCode.get("38")?.name).toBe("Tỉnh Thanh Hóa");
    expect(idx.byCode.get("56")?.name).toBe("Tỉnh Khánh Hòa");
    for (const u of UNITS_2025.units) expect(u.name).toBe(u.name.normalize("NFC"));
  });
  it("the core list has the country and the provinces only", () => {
    expect(PROVINCES_2025_LIST.units).toHaveLength(35);
    expect(indexUnits(PROVINCES_2025_LIST).childrenOf.get("VN")).toHaveLength(34);
  });
});

describe("checkUnit", () => {
  const idx = indexUnits(UNITS_2025);
  it("accepts a known unit at its level", () => {
    expect(checkUnit(idx, { code: "09487", level: "xa", parent: "24" })).toEqual([]);
  });
  it("names unknown codes and wrong levels or parents", () => {
    expect(checkUnit(idx, { code: "99", level: "tinh" })[0]).toMatchObject({ code: "unit_unknown", path: ["unit", "code"] });
    expect(checkUnit(idx, { code: "24", level: "xa" })[0]).toMatchObject({ code: "unit_level_mismatch" });
    expect(checkUnit(idx, { code: "09487", level: "xa", parent: "40" })[0]?.message).toContain("Xã Đông Cứu");
  });
  it("a caller's own list, valid from its own date, is honoured", () => {
    const own = indexUnits({ validFrom: "2026-01-01", units: [{ code: "40", name: "Tỉnh Nghệ An", level: "tinh" }] });
    expect(checkUnit(own, { code: "24", level: "tinh" })[0]?.message).toContain("2026-01-01");
  });
});

describe("placeName", () => {
  it.each([
    ["Xã Đông Cứu", "Đông Cứu"],
    ["Tỉnh Nghệ An", "Nghệ An"],
    ["Thành phố Hà Nội", "Hà Nội"],
    ["Phường Ba Đình", "Ba Đình"],
  ])("%s → %s", (a, b) => expect(placeName(a)).toBe(b));
});
