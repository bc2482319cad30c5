/**
 * `de-an-06 rollup <dir|files…> --unit <code> --period <id> [--expected units.json] -o out.json`:
 * consolidates the reports of the level below into the parent's report, writes it, and prints
 * the coverage ("2.950/3.321 xã đã báo cáo") and the problems met.
 */
import { parsePeriod, rollup, type Report, type RollupResult } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { readCatalog } from "./catalog.js";
import { checkOutputs, expandJsonInputs, loadReport, shown, writeOutputs, type Io } from "./io.js";
import { CliError, EXIT, cliLocale, countLine, helpText, msg, periodText, problemLine } from "./messages.js";
import { parentUnit, readChildren, units2025 } from "./units.js";

const HELP_VI = `Cách dùng: de-an-06 rollup <thư-mục|tệp.json>… --unit <mã> --period <kỳ> -o <kết-quả.json>

Tổng hợp báo cáo của các đơn vị cấp dưới thành báo cáo cấp trên cho một kỳ: xã → tỉnh (--unit là
mã tỉnh, 2 chữ số) hoặc tỉnh → toàn quốc (--unit VN). Số liệu cộng theo cách tổng hợp của từng chỉ
tiêu (cộng, lấy lớn nhất/nhỏ nhất, đếm số đơn vị “có”, không tổng hợp); tỷ lệ tính lại từ tử số và
mẫu số đã cộng, không bao giờ lấy trung bình các tỷ lệ. In ra số đơn vị đã báo cáo trên số phải báo cáo.

Tùy chọn:
  --unit <mã>            đơn vị tổng hợp: mã tỉnh (2 chữ số) hoặc VN
  --period <kỳ>          kỳ báo cáo: 202605 (tháng), 2026Q2, 2026S1, 2026N9, 2026
  --expected <tệp.json>  danh sách đơn vị phải báo cáo (mảng mã, mảng đơn vị hoặc { "units": [...] });
                         mặc định: các đơn vị trực thuộc theo danh mục từ 01/7/2025
                         (tên cũ: --children; trong “validate”, --children là báo cáo cấp dưới)
  --name <tên>           tên đơn vị tổng hợp (mặc định theo danh mục)
  -o, --out <tệp.json>   nơi ghi báo cáo tổng hợp
  --details <tệp.json>   ghi thêm độ bao phủ, nguồn từng số liệu và các vấn đề (dùng cho render --rollup)
  --catalog <tệp.json>   danh mục bổ sung của địa phương: phần tử mới được tổng hợp theo cách tổng hợp đã khai
  --disable <mã>         không in các vấn đề có mã này (ví dụ children_late); lặp lại được
  --skip-invalid         bỏ qua tệp không đọc được/không đúng lược đồ thay vì dừng lại
  --json                 in kết quả (độ bao phủ, vấn đề) dạng JSON
  --locale <vi|en>       ngôn ngữ của thông báo (mặc định vi)
  -h, --help             hướng dẫn này`;

const HELP_EN = `Usage: de-an-06 rollup <folder|file.json>… --unit <code> --period <period> -o <result.json>

Rolls up the reports of the units below into the report of the unit above for one period:
communes → province (--unit is the province's 2-digit code) or provinces → the whole country
(--unit VN). Each figure is combined its own way (sum, largest/smallest, count of units where a
fact holds, not rolled up); rates are computed again from the summed numerators and denominators,
never by averaging rates. Prints how many units reported out of those expected.

Options:
  --unit <code>          the unit rolled up for: a province code (2 digits) or VN
  --period <period>      reporting period: 202605 (month), 2026Q2, 2026S1, 2026N9, 2026
  --expected <file.json> the units expected to report (an array of codes, of units, or { "units": [...] });
                         default: the units below in the list in force from 01/7/2025
                         (old name: --children; in “validate”, --children means the child reports)
  --name <name>          name of the unit rolled up for (default: from the list of units)
  -o, --out <file.json>  where to write the rolled-up report
  --details <file.json>  also write coverage, the source of each figure and the problems (for render --rollup)
  --catalog <file.json>  local catalog additions: new elements are rolled up as they declare
  --disable <code>       do not print problems with this code (e.g. children_late); repeatable
  --skip-invalid         skip files that cannot be read or do not match the schema instead of stopping
  --json                 print the result (coverage, problems) as JSON
  --locale <vi|en>       language of the messages (default vi)
  -h, --help             this help`;

/** The coverage of a rollup in a few lines: "Đã báo cáo: 3/5 xã." then who is missing, late, twice. */
export function coverageLines(result: RollupResult, childLabel: string, names: (code: string) => string): string[] {
  const c = result.coverage;
  const lines = [msg.coverageReported(c.reported.length, c.expected.length, childLabel)];
  const list = (codes: readonly string[]) =>
    codes.slice(0, 10).map(names).join(", ") + (codes.length > 10 ? msg.coverageMore(codes.length - 10) : "");
  if (c.missing.length > 0) lines.push(msg.coverageMissing(c.missing.length, list(c.missing)));
  if (c.late.length > 0) lines.push(msg.coverageLate(c.late.length, list(c.late)));
  if (c.duplicates.length > 0) lines.push(msg.coverageDuplicates(list(c.duplicates)));
  return lines;
}

