/**
 * `de-an-06 country <thư-mục> --period <kỳ> -o <thư-mục-kết-quả>`: the whole country in one process:
 * every commune report of a folder rolled up into the 34 province reports and the national one,
 * each written with its details (coverage, provenance) for `render --rollup`. Replaces 35 runs of
 * `rollup` (34 provinces, then the country), each paying the start-up and reading its files again.
 */
import { join } from "node:path";
import { parsePeriod, rollupHierarchy, safeParseReport, type Report } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { checkOutputs, expandJsonInputs, readJsonSync, shown, writeOutputs, type Io, type Output } from "./io.js";
import { CliError, EXIT, cliLocale, countLine, helpText, msg, periodText, problemLine } from "./messages.js";
import { detailsJson } from "./rollup.js";
import { units2025 } from "./units.js";

const HELP_VI = `Cách dùng: de-an-06 country <thư-mục|tệp.json>… --period <kỳ> -o <thư-mục-kết-quả>

Tổng hợp cả nước trong một lần chạy: báo cáo các xã (mọi tệp .json trong thư mục) → 34 tỉnh → toàn
quốc, theo danh mục đơn vị từ 01/7/2025. Ghi vào thư mục kết quả báo cáo tổng hợp của từng tỉnh
(tinh-<mã>.json) và của cả nước (toan-quoc.json); với --details, mỗi báo cáo kèm tệp chi tiết
(.rollup.json: độ bao phủ, nguồn số liệu từng xã, vấn đề) dùng cho “render --rollup”. Ghi tất cả
hoặc không ghi gì.

Tùy chọn:
  --period <kỳ>          kỳ báo cáo: 202605 (tháng), 2026Q2, 2026S1, 2026N9, 2026
  -o, --out <thư-mục>    nơi ghi các báo cáo tổng hợp
  --details              ghi thêm tệp chi tiết .rollup.json cho từng báo cáo (khoảng 24 MB cho cả nước)
  --skip-invalid         bỏ qua tệp không đọc được/không đúng lược đồ thay vì dừng lại
  --json                 in kết quả (độ bao phủ từng tỉnh, số vấn đề) dạng JSON
  --locale <vi|en>       ngôn ngữ của thông báo (mặc định vi)
  -h, --help             hướng dẫn này`;

const HELP_EN = `Usage: de-an-06 country <folder|file.json>… --period <period> -o <output-folder>

Rolls up the whole country in one run: the communes' reports (every .json file in the folder) →
34 provinces → the whole country, by the list of units in force from 01/7/2025. Writes into the
output folder the rolled-up report of each province (tinh-<code>.json) and of the country
(toan-quoc.json); with --details, each with a details file (.rollup.json: coverage, the source
of each commune's figures, problems) for “render --rollup”. Writes everything or nothing.

Options:
  --period <period>      reporting period: 202605 (month), 2026Q2, 2026S1, 2026N9, 2026
  -o, --out <folder>     where to write the rolled-up reports
  --details              also write a .rollup.json details file per report (about 24 MB for the country)
  --skip-invalid         skip files that cannot be read or do not match the schema instead of stopping
  --json                 print the result (each province's coverage, the problems) as JSON
  --locale <vi|en>       language of the messages (default vi)
  -h, --help             this help`;

/** Runs `country`. */
export async function countryCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("country", argv, {
    period: { type: "string" },
    out: { type: "string", short: "o" },
    details: { type: "boolean" },
    "skip-invalid": { type: "boolean" },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.out(helpText({ vi: HELP_VI, en: HELP_EN }));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(msg.needInput(msg.what.communeReports, "country"), EXIT.usage);
  if (values.period === undefined) throw new CliError(msg.needInput(msg.what.periodOption, "country"), EXIT.usage);
  if (values.out === undefined) throw new CliError(msg.needInput(msg.what.outDir, "country"), EXIT.usage);
  const period = parsePeriod(values.period);
  if (!period) throw new CliError(msg.badPeriod(values.period), EXIT.usage);
  const units = units2025();
  const provinces = units.childrenOf.get("VN") ?? [];
  const details = values.details === true;
  const names = ["toan-quoc", ...provinces.map((p) => `tinh-${p.code}`)].flatMap((n) => [`${n}.json`, ...(details ? [`${n}.rollup.json`] : [])]);
  const files = await expandJsonInputs(io, positionals);
  checkOutputs(io, names.map((n) => join(values.out!, n)), files);

  // Read and check every file: one by one, synchronously (no thread pool hops for small files).
  const communes: Report[] = [];
  const locale = cliLocale();
  let skipped = 0;
  for (const file of files) {
    let why: string;
    try {
      const parsed = safeParseReport(readJsonSync(io, file), { locale });
      if (parsed.success) {
        communes.push(parsed.data);
        continue;
      }
      why = msg.schemaFailed(shown(io, file), parsed.problems);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      why = error.message;
    }
    if (!values["skip-invalid"]) throw new CliError(`${why}\n${msg.rollupStopped}`);
    io.err(`${msg.skipped}: ${why}`);
    skipped++;
  }
  if (communes.length === 0) throw new CliError(msg.nothingToRollUp(files.length));

  const result = rollupHierarchy(communes, { units, period: values.period, locale: cliLocale() });
  const outputs: Output[] = [];
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  for (const [name, r] of [["toan-quoc", result.national] as const, ...Object.entries(result.provinces).map(([code, r]) => [`tinh-${code}`, r] as const)]) {
    outputs.push({ file: join(values.out, `${name}.json`), data: json(r.report) });
    if (details) outputs.push({ file: join(values.out, `${name}.rollup.json`), data: detailsJson(r) });
  }
  await writeOutputs(io, outputs, files);

  const all = [...result.issues, ...result.national.issues, ...Object.values(result.provinces).flatMap((r) => r.issues)];
  const provinceResults = Object.values(result.provinces);
  const reported = provinceResults.reduce((n, r) => n + r.coverage.reported.length, 0);
  const expected = provinceResults.reduce((n, r) => n + r.coverage.expected.length, 0);
  if (values.json) {
    io.out(
      json({
        ok: !all.some((i) => i.severity === "error"),
        out: join(io.cwd, values.out),
        files: outputs.length,
        skipped,
        national: result.national.coverage,
        provinces: Object.fromEntries(provinceResults.map((r) => [r.report.unit.code, { reported: r.coverage.reported.length, expected: r.coverage.expected.length }])),
        issues: all,
      }).trimEnd(),
    );
  } else {
    io.out(msg.countryRolledUp(communes.length, provinceResults.length, periodText(period), skipped));
    io.out(msg.countryCoverage(reported, expected, result.national.coverage.reported.length, result.national.coverage.expected.length));
    if (all.length > 0) {
      io.out(msg.rollupProblems(countLine(all)));
      for (const p of all.filter((i) => i.severity === "error").slice(0, 20)) io.out(problemLine(p));
    }
    io.out(msg.written(msg.countryWritten(outputs.length, details, provinceResults.length), shown(io, join(io.cwd, values.out))));
  }
  return all.some((i) => i.severity === "error") ? EXIT.failed : EXIT.ok;
}
