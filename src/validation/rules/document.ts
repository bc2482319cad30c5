import { checkUnit, placeName } from "../../schema/unit.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Document form (Nghị định 30/2020/NĐ-CP, Phụ lục I): the symbol (`BC-UBND`), the place of the
 * place-and-date line, the signer's authority lines (a People's Committee signs "TM."; a deputy
 * signs "KT."), the distribution list ending "Lưu: VT, …." — and the unit itself. How the number
 * is printed (leading zero below 10) is the renderer's business, not a check.
 *
 * Issuer, symbol, place, signer and "Nơi nhận" are optional in the schema: a briefing TÀI LIỆU
 * has none of them, a DỰ THẢO not yet. A BÁO CÁO that will be sent (no marking) usually has them
 * all, so their absence is a warning there, and nothing for any other document.
 */

// Vietnamese has no locale-specific case mappings: plain toUpperCase is right, and much cheaper.
const up = (s: string) => s.normalize("NFC").toUpperCase();

/** Collective bodies sign "TM." (thay mặt): People's Committees and Councils. */
const COLLECTIVE = /^(?:ỦY|UỶ) BAN NHÂN DÂN\b|^UBND\b|^HỘI ĐỒNG NHÂN DÂN\b|^HĐND\b/u;
const DEPUTY = /^PHÓ\s/u;
const SYMBOL = /^[A-ZĐ]{1,10}(?:-[A-ZĐ0-9&]{1,20})+$/u;
const ARCHIVE = /^Lưu\s*:?\s*VT\b/iu;

/** A BÁO CÁO without a marking (DỰ THẢO…): the document that will be signed and sent. */
function willBeSent(ctx: RuleContext): boolean {
  const doc = ctx.report.document;
  return (doc.kind ?? "bao_cao") === "bao_cao" && doc.marking === undefined;
}

const PARTS = ["issuer", "symbol", "place", "signer"] as const;

function checkParts(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  if (!willBeSent(ctx)) return [];
  const doc = ctx.report.document;
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const part of PARTS) {
    const v = doc[part];
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
      out.push({ code: "document_part_missing", severity: "warning", path: ["document", part], params: { part } });
    }
  }
  return out;
}

function checkSymbol(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const symbol = ctx.report.document.symbol;
  if (typeof symbol !== "string") return [];
  const s = symbol.trim();
  if (!SYMBOL.test(s)) return [{ code: "symbol_malformed", path: ["document", "symbol"], params: { symbol } }];
  if (!s.startsWith("BC-") && (ctx.report.document.kind ?? "bao_cao") === "bao_cao") return [{ code: "symbol_not_report", severity: "warning", path: ["document", "symbol"], params: { symbol } }];
  return [];
}

function checkPlace(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const place = ctx.report.document.place;
  if (typeof place !== "string" || place.trim() === "") return [];
  if (ctx.level === "bo" || typeof ctx.report.unit.name !== "string") return [];
  const expected = placeName(ctx.report.unit.name);
  if (up(place.trim()) === up(expected)) return [];
  return [{ code: "place_mismatch", severity: "warning", path: ["document", "place"], params: { place, expected } }];
}

function checkSigner(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const doc = ctx.report.document;
  const signer = doc.signer;
  if (signer === undefined || signer === null || typeof signer.title !== "string") return [];
  const authority = Array.isArray(signer.authority) ? signer.authority : [];
  const prefixes = authority.map((a) => a?.prefix);
  const title = up(signer.title.trim());
  const out: RawIssue<ValidationIssueCode>[] = [];
  const path = ["document", "signer", "authority"];
  const issuer = typeof doc.issuer === "string" ? up(doc.issuer.trim()) : "";
  if (COLLECTIVE.test(issuer) && !prefixes.includes("TM.")) {
    out.push({ code: "signer_tm_missing", path, params: { issuer: doc.issuer, title: signer.title } });
  }
  const deputy = DEPUTY.test(title);
  if (deputy && !prefixes.includes("KT.")) {
    out.push({ code: "signer_kt_missing", path, params: { title: signer.title } });
  }
  if (!deputy && prefixes.includes("KT.")) {
    out.push({ code: "signer_kt_for_head", severity: "warning", path, params: { title: signer.title } });
  }
  const tm = prefixes.indexOf("TM.");
  const kt = prefixes.indexOf("KT.");
  if (tm > 0 && kt >= 0 && kt < tm) {
    out.push({ code: "signer_authority_order", severity: "warning", path, params: {} });
  }
  return out;
}

