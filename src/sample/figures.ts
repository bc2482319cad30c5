import type { Catalog, ElementDef } from "../indicators/types.js";
import type { Level } from "../schema/level.js";
import { between, gaussian, uniform, type Random } from "./random.js";

/**
 * Plausible figures for one unit, driven by the catalog: every element reported at the level
 * gets a value; a part never exceeds its whole (`partOf`); the parts of a breakdown add up to
 * its total; yes/no facts hold for most units. Magnitudes scale with the unit's population and,
 * for flows, with the length of the period. Elements the tables below do not know get small
 * counts, so the generator keeps working when the catalog grows.
 */

/** How one element's value is drawn. */
type Rule =
  | { readonly kind: "capita"; readonly rate: number }
  | { readonly kind: "range"; readonly min: number; readonly max: number }
  | { readonly kind: "share"; readonly of: string; readonly min: number; readonly max: number }
  | { readonly kind: "per"; readonly of: string; readonly min: number; readonly max: number };

const capita = (rate: number): Rule => ({ kind: "capita", rate });
const range = (min: number, max: number): Rule => ({ kind: "range", min, max });
const share = (of: string, min: number, max: number): Rule => ({ kind: "share", of, min, max });
const per = (of: string, min: number, max: number): Rule => ({ kind: "per", of, min, max });

/** Magnitudes of the main commune figures (per month for flows), from the seed reports' orders. */
const RULES: Readonly<Record<string, Rule>> = {
  "vb.chi_dao_ban_hanh": range(1, 6),
  "vb.nghi_quyet_chi_thi": range(0, 2),
  "tct.phien_hop": range(1, 3),
  "tct.kiem_tra": range(0, 4),
  "tt.tin_bai": range(2, 20),
  "tt.luot_tuong_tac": capita(0.05),
  "tt.luot_phat_thanh": range(40, 300),
  "tt.luot_truyen_thanh_xa": share("tt.luot_phat_thanh", 0.5, 1),
  "tt.zalo_theo_doi": capita(0.1),
  "nv.duoc_giao": range(8, 30),
  "nv.cham_tien_do": share("nv.chua_hoan_thanh", 0, 0.5),
  "vb.qppl_ban_hanh": range(0, 2),
  "vb.qppl_ra_soat": range(0, 15),
  "hs.tiep_nhan": capita(0.065),
  "hs.tiep_nhan_truc_tuyen": share("hs.tiep_nhan", 0.8, 1),
  "hs.da_giai_quyet": share("hs.tiep_nhan", 0.9, 1),
  "hs.dang_giai_quyet": capita(0.002),
  "hs.dang_giai_quyet_qua_han": share("hs.dang_giai_quyet", 0, 0.2),
  "hs.so_hoa": share("hs.tiep_nhan", 0.95, 1),
  "hs.ket_qua_dien_tu": share("hs.da_giai_quyet", 0.95, 1),
  "hs.tai_su_dung_du_lieu": share("hs.tiep_nhan", 0.3, 0.9),
  "hs.phat_sinh_thanh_toan": share("hs.tiep_nhan", 0.2, 0.5),
  "hs.thanh_toan_truc_tuyen": share("hs.phat_sinh_thanh_toan", 0.7, 1),
  "hs.so_tien_thanh_toan_truc_tuyen": per("hs.thanh_toan_truc_tuyen", 20_000, 150_000),
  "hs.thong_bao_vneid": share("hs.tiep_nhan", 0.5, 1),
  "hs.dong_bo_ket_qua_vneid": share("hs.da_giai_quyet", 0.5, 1),
  "hs.thoi_gian_xu_ly": per("hs.da_giai_quyet", 1, 4),
  "tthc.tong": range(280, 420),
  "tthc.dvctt_toan_trinh": share("tthc.tong", 0.75, 0.95),
  "giay_to.dong_bo_vneid": capita(0.3),
  "mc.tai_khoan_can_bo": range(5, 25),
  "cq.co_tthc": range(3, 12),
  "cq.xu_ly_tren_he_thong": share("cq.co_tthc", 0.9, 1),
  "nl.can_bo_giai_quyet_tthc": range(8, 30),
  "nl.can_bo_tra_cuu_dan_cu": share("nl.can_bo_giai_quyet_tthc", 0.9, 1),
  "hl.danh_gia": share("hs.da_giai_quyet", 0.3, 0.9),
  "hl.hai_long": share("hl.danh_gia", 0.97, 1),
  "asxh.so_tien_khong_tien_mat": capita(150_000),
  "gd.co_so_giao_duc": range(3, 15),
  "kts.mo_hinh": range(0, 5),
  "ud.mo_hinh_du_lieu_dan_cu": range(0, 3),
  "ud.gia_tri_tang_them": capita(5_000),
  "yte.co_so_y_te": range(1, 6),
  "yte.co_so_y_te_so_hoa_tthc": share("yte.co_so_y_te", 0.7, 1),
  "cs766.xep_hang": range(1, 12),
  "dd.tai_khoan": capita(0.62),
  "dd.tai_khoan_muc2_trong_ky": capita(0.008),
  "dd.to_chuc_ho_so": capita(0.002),
  "cc.the_da_cap": capita(0.82),
  "asxh.tai_khoan": capita(0.35),
  "bdhvs.hoc_lieu": range(5, 60),
  "bdhvs.khoa_hoc": range(0, 6),
  "bdhvs.hoc_vien": capita(0.02),
  "ho_tro.luot_nguoi_dan": capita(0.04),
  "antt.su_co": range(0, 2),
  "antt.su_co_da_xu_ly": share("antt.su_co", 0.8, 1),
  "kp.de_xuat": range(50_000_000, 800_000_000),
  "kp.bo_tri": share("kp.de_xuat", 0.3, 1),
  "kp.bdhvs": range(10_000_000, 100_000_000),
  "nl.cong_chuc_cds": range(1, 3),
  "nl.lop_tap_huan": range(0, 3),
  "nl.luot_tap_huan": range(0, 80),
  "nl.can_bo": range(25, 60),
  "nl.can_bo_da_tap_huan": share("nl.can_bo", 0.85, 1),
  "nl.to_ung_cuu_thanh_vien": range(5, 20),
  "ho_tro.doan_vien_nong_cot": range(5, 30),
  "cnscd.thanh_vien": range(20, 120),
  "cnscd.to_thon": range(5, 30),
  "mh.mo_hinh_diem": range(0, 4),
};

