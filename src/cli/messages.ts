/**
 * Every text the CLI prints, in one table per locale: Vietnamese (the default) and English
 * (`--locale en`, which every command takes). The library's own problem messages come from the
 * library and follow the same locale. Numbers go through `src/format` in Vietnamese and are
 * written 3,321 / 1.5 in English.
 *
 * The locale of a run is set once by `runCli` (from `--locale`, before the command parses its
 * arguments, so that usage errors are in the asked language too) and read here through
 * AsyncLocalStorage: one value per run, even when runs overlap in one process (the tests).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import {
  formatViNumber,
  formatPath,
  parsePeriod,
  periodLabel,
  summarizeIssues,
  type Locale,
  type Period,
  type Problem,
  type Severity,
} from "../index.js";

/** A failure the user can act on: printed as "Lỗi: …" without a stack, with an exit code. */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Exit codes: 0 done, 1 the input has errors or a file could not be used, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const current = new AsyncLocalStorage<Locale>();

/** The locale of the running command (`vi` outside a run). */
export function cliLocale(): Locale {
  return current.getStore() ?? "vi";
}

/** Runs `work` with `locale` as the CLI's locale (what {@link msg} and the helpers below read). */
export function withCliLocale<T>(locale: Locale, work: () => T): T {
  return current.run(locale, work);
}

/** A number as the locale writes it: 3.321 and 1,5 in Vietnamese, 3,321 and 1.5 in English. */
export function num(x: number, decimals?: number): string {
  if (cliLocale() === "vi") return formatViNumber(x, decimals);
  return x.toLocaleString("en-US", decimals === undefined ? { maximumFractionDigits: 20 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
const n = (x: number) => num(x);

const SEVERITY_LABELS: Readonly<Record<Locale, Readonly<Record<Severity, string>>>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "lưu ý" },
  en: { error: "error", warning: "warning", info: "note" },
};

/** "lỗi", "cảnh báo", "lưu ý" (or "error", "warning", "note" in English). */
export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[cliLocale()][severity];
}

/** "2 lỗi, 3 cảnh báo" (or "2 errors, 3 warnings") for any problem list (the validation module's summary line). */
export function countLine(problems: readonly Problem[]): string {
  return summarizeIssues(problems.map((p) => ({ ...p, rule: "" })), cliLocale());
}

/** A period as the locale cites it: "tháng 05/2026", "May 2026". */
export function periodText(period: Period): string {
  return periodLabel(period, cliLocale());
}

/** "Xã Đông Cứu · tháng 05/2026": who reported, for which period. */
export function reportLabel(report: { readonly unit: { readonly name: string }; readonly period: string }): string {
  const period = parsePeriod(report.period);
  return `${report.unit.name} · ${period ? periodText(period) : report.period}`;
}

/** One problem as an indented line: "  lỗi       values.hs.dung_han — message". */
export function problemLine(p: Problem): string {
  const locale = cliLocale();
  const label = severityLabel(p.severity).padEnd(9);
  const path = p.path.length > 0 && !p.message.includes(formatPath(p.path, locale)) ? ` [${formatPath(p.path, locale)}]` : "";
  return `  ${label} ${p.message}${path}`;
}

