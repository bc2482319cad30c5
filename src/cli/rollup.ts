/**
 * `de-an-06 rollup <dir|files…> --unit <code> --period <id> [--expected units.json] -o out.json`:
 * consolidates the reports of the level below into the parent's report, writes it, and prints
 * the coverage ("2.950/3.321 xã đã báo cáo") and the problems met. Over time too: the monthly
 * reports of `--unit` itself for a quarter (half, nine months, year) are rolled up into that
 * period's report; monthly reports of the communes of a province for a quarter are rolled up
 * commune by commune over time, then into the province's quarter.
 */
import {
  formatViNumber,
  parsePeriod,
  rollup,
  rollupPeriods,
  type Locale,
  type ParentUnit,
  type PeriodsRollupResult,
  type Report,
  type RollupOptions,
  type RollupProblem,
  type RollupResult,
} from "../index.js";
import { parseCommandArgs } from "./args.js";
import { readCatalog } from "./catalog.js";
import { checkOutputs, expandJsonInputs, loadReport, shown, writeOutputs, type Io } from "./io.js";
import { CliError, EXIT, cliLocale, countLine, helpText, msg, periodText, problemLine } from "./messages.js";
import { levelOfCode, parentUnit, readChildren, units2025 } from "./units.js";

/** This command's own lines about rollups over time, in both languages. */
const TIME_TEXT = {
  vi: {
    expectedUnused:
      "Lưu ý: --expected không dùng khi tổng hợp theo thời gian các báo cáo của chính một đơn vị (các kỳ phải có suy ra từ --period).",
    skipped: (n: string) => ` (bỏ qua ${n} tệp không hợp lệ)`,
    overTime: (n: string, unit: string, period: string, skipped: string) => `Tổng hợp theo thời gian ${n} báo cáo → ${unit}, ${period}${skipped}.`,
    timeThenUnits: (n: string, child: string, period: string, unit: string, skipped: string) =>
      `Tổng hợp ${n} báo cáo của các kỳ nhỏ hơn: từng ${child} theo thời gian thành ${period}, rồi cộng → ${unit}${skipped}.`,
    have: (n: string, of: string, list: string) => `Đã có: ${n}/${of} kỳ (${list || "không kỳ nào"}).`,
    missing: (list: string) => `Còn thiếu: ${list}.`,
    unused: (n: string) => `Không dùng: ${n} báo cáo (xem các vấn đề dưới đây):`,
    unusedLine: (i: string, file: string, period: string, codes: string) => `  báo cáo thứ ${i}: ${file} (${period}; ${codes})`,
  },
  en: {
    expectedUnused: "Note: --expected is not used when rolling up one unit's own reports over time (the periods expected follow from --period).",
    skipped: (n: string) => ` (${n} invalid ${n === "1" ? "file" : "files"} skipped)`,
    overTime: (n: string, unit: string, period: string, skipped: string) => `Rolled up ${n} reports over time → ${unit}, ${period}${skipped}.`,
    timeThenUnits: (n: string, child: string, period: string, unit: string, skipped: string) =>
      `Rolled up ${n} reports of shorter periods: each ${child} over time into ${period}, then added → ${unit}${skipped}.`,
    have: (n: string, of: string, list: string) => `Present: ${n}/${of} periods (${list || "none"}).`,
    missing: (list: string) => `Missing: ${list}.`,
    unused: (n: string) => `Not used: ${n} reports (see the problems below):`,
    unusedLine: (i: string, file: string, period: string, codes: string) => `  report ${i}: ${file} (${period}; ${codes})`,
  },
} as const;

const count = (n: number, locale: Locale) => (locale === "en" ? String(n) : formatViNumber(n));

