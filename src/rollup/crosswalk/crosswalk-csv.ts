import type { Locale } from "../../schema/problem.js";
import type { Crosswalk, CrosswalkEntry, CrosswalkTarget } from "./crosswalk.js";
import { rollupProblem, type RollupProblem } from "../messages.js";

/**
 * Reads the official old → new conversion table of the 2025 reorganisation (the CSV of
 * `tranngocminhhieu/vietnamadminunits`, `convert_legacy_2025_simple.csv`: 10,602 rows, 10,040
 * old communes → 3,321 new) into a {@link Crosswalk}. Pure: the caller reads the file.
 *
 * Split weights: the table says which new communes a divided old commune went into
 * (`isDividedWard`), not how its population was shared, and its only size column
 * (`newWardAreaKm2`) is the area of the whole new commune, not of the part it received. So the
 * default weight is 1 for every part (an equal split); callers who know better (population of
 * the villages transferred, say) pass `weights`.
 */

/**
 * Options of {@link parseCrosswalkCsv}.
 *
 * @category Rollup
 * @example
 * ```ts
 * // Phường Cống Vị (old 00007): 3 parts to Giảng Võ, 1 to Ngọc Hà.
 * const o: CrosswalkCsvOptions = { weights: { "00007": { "00025": 3, "00008": 1 } } };
 * ```
 */
export interface CrosswalkCsvOptions {
  /** Old commune code → new commune code → positive integer weight (default 1 each). */
  readonly weights?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Where the table came from, kept in the crosswalk. */
  readonly source?: string;
  readonly locale?: Locale;
}

/**
 * The result of {@link parseCrosswalkCsv}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const { crosswalk, problems }: CrosswalkCsvResult = parseCrosswalkCsv(csvText);
 * problems.filter((p) => p.severity === "error"); // []
 * ```
 */
export interface CrosswalkCsvResult {
  readonly crosswalk: Crosswalk;
  readonly problems: readonly RollupProblem[];
}

const REQUIRED = [
  "provinceCode",
  "wardCode",
  "province",
  "district",
  "ward",
  "newProvince",
  "newWard",
  "newProvinceCode",
  "newWardCode",
] as const;

/** Splits one CSV line into fields (RFC 4180 quotes allowed). */
function fields(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** An old code as the table writes it (`9463.0`, `1`) → zero-padded (`09463`, `01`). */
function code(raw: string, width: number): string | undefined {
  const m = /^(\d+)(?:\.0+)?$/.exec(raw.trim());
  if (!m || m[1]!.length > width) return undefined;
  return m[1]!.padStart(width, "0");
}

/**
 * Parses the conversion table into a crosswalk: old communes (`units.xa`) and old provinces
 * (`units.tinh`) with the new units they went into. Rows for island districts that had no
 * communes are skipped with an `info` problem; malformed rows are reported and skipped.
 *
 * @category Rollup
 * @summary The 2025 conversion table as a crosswalk.
 * @param text - The CSV text (header row first).
 * @param options - Split weights, source, message locale.
 * @example
 * ```ts
 * const { crosswalk } = parseCrosswalkCsv(readFileSync("crosswalk-2025.csv", "utf8"));
 * crosswalk.units.xa["09478"]?.to[0]?.code; // "09487" (Lãng Ngâm → Đông Cứu)
 * crosswalk.units.tinh["27"]?.to[0]?.code;  // "24" (old Bắc Ninh → Bắc Ninh)
 * ```
 */
export function parseCrosswalkCsv(text: string, options: CrosswalkCsvOptions = {}): CrosswalkCsvResult {
  const locale = options.locale ?? "vi";
  const problems: RollupProblem[] = [];
  const lines = text.normalize("NFC").replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = fields(lines[0] ?? "").map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h, i]));
  const xa: Record<string, CrosswalkEntry> = {};
  const tinh: Record<string, CrosswalkEntry> = {};
  const empty = (): Crosswalk => ({ validFrom: "2025-07-01", ...(options.source ? { source: options.source } : {}), units: { xa, tinh } });
  for (const c of REQUIRED) {
    if (!col.has(c)) problems.push(rollupProblem("csv_missing_column", "error", ["header"], { column: c }, locale));
  }
  if (problems.length > 0) return { crosswalk: empty(), problems };
  const at = (row: readonly string[], c: (typeof REQUIRED)[number]) => (row[col.get(c)!] ?? "").trim();

  const xaTargets = new Map<string, CrosswalkTarget[]>();
  const xaInfo = new Map<string, { name: string; parent: string; district: string }>();
  const tinhTargets = new Map<string, CrosswalkTarget[]>();
  const tinhName = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const row = fields(line);
    const lineNo = i + 1;
    const oldProvince = code(at(row, "provinceCode"), 2);
    const newProvince = code(at(row, "newProvinceCode"), 2);
    const newWard = code(at(row, "newWardCode"), 5);
    if (!oldProvince || !newProvince || !newWard) {
      problems.push(rollupProblem("csv_bad_row", "error", ["rows", lineNo], { line: lineNo, reason: "mã tỉnh/xã không hợp lệ" }, locale));
      continue;
    }
    // Provinces: every row repeats its old province → new province.
    const pt = tinhTargets.get(oldProvince) ?? [];
    if (!pt.some((t) => t.code === newProvince)) pt.push({ code: newProvince, name: at(row, "newProvince"), weight: 1 });
    tinhTargets.set(oldProvince, pt);
    tinhName.set(oldProvince, at(row, "province"));

    const rawWard = at(row, "wardCode");
    if (rawWard === "") {
      problems.push(
        rollupProblem("csv_row_without_commune", "info", ["rows", lineNo], { line: lineNo, district: at(row, "district"), newWard: at(row, "newWard") }, locale),
      );
      continue;
    }
    const oldWard = code(rawWard, 5);
    if (!oldWard) {
      problems.push(rollupProblem("csv_bad_row", "error", ["rows", lineNo], { line: lineNo, reason: `mã xã cũ "${rawWard}"` }, locale));
      continue;
    }
    const list = xaTargets.get(oldWard) ?? [];
    if (!list.some((t) => t.code === newWard)) {
      const weight = options.weights?.[oldWard]?.[newWard] ?? 1;
      list.push({ code: newWard, name: at(row, "newWard"), weight });
    }
    xaTargets.set(oldWard, list);
    if (!xaInfo.has(oldWard)) xaInfo.set(oldWard, { name: at(row, "ward"), parent: oldProvince, district: at(row, "district") });
  }
  for (const [c, to] of [...xaTargets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const info = xaInfo.get(c)!;
    to.sort((a, b) => (a.code < b.code ? -1 : 1));
    xa[c] = { code: c, name: info.name, level: "xa", parent: info.parent, district: info.district, to };
  }
  for (const [c, to] of [...tinhTargets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    tinh[c] = { code: c, name: tinhName.get(c)!, level: "tinh", to };
  }
  return { crosswalk: empty(), problems };
}
