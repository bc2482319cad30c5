import { describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../../src/communes/index.js";
import { indexUnits } from "../../../src/schema/index.js";
import { DOCUMENT_RULES, validateReport } from "../../../src/validation/index.js";
import { at, byCode, byRule, corrected004, fixture, type Raw } from "../helpers.js";

const rules = DOCUMENT_RULES;
const signer = ["document", "signer", "authority"];

describe("document.signer", () => {
  it("the commune's People's Committee report signed without “TM.” is flagged", () => {
    const i = at(validateReport(fixture("004-dong-cuu-2026-05"), { rules }), "signer_tm_missing", signer);
    expect(i?.severity).toBe("error");
    expect(i?.message).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(byRule(validateReport(corrected004(), { rules }), "document.signer")).toEqual([]);
  });

  it("“TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” (the province seed) is right; without KT. it is not", () => {
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "document.signer")).toEqual([]);
    const noKt = fixture("003-nghe-an-2026-02", (r) => r.document.signer.authority.pop());
    expect(at(validateReport(noKt, { rules }), "signer_kt_missing", signer)?.params.title).toBe("PHÓ CHỦ TỊCH");
  });

  it("a head does not sign “KT.”, and “TM.” comes before “KT.”", () => {
    const head = fixture("003-nghe-an-2026-02", (r) => (r.document.signer.title = "CHỦ TỊCH"));
    expect(at(validateReport(head, { rules }), "signer_kt_for_head", signer)?.severity).toBe("warning");
    const order = fixture("003-nghe-an-2026-02", (r) => r.document.signer.authority.reverse());
    expect(byCode(validateReport(order, { rules }), "signer_authority_order")).toHaveLength(1);
  });

  it("an office signed by its head needs no authority line (the Sơn La office seed)", () => {
    expect(byRule(validateReport(fixture("002-son-la-vp-ubnd"), { rules }), "document.signer")).toEqual([]);
  });
});

describe("document.distribution", () => {
  it("the commune seed's “Lưu: VT, CAX” lacks the final full stop", () => {
    const i = at(validateReport(fixture("004-dong-cuu-2026-05"), { rules }), "distribution_final_period", ["document", "distribution", 5]);
    expect(i?.severity).toBe("error");
    expect(i?.params.last).toBe("Lưu: VT, CAX");
  });

  it("the list must end with “Lưu: VT, …”; an empty list is a warning", () => {
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "document.distribution")).toEqual([]);
    const noArchive = fixture("003-nghe-an-2026-02", (r) => r.document.distribution.pop());
    expect(byCode(validateReport(noArchive, { rules }), "distribution_archive_missing")).toHaveLength(1);
    const dashed = corrected004((r) => (r.document.distribution[5] = "- Lưu: VT, CAX."));
    expect(byRule(validateReport(dashed, { rules }), "document.distribution")).toEqual([]);
    const none = corrected004((r) => (r.document.distribution = []));
    expect(at(validateReport(none, { rules }), "distribution_missing", ["document", "distribution"])?.severity).toBe("warning");
  });
});

describe("document.symbol", () => {
  it.each([
    ["BC-UBND", undefined],
    ["BC-VPUB", undefined],
    ["BC-UBND-VX", undefined],
    ["bc-ubnd", "symbol_malformed"],
    ["BC UBND", "symbol_malformed"],
    ["BC/UBND", "symbol_malformed"],
    ["KH-UBND", "symbol_not_report"],
  ])("%s → %s", (symbol, code) => {
    const issues = validateReport(corrected004((r) => (r.document.symbol = symbol)), { rules });
    expect(byRule(issues, "document.symbol").map((i) => i.code)).toEqual(code ? [code] : []);
  });
});

describe("document.place", () => {
  it("the place must be there and be the unit's", () => {
    expect(byRule(validateReport(corrected004(), { rules }), "document.place")).toEqual([]);
    const blank = validateReport(corrected004((r) => delete r.document.place), { rules });
    expect(at(blank, "document_part_missing", ["document", "place"])?.severity).toBe("warning");
    expect(byRule(blank, "document.place")).toEqual([]);
    const other = at(validateReport(corrected004((r) => (r.document.place = "Hà Nội")), { rules }), "place_mismatch", ["document", "place"]);
    expect(other?.params).toMatchObject({ place: "Hà Nội", expected: "Đông Cứu" });
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "document.place")).toEqual([]);
  });
});

describe("document.parts", () => {
  const parts = (r: Parameters<typeof validateReport>[0]) => byRule(validateReport(r, { rules }), "document.parts");

  it("a BÁO CÁO to be sent without issuer, symbol, place or signer: one warning for each, naming the field", () => {
    expect(parts(corrected004())).toEqual([]);
    const bare = parts(
      corrected004((r) => {
        for (const k of ["issuer", "symbol", "place", "signer"]) delete r.document[k];
      }),
    );
    expect(bare.map((i) => [i.code, i.severity, i.path.join(".")])).toEqual([
      ["document_part_missing", "warning", "document.issuer"],
      ["document_part_missing", "warning", "document.symbol"],
      ["document_part_missing", "warning", "document.place"],
      ["document_part_missing", "warning", "document.signer"],
    ]);
    expect(bare[3]?.message).toBe(
      'Báo cáo sẽ gửi đi thường ghi người ký (trường "document.signer"); văn bản này chưa có. Nếu đây là dự thảo, ghi document.marking “DỰ THẢO”.',
    );
  });

  it("nothing for a briefing TÀI LIỆU or a DỰ THẢO, and no “Nơi nhận” asked of them", () => {
    const strip = (r: Raw) => {
      for (const k of ["issuer", "symbol", "place", "signer"]) delete r.document[k];
      r.document.distribution = [];
    };
    for (const patch of [(r: Raw) => (r.document.kind = "tai_lieu"), (r: Raw) => (r.document.marking = "DỰ THẢO")]) {
      const issues = validateReport(
        corrected004((r) => {
          strip(r);
          patch(r);
        }),
        { rules },
      );
      expect(issues.filter((i) => i.path[0] === "document")).toEqual([]);
    }
  });
});

describe("document.unit", () => {
  it("a commune code with a province level is flagged", () => {
    const bad = corrected004((r) => (r.unit.level = "tinh"));
    expect(at(validateReport(bad, { rules }), "unit_code_level_mismatch", ["unit", "level"])?.params.expected).toBe("xa");
  });

  it("with the unit list, a code that does not exist is flagged", () => {
    const units = indexUnits(UNITS_2025);
    expect(byRule(validateReport(corrected004(), { rules, units }), "document.unit")).toEqual([]);
    const ghost = corrected004((r) => (r.unit.code = "99999"));
    expect(at(validateReport(ghost, { rules, units }), "unit_unknown", ["unit", "code"])?.message).toContain("99999");
  });
});