const HELP_VI = `Cách dùng: de-an-06 rollup <thư-mục|tệp.json>… --unit <mã> --period <kỳ> -o <kết-quả.json>

Tổng hợp báo cáo của các đơn vị cấp dưới thành báo cáo cấp trên cho một kỳ: xã → tỉnh (--unit là
mã tỉnh, 2 chữ số) hoặc tỉnh → toàn quốc (--unit VN). Số liệu cộng theo cách tổng hợp của từng chỉ
tiêu (cộng, lấy lớn nhất/nhỏ nhất, đếm số đơn vị “có”, không tổng hợp); tỷ lệ tính lại từ tử số và
mẫu số đã cộng, không bao giờ lấy trung bình các tỷ lệ. In ra số đơn vị đã báo cáo trên số phải báo cáo.

Tổng hợp theo thời gian: khi --period là quý, 6 tháng, 9 tháng hoặc năm và các báo cáo là của các kỳ
nhỏ hơn (tháng, quý):
  - báo cáo của chính đơn vị --unit (xã: mã 5 chữ số) → báo cáo của kỳ đó: số phát sinh cộng các kỳ,
    số lũy kế và sự kiện có/không lấy kỳ cuối có số liệu; nêu các kỳ còn thiếu;
  - báo cáo tháng của các xã thuộc tỉnh --unit → từng xã được tổng hợp theo thời gian trước, rồi
    cộng thành báo cáo của tỉnh cho kỳ đó.
Kỳ chồng nhau (một quý cùng một tháng của nó), kỳ ngoài --period, báo cáo của đơn vị khác là lỗi.

Tùy chọn:
  --unit <mã>            đơn vị tổng hợp: mã tỉnh (2 chữ số) hoặc VN; mã xã (5 chữ số) khi tổng hợp
                         theo thời gian báo cáo của chính xã đó
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
  // A commune has no level below: its code is a unit only for a rollup over time.
  const unit = period.kind !== "month" && levelOfCode(values.unit) === "xa" ? communeUnit(values.unit, values.name) : parentUnit(values.unit, values.name);
  const files = await expandJsonInputs(io, positionals);
  if (values.expected !== undefined && values.children !== undefined) throw new CliError(msg.expectedTwice, EXIT.usage);
  const expectedFile = values.expected ?? values.children;
  const inputs = expectedFile !== undefined ? [...files, expectedFile] : files;
  const outputs = values.details !== undefined ? [values.out, values.details] : [values.out];
  checkOutputs(io, outputs, inputs);
  const expected = expectedFile !== undefined ? await readChildren(io, expectedFile) : units2025();

  const children: Report[] = [];
  const loadedFiles: string[] = []; // beside `children`: the file each report came from
  let skipped = 0;
  for (const file of files) {
    const loaded = await loadReport(io, file);
    if (loaded.ok) {
      children.push(loaded.report);
      loadedFiles.push(shown(io, loaded.file));
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
  const mode = rollupMode(children, unit, values.period);
  const locale = cliLocale();
  const text = TIME_TEXT[locale];
  if (mode === "time" && expectedFile !== undefined) io.err(text.expectedUnused);
  const full =
    mode === "time"
      ? rollupPeriods(children, { unit, period: values.period, locale, ...(catalog ? { catalog } : {}) })
      : mode === "time-then-units"
        ? timeThenUnits(children, unit, values.period, expected, catalog, locale)
        : rollup(children, { unit, period: values.period, expected, locale, ...(catalog ? { catalog } : {}) });
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
    io.out(JSON.stringify({ out, details, mode, coverage: result.coverage, issues: result.issues, skipped }, null, 2));
  } else {
    const label = periodText(period);
    const skippedNote = skipped > 0 ? text.skipped(count(skipped, locale)) : "";
    if (mode === "time") {
      io.out(text.overTime(count(children.length, locale), unit.name, label, skippedNote));
      for (const line of periodCoverageLines(result as PeriodsRollupResult, (i) => loadedFiles[i] ?? String(i + 1))) io.out(line);
    } else {
      const childLabel = msg.children(unit.level === "bo" ? "tinh" : "xa");
      const names = (code: string) => units2025().byCode.get(code)?.name ?? code;
      io.out(
        mode === "time-then-units"
          ? text.timeThenUnits(count(children.length, locale), childLabel.replace(/s$/, ""), label, unit.name, skippedNote)
          : msg.rolledUp(children.length, unit.name, label, skipped),
      );
      for (const line of coverageLines(result, childLabel, names)) io.out(line);
    }
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

/** The unit named by `--unit` when it is a commune (a rollup over time of its own reports). */
function communeUnit(code: string, name?: string): ParentUnit {
  const known = units2025().byCode.get(code);
  if (known === undefined) throw new CliError(msg.unknownUnit(code), EXIT.usage);
  return { code, level: "xa", name: name ?? known.name };
}

/**
 * How to roll the reports up: over units (the reports are of the target period, or the target is
 * a month), over time (every report is of `--unit` itself), or over time then units (reports of
 * the units below for sub-periods of the target: each unit's own periods first).
 */
export function rollupMode(children: readonly Report[], unit: ParentUnit, period: string): "units" | "time" | "time-then-units" {
  const target = parsePeriod(period);
  if (target === undefined || target.kind === "month" || target.kind === "range") return "units";
  if (unit.level === "xa" || children.every((c) => c.unit.code === unit.code)) return "time";
  return children.some((c) => c.period !== period) ? "time-then-units" : "units";
}

/**
 * The units below, each rolled up over time first (their reports for sub-periods of `period`;
 * a unit that sent one report for `period` itself is taken as it is), then into `unit`. The
 * problems of each unit's rollup over time come first, their paths under
 * `["children", code, "periods", …]`.
 */
function timeThenUnits(
  children: readonly Report[],
  unit: ParentUnit,
  period: string,
  expected: NonNullable<RollupOptions["expected"]>,
  catalog: RollupOptions["catalog"],
  locale: Locale,
): RollupResult {
  const byUnit = new Map<string, Report[]>();
  for (const c of children) {
    const list = byUnit.get(c.unit.code);
    if (list) list.push(c);
    else byUnit.set(c.unit.code, [c]);
  }
  const issues: RollupProblem[] = [];
  const reports: Report[] = [];
  for (const [code, list] of [...byUnit].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const first = list[0]!;
    if (list.length === 1 && first.period === period) {
      reports.push(first);
      continue;
    }
    const own = rollupPeriods(list, { unit: first.unit, period, locale, ...(catalog ? { catalog } : {}) });
    for (const p of own.issues) issues.push({ ...p, path: ["children", code, "periods", ...p.path], message: `${first.unit.name}: ${p.message}` });
    if (own.coverage.reported.length > 0) reports.push(own.report);
  }
  const result = rollup(reports, { unit, period, expected, locale, ...(catalog ? { catalog } : {}) });
  return { ...result, issues: [...issues, ...result.issues] };
}

/**
 * The coverage of a rollup over time: "Đã có: 2/3 kỳ (…)", "Còn thiếu: tháng 05/2026", and the
 * reports not used, each with its file (`file(index)`) and why.
 */
export function periodCoverageLines(result: PeriodsRollupResult, file: (index: number) => string): string[] {
  const c = result.coverage;
  const locale = cliLocale();
  const text = TIME_TEXT[locale];
  const label = (id: string) => {
    const p = parsePeriod(id);
    return p ? periodText(p) : id;
  };
  const lines = [text.have(count(c.reported.length, locale), count(c.expected.length, locale), c.reported.map(label).join(", "))];
  if (c.missing.length > 0) lines.push(text.missing(c.missing.map(label).join(", ")));
  if (result.rejected.length > 0) {
    lines.push(text.unused(count(result.rejected.length, locale)));
    for (const r of result.rejected) lines.push(text.unusedLine(count(r.index + 1, locale), file(r.index), label(r.report.period), r.codes.join(", ")));
  }
  return lines;
}