/** Share of a breakdown's total that goes to its first part (the rest is split among the others). */
const FIRST_PART_SHARE: Readonly<Record<string, readonly [number, number]>> = {
  "bd.ho_so_giai_quyet": [0.97, 1],
  "bd.nhiem_vu_loai": [0.1, 0.5],
  "bd.nhiem_vu_tien_do": [0.7, 1],
};

/** Elements most units do not report every period (so coverage per figure is not always full). */
const OCCASIONAL = /^(kp\.|kts\.|ud\.|mh\.|vb\.qppl|dd\.to_chuc|antt\.)/;

/** The per-catalog plan: which elements, in which order, drawn how. Built once per data set. */
export interface FigurePlan {
  /** Element ids, in drawing order (wholes before parts); values are kept by this index. */
  readonly ids: readonly string[];
  readonly steps: readonly Step[];
  /** Index (in `ids`) of each element's root: a family is reported or left out as a whole. */
  readonly root: Int32Array;
  /** Whether each root is an occasional family (not every unit reports it). */
  readonly occasional: Uint8Array;
  readonly facts: readonly string[];
}

/** One drawing step; `of` and `parts` are indices into `ids`. */
type Step =
  | { readonly at: number; readonly flow: boolean; readonly amount: boolean; readonly kind: "capita"; readonly rate: number }
  | { readonly at: number; readonly flow: boolean; readonly amount: boolean; readonly kind: "range"; readonly min: number; readonly max: number }
  | { readonly at: number; readonly flow: boolean; readonly amount: boolean; readonly kind: "share" | "per"; readonly of: number; readonly min: number; readonly max: number }
  | { readonly at: number; readonly flow: boolean; readonly amount: boolean; readonly kind: "breakdown"; readonly of: number; readonly parts: readonly number[]; readonly min: number; readonly max: number };

