import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SCORE_766_SUB_INDICATORS,
  SCORE_766_VERSIONS,
  SCORES,
  checkScore766,
  findElement,
  scoreSubIndicators766,
  subScore766,
} from "../../src/index.js";
import { loadReport } from "../fixtures/index.js";

const NGHE_AN = {
  "cs766.tong": { value: 92.62, decimals: 2, max: 100 },
  "cs766.cong_khai": { value: 18, decimals: 0, max: 18 },
  "cs766.dvc_truc_tuyen": { value: 18, decimals: 0, max: 22 },
  "cs766.hai_long": { value: 18, decimals: 0, max: 18 },
  "cs766.so_hoa": { value: 20.02, decimals: 2, max: 22 },
  "cs766.tien_do": { value: 18.6, decimals: 1, max: 20 },
} as const;

describe("Bộ chỉ số 766: versions", () => {
  it("each version's groups add up to 100 and are catalog scores", () => {
    const scoreIds = new Set<string>(SCORES.map((s) => s.id));
    for (const v of SCORE_766_VERSIONS) {
      expect(v.components.reduce((s, c) => s + c.max, 0), v.id).toBe(100);
      for (const c of v.components) expect(scoreIds.has(c.id)).toBe(true);
      expect(v.source.length).toBeGreaterThan(10);
    }
    const [v2022, portal] = SCORE_766_VERSIONS;
    expect(v2022.components.map((c) => [c.id, c.max])).toEqual([
      ["cs766.cong_khai", 18], ["cs766.tien_do", 20], ["cs766.dvc_truc_tuyen", 22], ["cs766.so_hoa", 22], ["cs766.hai_long", 18],
    ]);
    expect(portal.components.find((c) => c.id === "cs766.dvc_truc_tuyen")?.max).toBe(12);
    expect(portal.components.find((c) => c.id === "cs766.thanh_toan_truc_tuyen")?.max).toBe(10);
  });

  it("sub-indicators cite a source, use catalog elements, and fit within their group's maximum", () => {
    for (const s of SCORE_766_SUB_INDICATORS) {
      expect(s.source.length).toBeGreaterThan(10);
      for (const id of [...s.numerator, s.denominator]) expect(findElement(id), id).toBeDefined();
      for (const vid of s.versions) {
        const v = SCORE_766_VERSIONS.find((x) => x.id === vid)!;
        const groupMax = v.components.find((c) => c.id === s.component)?.max ?? 0;
        const inGroup = SCORE_766_SUB_INDICATORS.filter((x) => x.component === s.component && (x.versions as readonly string[]).includes(vid));
        expect(inGroup.reduce((a, x) => a + x.max, 0), `${vid} ${s.component}`).toBeLessThanOrEqual(groupMax);
      }
    }
  });
});

describe("subScore766", () => {
  it("gives the maximum at or above the threshold, else rate × max ÷ threshold", () => {
    expect(subScore766(80, 4, 80)).toBe(4);
    expect(subScore766(100, 4, 80)).toBe(4);
    expect(subScore766(40, 4, 80)).toBe(2);
    expect(subScore766(93, 20, 100)).toBe(18.6);
    expect(subScore766(79.996, 4, 80)).toBe(4); // the rate is rounded to 2 decimals first
    expect(subScore766(0, 6, 100)).toBe(0);
    expect(subScore766(Number.NaN, 6, 100)).toBe(0);
  });

  it("properties: between 0 and max, never non-finite, monotone in the rate", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), fc.integer({ min: 1, max: 22 }), fc.integer({ min: 1, max: 100 }), (a, b, max, threshold) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const s1 = subScore766(lo, max, threshold);
        const s2 = subScore766(hi, max, threshold);
        return Number.isFinite(s1) && s1 >= 0 && s2 <= max && s1 <= s2;
      }),
    );
  });
});

describe("scoreSubIndicators766", () => {
  it("scores what the commune's counts allow (956/959 on time → 99,69% → 19,94/20)", () => {
    const subs = scoreSubIndicators766(loadReport("004-dong-cuu-2026-05").values);
    expect(subs.find((s) => s.id === "cs766.sub.dung_han")).toMatchObject({ rate: 99.69, score: 19.94, max: 20 });
    expect(subs.find((s) => s.id === "cs766.sub.thanh_toan")).toMatchObject({ rate: undefined, score: undefined });
  });

  it("sums the digitised and electronic-result hồ sơ against the 80% threshold", () => {
    const subs = scoreSubIndicators766({ "hs.so_hoa": 30, "hs.ket_qua_dien_tu": 20, "hs.tiep_nhan": 100 }, { version: "dvcqg" });
    expect(subs.find((s) => s.id === "cs766.sub.so_hoa_ket_qua")).toMatchObject({ rate: 50, score: 2.5 });
    expect(subs.some((s) => s.id === "cs766.sub.thanh_toan")).toBe(false);
    expect(scoreSubIndicators766({ "hs.dung_han": 0, "hs.da_giai_quyet": 0 })[0]?.score).toBeUndefined();
  });
});

