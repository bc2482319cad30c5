/**
 * Every text the CLI prints, in one table (Vietnamese; the library's own problem messages come
 * from the library and follow `--locale`). Numbers go through `src/format`.
 */
import { formatViNumber, formatPath, parsePeriod, periodLabel, summarizeIssues, type Problem, type Severity } from "../index.js";

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

const n = (x: number) => formatViNumber(x);

export const SEVERITY_LABEL: Record<Severity, string> = { error: "lỗi", warning: "cảnh báo", info: "lưu ý" };

/** "2 lỗi, 3 cảnh báo" for any problem list (the validation module's summary line). */
export function countLine(problems: readonly Problem[]): string {
  return summarizeIssues(problems.map((p) => ({ ...p, rule: "" })));
}

/** "Xã Đông Cứu · tháng 05/2026": who reported, for which period. */
export function reportLabel(report: { readonly unit: { readonly name: string }; readonly period: string }): string {
  const period = parsePeriod(report.period);
  return `${report.unit.name} · ${period ? periodLabel(period) : report.period}`;
}

/** One problem as an indented line: "  lỗi       values.hs.dung_han — message". */
export function problemLine(p: Problem): string {
  const label = SEVERITY_LABEL[p.severity].padEnd(9);
  const path = p.path.length > 0 && !p.message.includes(formatPath(p.path)) ? ` [${formatPath(p.path)}]` : "";
  return `  ${label} ${p.message}${path}`;
}

export const msg = {
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
} as const;