/**
 * Orders the catalog's elements reported at `level` so that every whole comes before its parts.
 * A breakdown is drawn at once (its parts split the total); other parts take a share of their
 * whole. Each element remembers its root, so a family is present or absent as a whole.
 */
export function figurePlan(catalog: Catalog, level: Level = "xa"): FigurePlan {
  const elements = new Map<string, ElementDef>();
  for (const e of catalog.elements) {
    if (e.levels.includes(level) && !elements.has(e.id)) elements.set(e.id, e);
  }
  const breakdownOfPart = new Map<string, { total: string; parts: readonly string[]; first: readonly [number, number] }>();
  for (const b of catalog.breakdowns) {
    if (!elements.has(b.total) || !b.parts.every((p) => elements.has(p) && elements.get(p)!.kind !== "boolean")) continue;
    if (b.parts.some((p) => breakdownOfPart.has(p))) continue;
    const entry = { total: b.total, parts: b.parts, first: FIRST_PART_SHARE[b.id] ?? ([0.7, 1] as const) };
    for (const p of b.parts) breakdownOfPart.set(p, entry);
  }
  const ruleOf = (e: ElementDef): Rule => {
    const known = RULES[e.id];
    if (known && (known.kind === "capita" || known.kind === "range" || elements.has(known.of))) return known;
    if (e.partOf && elements.has(e.partOf)) return share(e.partOf, 0.6, 1);
    return e.kind === "amount" ? range(1_000_000, 200_000_000) : range(0, 10);
  };
  const dependsOn = (e: ElementDef): string | undefined => {
    const b = breakdownOfPart.get(e.id);
    if (b) return b.total;
    const r = ruleOf(e);
    return r.kind === "share" || r.kind === "per" ? r.of : undefined;
  };
  const ids: string[] = [];
  const index = new Map<string, number>();
  const rootId: string[] = [];
  const pending: { id: string; e: ElementDef; rule: Rule | undefined; parts?: readonly string[]; first?: readonly [number, number]; total?: string }[] = [];
  const visiting = new Set<string>();
  const place = (id: string, root: string) => {
    index.set(id, ids.length);
    ids.push(id);
    rootId.push(root);
  };
  const visit = (id: string): void => {
    if (index.has(id) || visiting.has(id)) return;
    const e = elements.get(id);
    if (!e || e.kind === "boolean") return;
    visiting.add(id);
    const dep = dependsOn(e);
    if (dep) visit(dep);
    visiting.delete(id);
    if (index.has(id)) return;
    const root = dep !== undefined && index.has(dep) ? rootId[index.get(dep)!]! : id;
    const b = breakdownOfPart.get(id);
    if (b) {
      for (const p of b.parts) if (!index.has(p)) place(p, root);
      pending.push({ id, e, rule: undefined, parts: b.parts, first: b.first, total: b.total });
      return;
    }
    place(id, root);
    pending.push({ id, e, rule: ruleOf(e) });
  };
  for (const id of elements.keys()) visit(id);
  const steps: Step[] = pending.map((p) => {
    const at = index.get(p.id)!;
    const flow = p.e.aggregation.time === "sum";
    const amount = p.e.kind === "amount";
    if (p.parts) {
      return { at, flow, amount, kind: "breakdown", of: index.get(p.total!)!, parts: p.parts.map((x) => index.get(x)!), min: p.first![0], max: p.first![1] };
    }
    const r = p.rule!;
    return r.kind === "capita" || r.kind === "range"
      ? { at, flow, amount, ...r }
      : { at, flow, amount, kind: r.kind, of: index.get(r.of)!, min: r.min, max: r.max };
  });
  const root = Int32Array.from(rootId, (r) => index.get(r)!);
  const occasional = Uint8Array.from(ids, (id) => (OCCASIONAL.test(id) ? 1 : 0));
  const facts = [...elements.values()].filter((e) => e.kind === "boolean").map((e) => e.id);
  return { ids, steps, root, occasional, facts };
}