/**
 * The `--details` file: what `render --rollup` needs beside the report (coverage and provenance),
 * with the unit and period it belongs to so that it cannot be attached to another report.
 */
export function detailsJson(result: RollupResult): string {
  const { coverage, provenance, issues, countTrue } = result;
  const { unit, period } = result.report;
  return `${JSON.stringify({ unit: { code: unit.code, name: unit.name, level: unit.level }, period, coverage, provenance, issues, countTrue }, null, 2)}\n`;
}

/** Runs `rollup`. */
export async function rollupCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("rollup", argv, {
    unit: { type: "string" },
    period: { type: "string" },
    expected: { type: "string" },
    // The old name of --expected; in `validate`, --children means the child reports themselves.
    children: { type: "string" },
    name: { type: "string" },
    out: { type: "string", short: "o" },
    details: { type: "string" },
    "skip-invalid": { type: "boolean" },
    json: { type: "boolean" },
    catalog: { type: "string" },
    disable: { type: "string", multiple: true },
  });
  if (values.help) {
    io.out(helpText({ vi: HELP_VI, en: HELP_EN }));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(msg.needInput(msg.what.reportsToRollUp, "rollup"), EXIT.usage);
  if (values.unit === undefined) throw new CliError(msg.needInput(msg.what.unitOption, "rollup"), EXIT.usage);
  if (values.period === undefined) throw new CliError(msg.needInput(msg.what.periodOption, "rollup"), EXIT.usage);
  if (values.out === undefined) throw new CliError(msg.needInput(msg.what.outFile, "rollup"), EXIT.usage);
  const period = parsePeriod(values.period);
  if (!period) throw new CliError(msg.badPeriod(values.period), EXIT.usage);
  const unit = parentUnit(values.unit, values.name);
  const files = await expandJsonInputs(io, positionals);
  if (values.expected !== undefined && values.children !== undefined) throw new CliError(msg.expectedTwice, EXIT.usage);
  const expectedFile = values.expected ?? values.children;
  const inputs = expectedFile !== undefined ? [...files, expectedFile] : files;
  const outputs = values.details !== undefined ? [values.out, values.details] : [values.out];
  checkOutputs(io, outputs, inputs);
  const expected = expectedFile !== undefined ? await readChildren(io, expectedFile) : units2025();

  const children: Report[] = [];
  let skipped = 0;
  for (const file of files) {
    const loaded = await loadReport(io, file);
    if (loaded.ok) {
      children.push(loaded.report);
      continue;
    }
    const why = loaded.fatal ?? msg.schemaFailed(shown(io, loaded.file), loaded.problems);
    if (!values["skip-invalid"]) throw new CliError(`${why}\n${msg.rollupStopped}`);
    io.err(`${msg.skipped}: ${why}`);
    skipped++;
  }

  if (children.length === 0) throw new CliError(msg.nothingToRollUp(files.length));
  const catalog = values.catalog !== undefined ? await readCatalog(io, values.catalog) : undefined;
  const disabled = new Set(values.disable ?? []);
  const full = rollup(children, { unit, period: values.period, expected, locale: cliLocale(), ...(catalog ? { catalog } : {}) });
  const result = disabled.size === 0 ? full : { ...full, issues: full.issues.filter((p) => !disabled.has(p.code)) };
  const written = await writeOutputs(
    io,
    [
      { file: values.out, data: `${JSON.stringify(result.report, null, 2)}\n` },
      ...(values.details !== undefined ? [{ file: values.details, data: detailsJson(result) }] : []),
    ],
    inputs,
  );
  const [out = "", details] = written;

  if (values.json) {
    io.out(JSON.stringify({ out, details, coverage: result.coverage, issues: result.issues, skipped }, null, 2));
  } else {
    const childLabel = msg.children(unit.level === "bo" ? "tinh" : "xa");
    const names = (code: string) => units2025().byCode.get(code)?.name ?? code;
    io.out(msg.rolledUp(children.length, unit.name, periodText(period), skipped));
    for (const line of coverageLines(result, childLabel, names)) io.out(line);
    if (result.issues.length > 0) {
      io.out(msg.rollupProblems(countLine(result.issues)));
      for (const p of result.issues.slice(0, 30)) io.out(problemLine(p));
      if (result.issues.length > 30) io.out(msg.moreProblems(result.issues.length - 30));
    }
    io.out(msg.written(msg.what.rolledUpReport, shown(io, out)));
    if (details) io.out(msg.written(msg.what.rollupDetails, shown(io, details)));
  }
  return result.issues.some((i) => i.severity === "error") ? EXIT.failed : EXIT.ok;
}