const vi = {
  errorPrefix: "Lỗi",
  skipped: "Bỏ qua",
  seconds: "giây",

  fileMissing: (f: string) => `Không tìm thấy tệp “${f}”. Kiểm tra lại đường dẫn.`,
  isDirectory: (f: string) => `“${f}” là một thư mục, không phải tệp JSON.`,
  noPermission: (f: string) => `Không có quyền đọc “${f}”.`,
  fileUnreadable: (f: string, why: string) => `Không đọc được “${f}”: ${why}`,
  notRegularFile: (f: string) => `“${f}” không phải tệp thông thường (ống, thiết bị hay ổ cắm): chỉ đọc tệp JSON trên đĩa.`,
  tooLarge: (f: string, bytes: number, max: number) =>
    `Tệp “${f}” quá lớn (${formatViNumber(bytes / 2 ** 20, 1)} MB trở lên; tối đa ${formatViNumber(max / 2 ** 20)} MB): không phải một báo cáo.`,
  outputsCollide: (a: string, b: string) => `Hai tệp kết quả trùng nhau (“${a}” và “${b}”): chọn hai đường dẫn khác nhau.`,
  outputIsInput: (f: string) => `Tệp kết quả “${f}” cũng là tệp đầu vào: lệnh không ghi đè lên đầu vào, chọn đường dẫn khác.`,
  emptyDirectory: (f: string) => `Thư mục “${f}” không có tệp .json nào.`,
  badJson: (f: string, at?: { line: number; column: number }) =>
    `Tệp “${f}” không phải JSON hợp lệ${at ? ` (lỗi ở dòng ${at.line}, cột ${at.column})` : ""}. ` +
    "Kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép.",
  schemaFailed: (f: string, problems: readonly Problem[]) =>
    [`Tệp “${f}” không đúng lược đồ báo cáo (${n(problems.length)} lỗi):`, ...problems.slice(0, 20).map(problemLine),
      ...(problems.length > 20 ? [`  … và ${n(problems.length - 20)} lỗi khác`] : [])].join("\n"),
  catalogFailed: (f: string, problems: readonly Problem[]) =>
    [`Tệp danh mục “${f}” có ${n(problems.length)} lỗi:`, ...problems.slice(0, 20).map(problemLine),
      ...(problems.length > 20 ? [`  … và ${n(problems.length - 20)} lỗi khác`] : [])].join("\n"),
  noWritePermission: (f: string) => `Không có quyền ghi “${f}”.`,
  cannotWrite: (f: string, why: string) => `Không ghi được “${f}”: ${why}`,
  unknownCommand: (c: string) => `Lệnh không hợp lệ: “${c}”. Các lệnh: validate, rollup, country, render, schema, demo.`,
  unknownOption: (o: string, cmd: string) => `Tùy chọn không hợp lệ: ${o}. Xem “de-an-06 ${cmd} --help”.`,
  missingValue: (o: string) => `Tùy chọn ${o} cần một giá trị.`,
  noValue: (o: string) => `Tùy chọn ${o} không nhận giá trị.`,
  badArgs: (detail: string, cmd: string) => `Tham số không hợp lệ (${detail}). Xem “de-an-06 ${cmd} --help”.`,
  needInput: (what: string, cmd: string) => `Thiếu ${what}. Xem “de-an-06 ${cmd} --help”.`,
  badLocale: (l: string) => `Ngôn ngữ “${l}” không được hỗ trợ; dùng vi hoặc en.`,
  badPeriod: (p: string) =>
    `Mã kỳ báo cáo “${p}” không hợp lệ. Ví dụ: 202602 (tháng), 2026Q1 (quý), 2026S1 (6 tháng), 2026N9 (9 tháng), 2026 (năm).`,
  badUnit: (u: string) => `Mã đơn vị “${u}” không hợp lệ: dùng VN (toàn quốc), 2 chữ số (tỉnh) hoặc 5 chữ số (xã).`,
  unknownUnit: (u: string) =>
    `Không có đơn vị mã “${u}” trong danh mục đơn vị hành chính từ 01/7/2025 (34 tỉnh, thành phố; VN là toàn quốc).`,
  badChildren: (f: string) =>
    `Tệp “${f}” không phải danh sách đơn vị: cần một mảng mã (["09487", …]), một mảng đơn vị ({ "code", … }) hoặc { "units": [...] }.`,
  nothingToRollUp: (files: number) =>
    `Không có báo cáo hợp lệ nào để tổng hợp (${formatViNumber(files)} tệp đều bị bỏ qua): không ghi tệp kết quả.`,
  expectedTwice: "--children là tên cũ của --expected: chỉ dùng một trong hai.",
  rollupStopped: "Đã dừng tổng hợp để không ra số liệu thiếu; dùng --skip-invalid để bỏ qua tệp này.",
  badRollupDetails: (f: string) => `Tệp “${f}” không phải tệp chi tiết tổng hợp (cần "coverage" và "provenance", do “rollup --details” ghi).`,
  detailsOfAnother: (f: string, theirs: string, ours: string) =>
    `Tệp chi tiết “${f}” là của ${theirs}, không phải của báo cáo này (${ours}): dùng tệp do “rollup --details” ghi cho chính báo cáo đó.`,
  detailsNotChildren: (f: string, code: string, unit: string) =>
    `Tệp chi tiết “${f}” có đơn vị ${code}, không trực thuộc ${unit}: tệp này không phải chi tiết tổng hợp của báo cáo.`,
  oneInput: (cmd: string) => `Lệnh ${cmd} nhận đúng một tệp báo cáo.`,
  kb: (bytes: number) => `${formatViNumber(bytes / 1024, 1)} kB`,
  badSeed: (s: string) => `Hạt giống “${s}” không hợp lệ: cần một số nguyên.`,
  demoNoFixtures: (f: string) =>
    `Không thấy dữ liệu mẫu ở “${f}”. Gói cài đặt phải có thư mục test/fixtures/ (ba báo cáo mẫu .json).`,
  demoTitle: "de-an-06 demo — kiểm tra, tổng hợp và xuất báo cáo Đề án 06 trên dữ liệu mẫu\n",
  demoCarried:
    "(Tổng hợp không cộng những số liệu tự mâu thuẫn trong báo cáo thật của xã Đông Cứu — mỗi khoản được nêu trong phần vấn đề của tệp .rollup.json; đối chiếu với báo cáo các xã, quy tắc cấp trên/cấp dưới nêu lại khoản chênh đó.)",
  demoNext: (out: string, province: string, period: string) =>
    [
      "Thử tiếp:",
      `  npx de-an-06 validate test/fixtures/`,
      `  npx de-an-06 rollup ${out}/xa-${province} --unit ${province} --period ${period} -o ${out}/tinh.json --details ${out}/tinh.rollup.json`,
      `  npx de-an-06 render ${out}/tinh.json --rollup ${out}/tinh.rollup.json -o ${out}/tinh.docx`,
    ].join("\n"),
  contextNeedsOne: "--previous và --children dùng khi kiểm tra đúng một báo cáo.",
  written: (what: string, f: string) => `Đã ghi ${what}: ${f}`,
  unexpected: (why: string) => `Lỗi không mong đợi: ${why}`,
  // Words passed to needInput and written.
  what: {
    reportToCheck: "tệp báo cáo cần kiểm tra",
    reportsToRollUp: "thư mục hoặc tệp báo cáo cần tổng hợp",
    communeReports: "thư mục báo cáo các xã",
    unitOption: "--unit (mã đơn vị tổng hợp)",
    periodOption: "--period (kỳ báo cáo)",
    outFile: "-o (tệp kết quả)",
    outDir: "-o (thư mục kết quả)",
    reportToRender: "tệp báo cáo cần xuất",
    outDocx: "-o (tệp .docx kết quả)",
    rolledUpReport: "báo cáo tổng hợp",
    rollupDetails: "chi tiết tổng hợp",
    wordFile: (size: string) => `tệp Word (${size})`,
    schemaFile: "JSON Schema",
  },
  // validate
  fileUnreadableLine: (f: string) => `✗ ${f}: không đọc được tệp`,
  schemaFailedLine: (f: string, count: string) => `✗ ${f}: không đúng lược đồ báo cáo — ${count}`,
  validateTotal: (files: number, bad: number, count: string) =>
    `\nĐã kiểm tra ${n(files)} báo cáo: ${n(files - bad)} không có lỗi, ${n(bad)} có lỗi (tổng ${count}).`,
  // rollup and country
  children: (level: "tinh" | "xa"): string => (level === "tinh" ? "tỉnh" : "xã"),
  rolledUp: (count: number, unit: string, period: string, skipped: number) =>
    `Tổng hợp ${n(count)} báo cáo → ${unit}, ${period}${skipped > 0 ? ` (bỏ qua ${n(skipped)} tệp không hợp lệ)` : ""}.`,
  coverageReported: (reported: number, expected: number, label: string) => `Đã báo cáo: ${n(reported)}/${n(expected)} ${label}.`,
  coverageMore: (count: number) => `, … (${n(count)} đơn vị khác)`,
  coverageMissing: (count: number, list: string) => `Chưa báo cáo: ${n(count)} — ${list}.`,
  coverageLate: (count: number, list: string) => `Báo cáo muộn: ${n(count)} — ${list}.`,
  coverageDuplicates: (list: string) => `Gửi trùng (chỉ tính một lần): ${list}.`,
  rollupProblems: (count: string) => `Vấn đề khi tổng hợp: ${count}`,
  moreProblems: (count: number) => `  … và ${n(count)} vấn đề khác (xem --details).`,
  countryRolledUp: (communes: number, provinces: number, period: string, skipped: number) =>
    `Tổng hợp ${n(communes)} báo cáo xã → ${n(provinces)} tỉnh → toàn quốc, ${period}${skipped > 0 ? ` (bỏ qua ${n(skipped)} tệp không hợp lệ)` : ""}.`,
  countryCoverage: (communes: number, expectedCommunes: number, provinces: number, expectedProvinces: number) =>
    `Đã báo cáo: ${n(communes)}/${n(expectedCommunes)} xã; ${n(provinces)}/${n(expectedProvinces)} tỉnh.`,
  countryWritten: (files: number, details: boolean, provinces: number) =>
    `${n(files)} tệp (báo cáo${details ? " và chi tiết" : ""} của ${n(provinces)} tỉnh và toàn quốc)`,
  // demo
  demoStepSeeds: "Kiểm tra 3 báo cáo mẫu",
  demoSeedsChecked: (count: number) => `Kiểm tra ${n(count)} báo cáo mẫu`,
  demoMoreErrors: (count: number) => `      … và ${n(count)} lỗi khác (xem “de-an-06 validate”)`,
  demoStepGenerate: "Sinh dữ liệu giả lập cả nước",
  demoGenerated: (count: number, seed: number) => `Sinh ${n(count)} báo cáo xã giả lập (hạt giống ${seed}), thay xã Đông Cứu bằng báo cáo thật`,
  demoStepRollup: "Tổng hợp xã → 34 tỉnh → toàn quốc",
  demoCountry: (communes: number, expectedCommunes: number, provinces: number, expectedProvinces: number) =>
    `  Cả nước: ${n(communes)}/${n(expectedCommunes)} xã đã báo cáo; ${n(provinces)}/${n(expectedProvinces)} tỉnh.`,
  demoReceived: (period: string, count: number) => `  Hồ sơ TTHC tiếp nhận trong ${period} (toàn quốc): ${n(count)}.`,
  demoProvince: (name: string, reported: number, expected: number) => `  ${name}: ${n(reported)}/${n(expected)} xã đã báo cáo.`,
  demoChecked: (name: string, province: string, national: string) => `  Kiểm tra báo cáo tổng hợp — ${name}: ${province}; toàn quốc: ${national}.`,
  demoStepRender: "Xuất 3 báo cáo Word",
  demoCommuneDocx: "Báo cáo cấp xã (bản thật, xã Đông Cứu)",
  demoProvinceDocx: (name: string) => `Báo cáo cấp tỉnh (tổng hợp, ${name})`,
  demoNationalDocx: "Báo cáo toàn quốc (tổng hợp 34 tỉnh)",
  demoProvinceJson: (name: string) => `Báo cáo tổng hợp ${name} (JSON)`,
  demoProvinceDetails: (name: string) => `Chi tiết tổng hợp ${name} (độ bao phủ, nguồn số liệu)`,
  demoNationalJson: "Báo cáo tổng hợp toàn quốc (JSON)",
  demoResults: "Kết quả:",
  demoCommunesJson: (count: number, name: string) => `${n(count)} báo cáo xã của ${name} (JSON)`,
  // The main help.
  commandSummaries: {
    validate: "kiểm tra một hoặc nhiều báo cáo (lược đồ, số liệu, câu chữ)",
    rollup: "tổng hợp báo cáo các đơn vị cấp dưới thành báo cáo cấp trên",
    country: "tổng hợp cả nước trong một lần chạy: xã → 34 tỉnh → toàn quốc",
    render: "xuất báo cáo ra tệp Word (.docx) theo Nghị định 30/2020/NĐ-CP",
    schema: "in JSON Schema của báo cáo (cho hệ thống không dùng TypeScript)",
    demo: "chạy trình diễn trên dữ liệu mẫu: kiểm tra, tổng hợp, xuất Word",
  } as Readonly<Record<string, string>>,
  mainHelp: (commands: string) =>
    [
      "de-an-06 — bộ công cụ báo cáo Đề án 06",
      "",
      "Cách dùng: de-an-06 <lệnh> [tùy chọn]",
      "",
      "Lệnh:",
      commands,
      "",
      "Tùy chọn:",
      "  -h, --help        hướng dẫn này",
      "  -v, --version     in phiên bản của gói",
      "  --locale <vi|en>  ngôn ngữ của thông báo (mặc định vi; mọi lệnh đều nhận)",
      "",
      "Xem hướng dẫn từng lệnh: de-an-06 <lệnh> --help",
      "Mã thoát: 0 xong, 1 đầu vào có lỗi hoặc tệp không dùng được, 2 sai cách dùng.",
    ].join("\n"),
};