function checkDistribution(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const list = ctx.report.document.distribution;
  if (!Array.isArray(list) || list.length === 0) {
    if (!willBeSent(ctx)) return [];
    return [{ code: "distribution_missing", severity: "warning", path: ["document", "distribution"], params: {} }];
  }
  const index = list.length - 1;
  const raw = list[index];
  if (typeof raw !== "string") return [];
  const last = raw.replace(/^\s*[-+•]\s*/u, "").trim();
  const path = ["document", "distribution", index];
  if (!ARCHIVE.test(last)) return [{ code: "distribution_archive_missing", path, params: { last: raw } }];
  if (!last.endsWith(".")) return [{ code: "distribution_final_period", path, params: { last: raw } }];
  return [];
}

function checkUnitCode(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const { code, level } = ctx.report.unit;
  if (typeof code !== "string") return [];
  const shape = code === "VN" ? "bo" : /^\d{2}$/.test(code) ? "tinh" : /^\d{5}$/.test(code) ? "xa" : undefined;
  if (shape !== undefined && shape !== level) {
    return [{ code: "unit_code_level_mismatch", path: ["unit", "level"], params: { code, level, expected: shape } }];
  }
  if (ctx.units === undefined) return [];
  return checkUnit(ctx.units, { code, level }).map((p) => ({ code: p.code, path: p.path, params: p.params }));
}

/**
 * The document-form rules.
 *
 * @category Validation
 * @example
 * ```ts
 * DOCUMENT_RULES.map((r) => r.id);
 * // ["document.parts", "document.symbol", "document.place", "document.signer", "document.distribution", "document.unit"]
 * ```
 */
export const DOCUMENT_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "document.parts",
    family: "document",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description:
      "Báo cáo sẽ gửi đi (BÁO CÁO, không phải dự thảo) thường có cơ quan ban hành, ký hiệu, địa danh và người ký; tài liệu, dự thảo thì không bắt buộc.",
    description_en: "A BÁO CÁO to be sent (not a draft) usually has issuer, symbol, place and signer; a TÀI LIỆU or a draft need not.",
    check: checkParts,
  },
  {
    id: "document.symbol",
    family: "document",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Ký hiệu văn bản đúng dạng viết tắt tên loại – cơ quan ban hành, ví dụ BC-UBND.",
    description_en: "The document symbol has the form type–issuer, e.g. BC-UBND.",
    check: checkSymbol,
  },
  {
    id: "document.place",
    family: "document",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Dòng địa danh, ngày tháng có địa danh, là tên đơn vị hành chính nơi cơ quan đóng trụ sở.",
    description_en: "The place-and-date line names the place: the administrative unit the body sits in.",
    check: checkPlace,
  },
  {
    id: "document.signer",
    family: "document",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Thẩm quyền ký: Ủy ban nhân dân ký “TM.”; cấp phó ký thay cấp trưởng ghi “KT.”.",
    description_en: "Signing authority: a People's Committee signs “TM.”; a deputy signs “KT.” for the head.",
    check: checkSigner,
  },
  {
    id: "document.distribution",
    family: "document",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "“Nơi nhận” kết thúc bằng dòng “Lưu: VT, …” và dấu chấm.",
    description_en: "The distribution list ends with “Lưu: VT, …” and a full stop.",
    check: checkDistribution,
  },
  {
    id: "document.unit",
    family: "document",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Mã đơn vị khớp với cấp báo cáo và có trong danh mục đơn vị hành chính hiện hành (khi được cung cấp).",
    description_en: "The unit code matches the level and, when a unit index is given, exists in it.",
    check: checkUnitCode,
  },
];