describe("checkScore766", () => {
  it("accepts the Nghệ An seed: 18 + 18 + 18 + 20,02 + 18,6 = 92,62", () => {
    expect(18 + 18 + 18 + 20.02 + 18.6).toBeCloseTo(92.62, 10);
    expect(checkScore766(NGHE_AN)).toEqual([]);
    expect(checkScore766(loadReport("003-nghe-an-2026-02").stated)).toEqual([]);
  });

  it("has nothing to check without scores", () => {
    expect(checkScore766({})).toEqual([]);
    expect(checkScore766(loadReport("004-dong-cuu-2026-05").stated)).toEqual([]);
  });

  it("catches a wrong total, with a Vietnamese message and the exact path", () => {
    const [p, ...rest] = checkScore766({ ...NGHE_AN, "cs766.tong": { value: 93.62, decimals: 2, max: 100 } });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "score_sum_mismatch", severity: "error", path: ["stated", "cs766.tong"], params: { total: 93.62, sum: 92.62, difference: 1 } });
    expect(p?.message).toBe("Tổng điểm ghi 93,62 khác tổng các nhóm chỉ số 92,62 (chênh 1,00 điểm).");
    const [en] = checkScore766({ ...NGHE_AN, "cs766.tong": { value: 93.62, decimals: 2 } }, { locale: "en", path: ["x"] });
    expect(en?.path).toEqual(["x", "cs766.tong"]);
    expect(en?.message).toMatch(/^The stated total 93.62 differs/);
  });

  it("reads scores at the portal's 2 decimals by default, or at the written decimals on request", () => {
    expect(checkScore766({ ...NGHE_AN, "cs766.tong": { value: 92.7, decimals: 2 } }).map((p) => p.code)).toEqual(["score_sum_mismatch"]);
    expect(checkScore766({ ...NGHE_AN, "cs766.tong": { value: 92.64, decimals: 2 } })).toEqual([]); // five groups × ±0,005
    expect(checkScore766({ ...NGHE_AN, "cs766.tong": { value: 92.625, decimals: 3 } })).toEqual([]);
    // plain XBRL: "18" stands for [17,5; 18,5], so three of them leave 1,5 points of slack
    expect(checkScore766({ ...NGHE_AN, "cs766.tong": { value: 93.62, decimals: 2 } }, { precision: "stated" })).toEqual([]);
    expect(checkScore766({ ...NGHE_AN, "cs766.tong": { value: 95, decimals: 0 } }, { precision: "stated" }).map((p) => p.code)).toEqual(["score_sum_mismatch"]);
  });

  it("catches a group over its maximum or written out of the wrong maximum", () => {
    const codes = checkScore766({ ...NGHE_AN, "cs766.hai_long": { value: 19, decimals: 0, max: 20 }, "cs766.tong": { value: 93.62, decimals: 2 } }).map((p) => p.code);
    expect(codes).toEqual(["score_max_mismatch", "score_exceeds_max"]);
    expect(checkScore766({ "cs766.tong": { value: 100.5, decimals: 1 } }).map((p) => p.code)).toEqual(["score_total_exceeds_max"]);
  });

  it("reads the portal version from a stated online-payment group, and flags missing groups", () => {
    const portal = {
      "cs766.tong": { value: 90, decimals: 0 },
      "cs766.cong_khai": { value: 18, decimals: 0 },
      "cs766.tien_do": { value: 18, decimals: 0 },
      "cs766.dvc_truc_tuyen": { value: 10, decimals: 0, max: 12 },
      "cs766.thanh_toan_truc_tuyen": { value: 8, decimals: 0, max: 10 },
      "cs766.so_hoa": { value: 20, decimals: 0 },
      "cs766.hai_long": { value: 16, decimals: 0 },
    };
    expect(checkScore766(portal)).toEqual([]);
    expect(checkScore766(portal, { version: "qd766-2022" }).map((p) => p.code)).toEqual([
      "score_max_mismatch",
      "score_unknown_component",
      "score_sum_mismatch",
    ]);
    const { ["cs766.hai_long"]: _drop, ...partial } = portal;
    expect(checkScore766(partial).map((p) => [p.code, p.path.at(-1)])).toEqual([["score_component_missing", "cs766.hai_long"]]);
    expect(checkScore766({ "cs766.so_hoa": { value: 20, decimals: 0 } }).map((p) => p.code)).toEqual(["score_total_missing"]);
  });

  it("rejects an unknown version and invalid scores instead of throwing", () => {
    expect(checkScore766(NGHE_AN, { version: "x" as never }).map((p) => p.code)).toEqual(["score_unknown_version"]);
    expect(checkScore766({ ...NGHE_AN, "cs766.so_hoa": { value: Number.NaN, decimals: 2 } }).map((p) => p.code)).toEqual(["score_invalid"]);
  });

  it("does not mutate its input", () => {
    const input = structuredClone(NGHE_AN) as Record<string, { value: number; decimals: number; max?: number }>;
    const copy = structuredClone(input);
    checkScore766({ ...input, "cs766.tong": { value: 1, decimals: 0 } });
    expect(input).toEqual(copy);
  });
});
