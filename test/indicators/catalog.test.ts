import { describe, expect, it } from "vitest";
import {
  AGENCIES,
  BREAKDOWNS,
  ELEMENTS,
  INDICATORS,
  ITEM_IDS,
  SCORES,
  SECTION_IDS,
  catalogKind,
  findElement,
  findIndicator,
  findScore,
  indicatorCatalog,
  sectionOf,
} from "../../src/index.js";

/** Every id fixed by issue 3 and by the agreed ids for the seed figures (ids.md). */
const AGREED_ELEMENTS = [
  "hs.tiep_nhan", "hs.tiep_nhan_truc_tuyen", "hs.da_giai_quyet", "hs.dung_han", "hs.qua_han", "hs.dang_giai_quyet",
  "hs.so_hoa", "hs.ket_qua_dien_tu", "hs.phat_sinh_thanh_toan", "hs.thanh_toan_truc_tuyen", "tthc.tong", "tthc.dvctt_toan_trinh",
  "nv.duoc_giao", "nv.co_thoi_han", "nv.thuong_xuyen", "nv.hoan_thanh", "nv.chua_hoan_thanh", "nv.cham_tien_do",
  "vb.chi_dao_ban_hanh", "vb.qppl_ban_hanh", "tthc.qd_cong_bo", "tthc.quy_trinh_noi_bo", "tt.tin_bai", "tt.luot_tuong_tac",
  "tt.luot_phat_thanh", "tt.luot_truyen_thanh_xa", "tt.zalo_theo_doi", "dvc.thiet_yeu_tong", "dvc.thiet_yeu_trien_khai",
  "dvc.qd422_tong", "dvc.qd422_trien_khai", "dvc.qd206_tong", "dvc.qd206_trien_khai", "yte.co_so_kcb_bhyt",
  "yte.co_so_kcb_dung_can_cuoc", "yte.luot_tra_cuu_can_cuoc", "yte.kiosk_sinh_trac", "yte.kiosk_co_the_nang_cap",
  "yte.so_suc_khoe_dien_tu", "yte.benh_vien", "yte.benh_vien_benh_an_dien_tu", "yte.co_so_giay_kham_lai_xe",
  "yte.giay_kham_lai_xe", "yte.co_so_giay_chung_sinh", "yte.giay_chung_sinh", "yte.co_so_giay_bao_tu", "yte.giay_bao_tu",
  "dd.to_chuc_ho_so", "dd.tai_khoan", "dd.tai_khoan_muc2_trong_ky", "cc.the_da_cap", "cks.ca_nhan_hieu_luc",
  "cks.vnpt_mien_phi", "cks.viettel_mien_phi", "nh.khach_hang_vay", "nh.du_no", "thue.hkd_hoa_don_may_tinh_tien",
  "thue.mst_ca_nhan_chuan_hoa", "thue.mst_to_chuc_chuan_hoa", "dat.doi_soat", "dat.trung_khop", "dat.sai_lech",
  "dat.khong_co_thong_tin", "dat.gcn_thu_thap", "dat.gcn_scan", "dat.ban_ghi_nhap", "dat.thua_dong_bo", "ht.du_lieu_moi",
  "ht.du_lieu_cu", "bhxh.doi_tuong_xac_thuc", "bhxh.xac_thuc_khop", "ioc.phan_he", "cnscd.da_thanh_lap",
  "cnscd.thanh_vien", "cnscd.to_thon", "nl.cong_chuc_cds", "nl.lop_tap_huan", "ho_tro.luot_nguoi_dan", "hl.hai_long",
  "hl.danh_gia", "bhxh.doi_tuong_huong", "bhxh.huong_qua_tai_khoan", "cs766.xep_hang",
] as const;
const AGREED_INDICATORS = [
  "tl.ho_so_dung_han", "tl.ho_so_truc_tuyen", "tl.so_hoa", "tl.ket_qua_dien_tu", "tl.thanh_toan_truc_tuyen",
  "tl.dvctt_toan_trinh", "tl.hai_long", "tl.kcb_dung_can_cuoc", "tl.xac_thuc_bhxh", "tl.benh_an_dien_tu", "tl.dvc_thiet_yeu",
  "tl.dat_trung_khop", "tl.chi_tra_bhxh_khong_tien_mat", "tl.co_so_kcb_ttktm", "tl.giao_dich_kcb_ttktm",
  "tl.tthc_tich_hop_cong_dvcqg", "tl.lltp_vneid", "tl.so_hoa_ho_tich", "tl.lltp_lam_sach", "tl.tai_su_dung_du_lieu",
  "tl.can_bo_tap_huan",
] as const;
const AGREED_SCORES = [
  "cs766.tong", "cs766.cong_khai", "cs766.dvc_truc_tuyen", "cs766.hai_long", "cs766.so_hoa", "cs766.tien_do",
  "cs766.thanh_toan_truc_tuyen",
] as const;

