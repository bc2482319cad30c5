import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  effectiveOutline,
  paragraphText,
  parseReport,
  safeParseReport,
  walkBody,
  type Problem,
  type Report,
} from "../../src/schema/index.js";
import { FIXTURE_NAMES, fixtureText, loadFixture, loadReport, type FixtureName } from "../fixtures/index.js";

type Json = Record<string, unknown>;

/** Every piece of prose of a parsed report: headings' titles, paragraphs (runs joined), footnotes. */
function prose(r: Report): string[] {
  const out: string[] = [];
  for (const { node } of walkBody(r.body)) {
    if (node.title !== undefined) out.push(node.title);
    out.push(...node.paragraphs.map(paragraphText));
  }
  for (const f of r.footnotes) out.push(...f.paragraphs.map(paragraphText));
  return out;
}

/** Every integer written in the text, read the Vietnamese way ("3.454.035", "09", "3.002648"). */
function writtenIntegers(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const t of texts) for (const m of t.matchAll(/\d[\d.]*/g)) out.add(Number(m[0].replace(/\./g, "")));
  return out;
}

/** The number a stated text writes: "99,7%" → 99.7, "157,9 tỷ đồng" → 157.9e9, "1.4K" → 1400. */
function statedNumber(text: string): number {
  const k = /^([\d.]+)K$/.exec(text);
  if (k) return Number(k[1]) * 1000;
  const m = /\d[\d.]*(,\d+)?/.exec(text);
  if (!m) return Number.NaN;
  const n = Number(m[0].replace(/\./g, "").replace(",", "."));
  return /tỷ/.test(text) ? Math.round(n * 1e9) : n;
}

function problemsOf(input: unknown): readonly Problem[] {
  const r = safeParseReport(input);
  expect(r.success).toBe(false);
  return r.problems;
}

function expectProblem(problems: readonly Problem[], code: string, path: readonly (string | number)[]): Problem {
  const p = problems.find((x) => x.code === code && JSON.stringify(x.path) === JSON.stringify(path));
  expect(p, `${code} at ${JSON.stringify(path)} in ${JSON.stringify(problems)}`).toBeDefined();
  expect(p!.severity).toBe("error");
  return p!;
}

