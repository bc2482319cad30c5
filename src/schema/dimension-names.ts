import type { BREAKDOWN_DIMENSIONS } from "./figure-facts.js";

type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/**
 * What each breakdown dimension is called in a sentence ("theo bộ, ngành"), in both languages:
 * one table for the messages of validation and rollup and for the layout's breakdown tables.
 * Zod-free (the type import is erased), so rollup and render can read it.
 */
export const DIMENSION_NAMES: { readonly [L in "vi" | "en"]: Readonly<Record<BreakdownDimension, string>> } = {
  vi: {
    province: "tỉnh, thành phố",
    ministry: "bộ, ngành",
    procedure: "thủ tục",
    documentType: "loại giấy tờ",
    database: "cơ sở dữ liệu",
    agency: "cơ quan, đơn vị",
    other: "chiều khác",
  },
  en: {
    province: "province",
    ministry: "ministry",
    procedure: "procedure",
    documentType: "document type",
    database: "database",
    agency: "agency",
    other: "other dimension",
  },
};

/** The Vietnamese name of a dimension, or the value itself when it is not one (a message never fails on it). */
export function dimensionNameVi(dimension: unknown): string {
  const names: Readonly<Record<string, string>> = DIMENSION_NAMES.vi;
  const d = String(dimension);
  return Object.prototype.hasOwnProperty.call(names, d) ? names[d]! : d;
}