/** The shape of a CLI message table (the Vietnamese one is the reference). */
export type CliMessages = typeof vi;

const enNumber = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 20 });
const e = enNumber;
const mb = (bytes: number, decimals?: number) => (bytes / 2 ** 20).toLocaleString("en-US", decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

const en: CliMessages = {
  errorPrefix: "Error",
  skipped: "Skipped",
  seconds: "s",
  fileMissing: (f) => `File “${f}” not found. Check the path.`,
  isDirectory: (f) => `“${f}” is a directory, not a JSON file.`,
  noPermission: (f) => `No permission to read “${f}”.`,
  fileUnreadable: (f, why) => `Cannot read “${f}”: ${why}`,
  notRegularFile: (f) => `“${f}” is not a regular file (a pipe, device or socket): only JSON files on disk are read.`,
  tooLarge: (f, bytes, max) => `File “${f}” is too large (${mb(bytes, 1)} MB or more; at most ${mb(max)} MB): it is not a report.`,
  outputsCollide: (a, b) => `Two outputs are the same file (“${a}” and “${b}”): choose two different paths.`,
  outputIsInput: (f) => `Output “${f}” is also an input: the command never overwrites its inputs; choose another path.`,
  emptyDirectory: (f) => `Directory “${f}” has no .json files.`,
  badJson: (f, at) =>
    `File “${f}” is not valid JSON${at ? ` (error at line ${at.line}, column ${at.column})` : ""}. Check commas, brackets and double quotes.`,
  schemaFailed: (f, problems) =>
    [`File “${f}” does not match the report schema (${e(problems.length)} ${problems.length === 1 ? "error" : "errors"}):`, ...problems.slice(0, 20).map(problemLine),
      ...(problems.length > 20 ? [`  … and ${e(problems.length - 20)} more`] : [])].join("\n"),
  catalogFailed: (f, problems) =>
    [`Catalog file “${f}” has ${e(problems.length)} ${problems.length === 1 ? "error" : "errors"}:`, ...problems.slice(0, 20).map(problemLine),
      ...(problems.length > 20 ? [`  … and ${e(problems.length - 20)} more`] : [])].join("\n"),
  noWritePermission: (f) => `No permission to write “${f}”.`,
  cannotWrite: (f, why) => `Cannot write “${f}”: ${why}`,
  unknownCommand: (c) => `Unknown command: “${c}”. Commands: validate, rollup, country, render, schema, demo.`,
  unknownOption: (o, cmd) => `Unknown option: ${o}. See “de-an-06 ${cmd} --help”.`,
  missingValue: (o) => `Option ${o} needs a value.`,
  noValue: (o) => `Option ${o} takes no value.`,
  badArgs: (detail, cmd) => `Invalid arguments (${detail}). See “de-an-06 ${cmd} --help”.`,
  needInput: (what, cmd) => `Missing ${what}. See “de-an-06 ${cmd} --help”.`,
  badLocale: (l) => `Locale “${l}” is not supported; use vi or en.`,
  badPeriod: (p) =>
    `Invalid period id “${p}”. Examples: 202602 (month), 2026Q1 (quarter), 2026S1 (6 months), 2026N9 (9 months), 2026 (year).`,
  badUnit: (u) => `Invalid unit code “${u}”: use VN (the whole country), 2 digits (a province) or 5 digits (a commune).`,
  unknownUnit: (u) => `No unit with code “${u}” in the list of administrative units from 01/7/2025 (34 provinces; VN is the whole country).`,
  badChildren: (f) =>
    `File “${f}” is not a list of units: expected an array of codes (["09487", …]), an array of units ({ "code", … }) or { "units": [...] }.`,
  nothingToRollUp: (files) => `No valid report to roll up (all ${e(files)} files were skipped): no output written.`,
  expectedTwice: "--children is the old name of --expected: use only one of them.",
  rollupStopped: "Rollup stopped so as not to produce incomplete figures; use --skip-invalid to skip this file.",
  badRollupDetails: (f) => `File “${f}” is not a rollup details file (needs "coverage" and "provenance", as written by “rollup --details”).`,
  detailsOfAnother: (f, theirs, ours) =>
    `Details file “${f}” belongs to ${theirs}, not to this report (${ours}): use the file “rollup --details” wrote for this very report.`,
  detailsNotChildren: (f, code, unit) =>
    `Details file “${f}” has unit ${code}, which is not under ${unit}: it is not the rollup details of this report.`,
  oneInput: (cmd) => `The ${cmd} command takes exactly one report file.`,
  kb: (bytes) => `${(bytes / 1024).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kB`,
  badSeed: (s) => `Invalid seed “${s}”: an integer is needed.`,
  demoNoFixtures: (f) => `No sample data at “${f}”. The installed package must have the test/fixtures/ folder (three sample .json reports).`,
  demoTitle: "de-an-06 demo — checking, rolling up and printing Đề án 06 reports on sample data\n",
  demoCarried:
    "(The rollup does not add up figures that contradict themselves in the real report of the commune Đông Cứu — each is listed among the problems of the .rollup.json file; against the communes' reports, the parent/child rule points at the same gap again.)",
  demoNext: (out, province, period) =>
    [
      "Try next:",
      `  npx de-an-06 validate test/fixtures/ --locale en`,
      `  npx de-an-06 rollup ${out}/xa-${province} --unit ${province} --period ${period} -o ${out}/tinh.json --details ${out}/tinh.rollup.json --locale en`,
      `  npx de-an-06 render ${out}/tinh.json --rollup ${out}/tinh.rollup.json -o ${out}/tinh.docx --locale en`,
    ].join("\n"),
  contextNeedsOne: "--previous and --children are for checking exactly one report.",
  written: (what, f) => `Wrote ${what}: ${f}`,
  unexpected: (why) => `Unexpected error: ${why}`,
  what: {
    reportToCheck: "the report file to check",
    reportsToRollUp: "the folder or report files to roll up",
    communeReports: "the folder of the communes' reports",
    unitOption: "--unit (the code of the unit to roll up for)",
    periodOption: "--period (the reporting period)",
    outFile: "-o (the output file)",
    outDir: "-o (the output folder)",
    reportToRender: "the report file to render",
    outDocx: "-o (the output .docx file)",
    rolledUpReport: "the rolled-up report",
    rollupDetails: "the rollup details",
    wordFile: (size) => `the Word file (${size})`,
    schemaFile: "the JSON Schema",
  },
  fileUnreadableLine: (f) => `✗ ${f}: the file cannot be read`,
  schemaFailedLine: (f, count) => `✗ ${f}: does not match the report schema — ${count}`,
  validateTotal: (files, bad, count) =>
    `\nChecked ${e(files)} ${files === 1 ? "report" : "reports"}: ${e(files - bad)} without errors, ${e(bad)} with errors (in all ${count}).`,
  children: (level) => (level === "tinh" ? "provinces" : "communes"),
  rolledUp: (count, unit, period, skipped) =>
    `Rolled up ${e(count)} ${count === 1 ? "report" : "reports"} → ${unit}, ${period}${skipped > 0 ? ` (${e(skipped)} invalid ${skipped === 1 ? "file" : "files"} skipped)` : ""}.`,
  coverageReported: (reported, expected, label) => `Reported: ${e(reported)}/${e(expected)} ${label}.`,
  coverageMore: (count) => `, … (${e(count)} more)`,
  coverageMissing: (count, list) => `Not reported: ${e(count)} — ${list}.`,
  coverageLate: (count, list) => `Late: ${e(count)} — ${list}.`,
  coverageDuplicates: (list) => `Sent more than once (counted once): ${list}.`,
  rollupProblems: (count) => `Rollup problems: ${count}`,
  moreProblems: (count) => `  … and ${e(count)} more (see --details).`,
  countryRolledUp: (communes, provinces, period, skipped) =>
    `Rolled up ${e(communes)} commune ${communes === 1 ? "report" : "reports"} → ${e(provinces)} ${provinces === 1 ? "province" : "provinces"} → the whole country, ${period}${skipped > 0 ? ` (${e(skipped)} invalid ${skipped === 1 ? "file" : "files"} skipped)` : ""}.`,
  countryCoverage: (communes, expectedCommunes, provinces, expectedProvinces) =>
    `Reported: ${e(communes)}/${e(expectedCommunes)} communes; ${e(provinces)}/${e(expectedProvinces)} provinces.`,
  countryWritten: (files, details, provinces) =>
    `${e(files)} files (the reports${details ? " and details" : ""} of ${e(provinces)} ${provinces === 1 ? "province" : "provinces"} and the whole country)`,
  demoStepSeeds: "Checking the 3 sample reports",
  demoSeedsChecked: (count) => `Checked ${e(count)} sample reports`,
  demoMoreErrors: (count) => `      … and ${e(count)} more errors (see “de-an-06 validate”)`,
  demoStepGenerate: "Generating synthetic data for the whole country",
  demoGenerated: (count, seed) => `Generated ${e(count)} synthetic commune reports (seed ${seed}), with the real report of Đông Cứu in place of its twin`,
  demoStepRollup: "Rolling up communes → 34 provinces → the whole country",
  demoCountry: (communes, expectedCommunes, provinces, expectedProvinces) =>
    `  Whole country: ${e(communes)}/${e(expectedCommunes)} communes reported; ${e(provinces)}/${e(expectedProvinces)} provinces.`,
  demoReceived: (period, count) => `  Applications received in ${period} (whole country): ${e(count)}.`,
  demoProvince: (name, reported, expected) => `  ${name}: ${e(reported)}/${e(expected)} communes reported.`,
  demoChecked: (name, province, national) => `  Checking the rolled-up reports — ${name}: ${province}; whole country: ${national}.`,
  demoStepRender: "Printing 3 Word reports",
  demoCommuneDocx: "Commune report (the real one, Đông Cứu)",
  demoProvinceDocx: (name) => `Province report (rolled up, ${name})`,
  demoNationalDocx: "National report (34 provinces rolled up)",
  demoProvinceJson: (name) => `Rolled-up report of ${name} (JSON)`,
  demoProvinceDetails: (name) => `Rollup details of ${name} (coverage, sources of figures)`,
  demoNationalJson: "Rolled-up national report (JSON)",
  demoResults: "Results:",
  demoCommunesJson: (count, name) => `${e(count)} commune reports of ${name} (JSON)`,
  commandSummaries: {
    validate: "check one or more reports (schema, figures, wording)",
    rollup: "roll up the reports of the units below into the report of the unit above",
    country: "roll up the whole country in one run: communes → 34 provinces → national",
    render: "print a report to a Word file (.docx) in the form of Decree 30/2020/NĐ-CP",
    schema: "print the report's JSON Schema (for systems not written in TypeScript)",
    demo: "run a demonstration on sample data: check, roll up, print to Word",
  },
  mainHelp: (commands) =>
    [
      "de-an-06 — tools for Đề án 06 (Project 06) progress reports",
      "",
      "Usage: de-an-06 <command> [options]",
      "",
      "Commands:",
      commands,
      "",
      "Options:",
      "  -h, --help        this help",
      "  -v, --version     print the package version",
      "  --locale <vi|en>  language of the messages (default vi; every command takes it)",
      "",
      "Help on a command: de-an-06 <command> --help",
      "Exit codes: 0 done, 1 the input has errors or a file could not be used, 2 wrong usage.",
    ].join("\n"),
};

const TABLES: Readonly<Record<Locale, CliMessages>> = { vi, en };

/** The message table of `locale`. */
export function cliMessages(locale: Locale): CliMessages {
  return TABLES[locale];
}

/**
 * The messages of the running command's locale: `msg.fileMissing(f)` is Vietnamese unless the
 * run asked for `--locale en`. (A view on {@link cliMessages}, read at each use.)
 */
export const msg: CliMessages = new Proxy(vi, {
  get: (_target, key) => TABLES[cliLocale()][key as keyof CliMessages],
});

/** A command's help: the Vietnamese text, or the English one under `--locale en`. */
export function helpText(help: { readonly vi: string; readonly en: string }): string {
  return help[cliLocale()];
}