describe.each(FIXTURE_NAMES.map((n) => [n] as const))("fixture %s", (name: FixtureName) => {
  const raw = () => loadFixture(name) as Json;
  const firstCount = (): string => {
    const values = raw().values as Record<string, unknown>;
    const id = Object.keys(values).find((k) => typeof values[k] === "number");
    if (id === undefined) throw new Error("fixture has no count");
    return id;
  };

  it("parses without problems", () => {
    const r = safeParseReport(raw());
    expect(r.problems).toEqual([]);
    expect(r.success).toBe(true);
    expect(() => loadReport(name)).not.toThrow();
  });

  it("is stored in NFC, without stray Markdown", () => {
    const text = fixtureText(name);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toMatch(/\*\*|^#|\\u0000/m);
  });

  it("keeps the author's heading tree, every part with text tagged with the outline items it answers", () => {
    const r = loadReport(name);
    expect(r.schemaVersion).toBe(2);
    expect(r.origin).toBe("author");
    const ids: string[] = [];
    for (const v of walkBody(r.body)) {
      if (v.node.id !== undefined) ids.push(v.node.id);
      if (v.node.paragraphs.length > 0) expect(effectiveOutline(v), JSON.stringify(v.node.title ?? v.node.numbering)).not.toEqual([]);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of Object.values(r.at)) expect(ids).toContain(node);
  });

  it("writes every count of `values` somewhere in its prose", () => {
    const r = loadReport(name);
    const written = writtenIntegers(prose(r));
    for (const [id, v] of Object.entries(r.values)) {
      if (typeof v === "number") expect(written.has(v), `${id} = ${v}`).toBe(true);
    }
  });

  it("quotes every stated value as its prose writes it", () => {
    const r = loadReport(name);
    const all = prose(r).join("\n");
    for (const [id, s] of Object.entries(r.stated)) {
      expect(s.text, id).toBeDefined();
      expect(all.includes(s.text!), `${id}: ${s.text}`).toBe(true);
      expect(statedNumber(s.text!), `${id}: ${s.text}`).toBeCloseTo(s.value, 6);
    }
  });

  describe("corrupted copies give problems with exact paths and Vietnamese messages", () => {
    it("a count written as a string", () => {
      const id = firstCount();
      const j = raw();
      (j.values as Json)[id] = "976";
      const p = expectProblem(problemsOf(j), "invalid_union", ["values", id]);
      expect(p.message).toBe(`Trường "values.${id}": cần một số nguyên không âm hoặc giá trị đúng/sai.`);
    });

    it("a signer name of the wrong type", () => {
      const j = raw();
      ((j.document as Json).signer as Json).name = 42;
      const p = expectProblem(problemsOf(j), "invalid_type", ["document", "signer", "name"]);
      expect(p.message).toBe('Trường "document.signer.name": cần chuỗi ký tự, nhận được số nguyên.');
    });

    it("paragraphs that are not a list", () => {
      const j = raw();
      ((j.body as Json[])[0] as Json).paragraphs = "một đoạn";
      const p = expectProblem(problemsOf(j), "invalid_type", ["body", 0, "paragraphs"]);
      expect(p.message).toBe('Trường "body[0].paragraphs": cần danh sách, nhận được chuỗi ký tự.');
    });

    it("a missing required field", () => {
      const j = raw();
      delete (j.document as Json).title;
      const p = expectProblem(problemsOf(j), "invalid_type", ["document", "title"]);
      expect(p.message).toBe('Thiếu trường bắt buộc "document.title" (cần chuỗi ký tự).');
    });

    it("a negative count", () => {
      const id = firstCount();
      const j = raw();
      (j.values as Json)[id] = -5;
      const p = expectProblem(problemsOf(j), "too_small", ["values", id]);
      expect(p.message).toBe(`Trường "values.${id}": giá trị phải ≥ 0 (số đếm không được âm).`);
    });

    it("a non-integer count", () => {
      const id = firstCount();
      const j = raw();
      (j.values as Json)[id] = 97.6;
      const p = expectProblem(problemsOf(j), "not_integer", ["values", id]);
      expect(p.message).toBe(`Trường "values.${id}" phải là số nguyên (số đếm, số tiền tính bằng đồng).`);
    });

    it("an unsafe integer count", () => {
      const id = firstCount();
      // Through JSON text, as a vendor would send it: 2^53 + 1 arrives as 2^53.
      const text = fixtureText(name).replace(`"${id}": `, `"${id}": 9007199254740993, "x.drop": `);
      const j = JSON.parse(text) as Json;
      delete (j.values as Json)["x.drop"];
      const p = expectProblem(problemsOf(j), "too_big", ["values", id]);
      expect(p.message).toContain(`Trường "values.${id}": số quá lớn, vượt giới hạn số nguyên an toàn 9.007.199.254.740.991`);
    });

    it("a stated value with fractional decimals", () => {
      const j = raw();
      const stated = j.stated as Record<string, Json>;
      const id = Object.keys(stated)[0]!;
      stated[id]!.decimals = 1.5;
      const p = expectProblem(problemsOf(j), "not_integer", ["stated", id, "decimals"]);
      expect(p.message).toContain("phải là số nguyên");
    });

    it("an unknown key", () => {
      const j = raw();
      (j.document as Json).ngayKy = "2026-05-08";
      const p = expectProblem(problemsOf(j), "unrecognized_keys", ["document"]);
      expect(p.message).toBe('Trường "document" có khóa không được phép: "ngayKy".');
    });

    it("an unknown key in a heading of the body", () => {
      const j = raw();
      const part = (j.body as Json[]).find((s) => ((s.children as unknown[] | undefined) ?? []).length > 0)!;
      const index = (j.body as Json[]).indexOf(part);
      ((part.children as Json[])[0] as Json).note = "x";
      const p = expectProblem(problemsOf(j), "unrecognized_keys", ["body", index, "children", 0]);
      expect(p.message).toBe(`Trường "body[${index}].children[0]" có khóa không được phép: "note".`);
    });

    it.each([
      ["malformed", "08/05/2026"],
      ["impossible", "2026-02-30"],
      ["month 13", "2026-13-01"],
    ])("a %s date", (_kind, date) => {
      const j = raw();
      (j.document as Json).date = date;
      const p = expectProblem(problemsOf(j), "invalid_format", ["document", "date"]);
      expect(p.message).toBe(
        'Trường "document.date": ngày không hợp lệ (cần dạng YYYY-MM-DD và là ngày có thật).',
      );
    });

    it("a bad period id", () => {
      const j = raw();
      j.period = "2026-05";
      const p = expectProblem(problemsOf(j), "invalid_period", ["period"]);
      expect(p.message).toContain("mã kỳ báo cáo không hợp lệ");
    });

    it("a __proto__ key injected through JSON text", () => {
      const text = fixtureText(name)
        .replace('"values": {', '"values": { "__proto__": { "polluted": 1 },')
        .replace('"signer": {', '"signer": { "__proto__": { "title": "GIẢ MẠO" },');
      const j = JSON.parse(text) as unknown;
      const problems = problemsOf(j);
      const p = expectProblem(problems, "forbidden_key", ["values", "__proto__"]);
      expectProblem(problems, "forbidden_key", ["document", "signer", "__proto__"]);
      expect(p.message).toBe('Trường "values.__proto__": khóa "__proto__" bị cấm (nguy cơ ô nhiễm prototype).');
      expect(({} as Json).polluted).toBeUndefined();
    });

    it("data nested far deeper than any report: one too_deep problem where the limit is reached, not a stack overflow", () => {
      for (const depth of [40, 20_000]) {
        let v: unknown = 1;
        for (let i = 0; i < depth; i++) v = depth > 1000 ? [v] : { a: v };
        const j = raw();
        (j.values as Json).x = v;
        const problems = problemsOf(j);
        const deep = problems.filter((p) => p.code === "too_deep");
        expect(deep).toHaveLength(1);
        expect(deep[0]?.path.length).toBe(32);
        expect(deep[0]?.path.slice(0, 2)).toEqual(["values", "x"]);
        expect(deep[0]?.message).toMatch(/^Trường "values\.x[.[].*": dữ liệu lồng nhau quá 32 cấp; báo cáo hợp lệ không sâu như vậy\.$/);
        expect(problems.some((p) => p.code === "not_json")).toBe(false);
      }
    });

    it("a constructor key and a bad catalog id", () => {
      const j = raw();
      Reflect.set(j.values as Json, "constructor", 1);
      (j.values as Json)["HS Tiếp nhận"] = 1;
      const problems = problemsOf(j);
      expectProblem(problems, "forbidden_key", ["values", "constructor"]);
      expect(problems.some((p) => p.path[0] === "values" && p.path[1] === "HS Tiếp nhận")).toBe(true);
    });

    it("reports in English when asked", () => {
      const j = raw();
      (j.document as Json).date = "2026-02-30";
      const r = safeParseReport(j, { locale: "en" });
      expect(r.problems[0]?.message).toBe('Field "document.date": invalid date.');
    });

    it("never throws from safeParseReport, whatever is put anywhere", () => {
      const base = raw();
      const paths = collectPaths(base);
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
          const j = structuredClone(base);
          setAt(j, path, value);
          let r: ReturnType<typeof safeParseReport> | undefined;
          expect(() => {
            r = safeParseReport(j);
          }).not.toThrow();
          if (!r!.success) {
            expect(r!.problems.length).toBeGreaterThan(0);
            for (const p of r!.problems) {
              expect(Array.isArray(p.path)).toBe(true);
              expect(p.message.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 60 },
      );
    });

    it("throws one ReportParseError from parseReport carrying the same problems", () => {
      const j = raw();
      (j.values as Json)[firstCount()] = -1;
      (j.document as Json).date = "2026-02-30";
      expect(() => parseReport(j)).toThrow(/Báo cáo không hợp lệ: 2 lỗi/);
    });
  });
});

/** Paths to every object property and array element of a JSON value. */
function collectPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  return entries.flatMap(([k, x]) => [[...prefix, k], ...collectPaths(x, [...prefix, k])]);
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let cur = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = value;
}

describe("key figures of the seeds", () => {
  it("004 Đông Cứu: hồ sơ, tỷ lệ, nhiệm vụ, tổ CNSCĐ", () => {
    const r = loadReport("004-dong-cuu-2026-05");
    expect(r.unit).toEqual({ code: "09487", name: "Xã Đông Cứu", level: "xa" });
    expect(r.period).toBe("202605");
    expect(r.document.date).toBe("2026-05-08");
    expect(r.values).toMatchObject({
      "hs.tiep_nhan": 976,
      "hs.da_giai_quyet": 959,
      "hs.dung_han": 956,
      "dd.tai_khoan_muc2_trong_ky": 638,
      "nv.duoc_giao": 16,
      "nv.co_thoi_han": 4,
      "nv.thuong_xuyen": 16,
      "nv.chua_hoan_thanh": 0,
      "cnscd.da_thanh_lap": true,
      "cnscd.thanh_vien": 60,
      "tt.luot_truyen_thanh_xa": 1500,
    });
    expect(r.stated["tl.ho_so_dung_han"]).toEqual({ value: 99.7, decimals: 1, text: "99,7%" });
    expect(r.stated["tt.luot_phat_thanh"]).toMatchObject({ value: 100, qualifier: "trên" });
    expect(r.stated["tt.zalo_theo_doi"]).toMatchObject({ value: 1400, decimals: -2, text: "1.4K" });
    expect(r.stated["ho_tro.luot_nguoi_dan"]).toMatchObject({ value: 1200, qualifier: "hơn" });
    expect(r.document.signer).toEqual({
      authority: [],
      title: "TRƯỞNG BAN",
      concurrently: "CHỦ TỊCH UBND XÃ",
      name: "Vũ Thị Kim Hương",
    });
    expect(r.document.distribution.at(-1)).toBe("Lưu: VT, CAX");
    // The seed's slips stay in the prose for validation to find.
    expect(prose(r).join("\n")).toContain("các thôn: Phó");
  });

  it("003 Nghệ An: land reconciliation, health, scores, previous month", () => {
    const r = loadReport("003-nghe-an-2026-02");
    expect(r.unit).toEqual({ code: "40", name: "Tỉnh Nghệ An", level: "tinh" });
    // "Nghệ An, ngày    tháng 3 năm 2026": the day left blank for the signer.
    expect(r.document.date).toBe("2026-03");
    const v = r.values as Record<string, number>;
    expect(v["dat.doi_soat"]).toBe(2_003_884);
    expect(v["dat.trung_khop"]! + v["dat.sai_lech"]! + v["dat.khong_co_thong_tin"]!).toBe(2_003_884);
    expect(v["yte.luot_tra_cuu_can_cuoc"]).toBe(11_907_240);
    expect(r.comparisons?.previous).toMatchObject({
      period: "202601",
      values: { "yte.luot_tra_cuu_can_cuoc": 11_453_556 },
    });
    expect(v["bhxh.doi_tuong_xac_thuc"]).toBe(3_002_648);
    expect(r.stated["nh.du_no"]).toMatchObject({ value: 157_900_000_000, decimals: -8, text: "157,9 tỷ đồng" });
    expect(r.stated["cs766.tong"]).toMatchObject({ value: 92.62, decimals: 2, max: 100 });
    expect(r.stated["cs766.so_hoa"]).toMatchObject({ value: 20.02, decimals: 2, max: 22 });
    expect(r.stated["thue.mst_to_chuc_chuan_hoa"]).toMatchObject({ value: 4000, qualifier: "gần" });
    expect(r.document.signer?.authority).toEqual([
      { prefix: "TM.", of: "ỦY BAN NHÂN DÂN" },
      { prefix: "KT.", of: "CHỦ TỊCH" },
    ]);
    expect(prose(r).join("\n")).toContain("2.999.991/3.002648");
  });

  it("002 Sơn La: 968/1054 procedures fully online, essential services", () => {
    const r = loadReport("002-son-la-vp-ubnd");
    expect(r.unit).toEqual({ code: "14", name: "Tỉnh Sơn La", level: "tinh" });
    expect(r.agency).toEqual({ code: "vp_ubnd_tinh", name: "Văn phòng Ủy ban nhân dân tỉnh" });
    expect(r.period).toBe("2026S1");
    expect(r.values).toMatchObject({
      "tthc.dvctt_toan_trinh": 968,
      "tthc.tong": 1054,
      "dvc.thiet_yeu_trien_khai": 25,
      "dvc.thiet_yeu_tong": 25,
      "dvc.qd422_trien_khai": 15,
      "dvc.qd422_tong": 28,
      "dvc.qd206_trien_khai": 4,
      "dvc.qd206_tong": 23,
      "tthc.quy_trinh_noi_bo": 2202,
      "vb.qppl_ban_hanh": 9,
    });
    expect(r.document.recipients).toEqual(["Công an tỉnh"]);
    expect(r.document.signer).toEqual({ authority: [], title: "CHÁNH VĂN PHÒNG", name: "Trần Bình Minh" });
    const first = r.body[0]!;
    expect(first.outline).toEqual(["preamble"]);
    expect(paragraphText(first.paragraphs[0]!)).toMatch(/^Thực hiện Công văn số 3425\/UBND-NC/);
    const last = r.body.at(-1)!;
    expect(last.outline).toEqual(["closing"]);
    expect(paragraphText(last.paragraphs[0]!)).toMatch(/^Trên đây là báo cáo/);
  });
});