const allIds = [...ELEMENTS, ...INDICATORS, ...SCORES].map((x) => x.id);
const agencyCodes = new Set<string>(AGENCIES.map((a) => a.code));
const outlineIds = new Set<string>([...ITEM_IDS, ...SECTION_IDS]);

describe("indicator catalog", () => {
  it("has at least 60 elements and indicators, with unique ids that the schema accepts", () => {
    expect(ELEMENTS.length + INDICATORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const id of [...allIds, ...BREAKDOWNS.map((b) => b.id)]) expect(id).toMatch(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
  });

  it("contains every agreed id", () => {
    for (const id of AGREED_ELEMENTS) expect(catalogKind(id), id).toBe("element");
    for (const id of AGREED_INDICATORS) expect(catalogKind(id), id).toBe("indicator");
    for (const id of AGREED_SCORES) expect(catalogKind(id), id).toBe("score");
  });

  it("fixes the formulas of issue 3", () => {
    const f = (id: string) => {
      const i = findIndicator(id);
      return i && `${i.numerator}/${i.denominator}`;
    };
    expect(f("tl.ho_so_dung_han")).toBe("hs.dung_han/hs.da_giai_quyet");
    expect(f("tl.ho_so_truc_tuyen")).toBe("hs.tiep_nhan_truc_tuyen/hs.tiep_nhan");
    expect(f("tl.so_hoa")).toBe("hs.so_hoa/hs.tiep_nhan");
    expect(f("tl.ket_qua_dien_tu")).toBe("hs.ket_qua_dien_tu/hs.da_giai_quyet");
    expect(f("tl.thanh_toan_truc_tuyen")).toBe("hs.thanh_toan_truc_tuyen/hs.phat_sinh_thanh_toan");
    expect(f("tl.dvctt_toan_trinh")).toBe("tthc.dvctt_toan_trinh/tthc.tong");
    expect(findIndicator("tl.dvctt_toan_trinh")?.target).toMatchObject({ op: ">=", value: 80 });
    expect(findIndicator("tl.tthc_phi_dia_gioi")?.target).toMatchObject({ op: ">=", value: 100 });
    expect(findIndicator("tl.tthc_doanh_nghiep_truc_tuyen")?.target).toMatchObject({ op: ">=", value: 100 });
    expect(findIndicator("tl.cung_cap_mot_lan")?.target).toMatchObject({ op: ">=", value: 80 });
    expect(findIndicator("tl.dvc_thiet_yeu")?.target).toMatchObject({ op: ">=", value: 100 });
    for (const i of INDICATORS) if ("target" in i) expect(i.target.source.length, i.id).toBeGreaterThan(10);
  });

  it("declares the part-of chains and breakdowns", () => {
    expect(findElement("hs.dung_han")?.partOf).toBe("hs.da_giai_quyet");
    expect(findElement("hs.da_giai_quyet")?.partOf).toBe("hs.tiep_nhan");
    const bd = (total: string) => BREAKDOWNS.filter((b) => b.total === total).map((b) => [...b.parts].sort());
    expect(bd("hs.da_giai_quyet")).toEqual([["hs.dung_han", "hs.qua_han"]]);
    expect(bd("dat.doi_soat")).toEqual([["dat.khong_co_thong_tin", "dat.sai_lech", "dat.trung_khop"]]);
    expect(bd("nv.duoc_giao")).toEqual(
      expect.arrayContaining([["nv.co_thoi_han", "nv.thuong_xuyen"], ["nv.chua_hoan_thanh", "nv.hoan_thanh"]]),
    );
    expect(findElement("cks.vnpt_mien_phi")?.partOf).toBe("cks.ca_nhan_hieu_luc");
    expect(findElement("cnscd.da_thanh_lap")).toMatchObject({ kind: "boolean", aggregation: { units: "countTrue" } });
    expect(findElement("cs766.xep_hang")?.aggregation.units).toBe("none");
  });

  it("refers only to things that exist, without part-of cycles", () => {
    const elementIds = new Set<string>(ELEMENTS.map((e) => e.id));
    for (const e of ELEMENTS) {
      if ("partOf" in e) expect(elementIds.has(e.partOf), `${e.id} partOf ${e.partOf}`).toBe(true);
      // walk up: a chain must end
      const seen = new Set<string>();
      let cur: string | undefined = e.id;
      while (cur !== undefined) {
        expect(seen.has(cur), `cycle at ${cur}`).toBe(false);
        seen.add(cur);
        cur = findElement(cur)?.partOf;
      }
    }
    for (const i of INDICATORS) {
      expect(elementIds.has(i.numerator), i.id).toBe(true);
      expect(elementIds.has(i.denominator), i.id).toBe(true);
    }
    for (const b of BREAKDOWNS) for (const id of [b.total, ...b.parts]) expect(elementIds.has(id), `${b.id}: ${id}`).toBe(true);
    for (const x of [...ELEMENTS, ...INDICATORS, ...SCORES]) {
      expect(outlineIds.has(x.outlineItem), `${x.id} → ${x.outlineItem}`).toBe(true);
      for (const a of ("lead" in x ? x.lead : undefined) ?? []) expect(agencyCodes.has(a), `${x.id} lead ${a}`).toBe(true);
      expect(x.levels.length).toBeGreaterThan(0);
    }
  });

  it("answers every quantitative item of the outline (1.1–7.2 and section 8)", () => {
    const answered = new Set<string>([...ELEMENTS, ...INDICATORS].map((x) => x.outlineItem));
    for (const id of [...ITEM_IDS, "8"]) expect(answered.has(id), id).toBe(true);
  });

  it("writes Vietnamese labels and units in NFC", () => {
    for (const x of [...ELEMENTS, ...INDICATORS, ...SCORES, ...BREAKDOWNS]) {
      expect(x.label, x.id).toBe(x.label.normalize("NFC"));
      if ("unit" in x) expect(x.unit).toBe(x.unit.normalize("NFC"));
      if ("legalBasis" in x && x.legalBasis) expect(x.legalBasis).toBe(x.legalBasis.normalize("NFC"));
    }
  });

  it("looks things up", () => {
    expect(findElement("hs.tiep_nhan")?.unit).toBe("hồ sơ");
    expect(findElement("tl.ho_so_dung_han")).toBeUndefined();
    expect(findIndicator("hs.tiep_nhan")).toBeUndefined();
    expect(findScore("cs766.tong")?.max).toBe(100);
    expect(findScore("cs766.tong", { elements: [], indicators: [], breakdowns: [] })).toBeUndefined();
    expect(catalogKind("xx.yy")).toBeUndefined();
    expect(findElement("hs.tiep_nhan", { ...indicatorCatalog, elements: [] })).toBeUndefined();
    expect(sectionOf("3.1")).toBe("3");
    expect(sectionOf("8")).toBe("8");
    expect(sectionOf("10.2")).toBe("10");
  });
});