/** How many months a period covers, for scaling flows. */
export function periodMonths(periodId: string): number {
  if (/^\d{6}$/.test(periodId)) return 1;
  if (/Q\d$/.test(periodId)) return 3;
  if (/S\d$/.test(periodId)) return 6;
  if (/N9$/.test(periodId)) return 9;
  if (/^\d{4}$/.test(periodId)) return 12;
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(periodId);
  if (m) return Math.max(1, Math.round((Date.parse(m[2]!) - Date.parse(m[1]!)) / (30.44 * 86_400_000)));
  return 1;
}

/** A plausible population of a commune (wards are larger), for scaling. */
export function population(rnd: Random, ward: boolean): number {
  const p = Math.round((ward ? 22_000 : 11_000) * Math.exp(0.55 * gaussian(rnd)));
  return Math.min(250_000, Math.max(1_500, p));
}

/**
 * Which families of figures a unit reports: every main one, and each occasional one with
 * probability 0.55. Returns a mask over the plan's elements.
 */
export function familiesReported(plan: FigurePlan, rnd: Random): Uint8Array {
  const n = plan.ids.length;
  const rootPresent = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (plan.root[i] === i) rootPresent[i] = plan.occasional[i] ? (rnd() < 0.55 ? 1 : 0) : 1;
  const present = new Uint8Array(n);
  for (let i = 0; i < n; i++) present[i] = rootPresent[plan.root[i]!]!;
  return present;
}

/** Draws the figures of one unit following a plan, for the families in `present`. */
export function drawFigures(
  plan: FigurePlan,
  rnd: Random,
  people: number,
  months: number,
  present: Uint8Array,
): Record<string, number | boolean> {
  const v = new Float64Array(plan.ids.length);
  for (const step of plan.steps) {
    if (!present[step.at]) continue;
    const scale = step.flow ? months : 1;
    let x: number;
    switch (step.kind) {
      case "breakdown": {
        const whole = v[step.of]!;
        let left = whole;
        const parts = step.parts;
        const head = Math.min(left, Math.floor(whole * uniform(rnd, step.min, step.max)));
        v[parts[0]!] = head;
        left -= head;
        for (let i = 1; i < parts.length; i++) {
          const y = i === parts.length - 1 ? left : Math.floor(left * rnd());
          v[parts[i]!] = y;
          left -= y;
        }
        continue;
      }
      case "capita":
        x = Math.round(people * step.rate * scale * uniform(rnd, 0.7, 1.3));
        break;
      case "range":
        x = between(rnd, step.min, step.max) * (step.amount ? 1 : scale);
        break;
      case "share":
        x = Math.floor(v[step.of]! * uniform(rnd, step.min, step.max));
        break;
      case "per":
        x = Math.round(v[step.of]! * uniform(rnd, step.min, step.max));
        break;
    }
    if (step.amount) x = Math.round(x / 1000) * 1000;
    v[step.at] = x > 0 ? x : 0;
  }
  const values: Record<string, number | boolean> = {};
  const ids = plan.ids;
  for (let i = 0; i < ids.length; i++) if (present[i]) values[ids[i]!] = v[i]!;
  for (const id of plan.facts) values[id] = rnd() < 0.89;
  // Keyed stores leave a large object in dictionary mode; a spread copy is a fast-mode object,
  // like the ones JSON.parse and the schema produce for real reports.
  return { ...values };
}
