/**
 * `de-an-06 country <thư-mục> --period <kỳ> -o <thư-mục-kết-quả>`: the whole country in one process:
 * every commune report of a folder rolled up into the 34 province reports and the national one,
 * each written with its details (coverage, provenance) for `render --rollup`. Replaces 35 runs of
 * `rollup` (34 provinces, then the country), each paying the start-up and reading its files again.
 */
import { join } from "node:path";
import { formatViNumber, parsePeriod, periodLabel, rollupHierarchy, safeParseReport, type Report } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { checkOutputs, expandJsonInputs, readJson, shown, writeOutputs, type Io, type Output } from "./io.js";
import { CliError, EXIT, countLine, msg, problemLine } from "./messages.js";
import { detailsJson } from "./rollup.js";
import { units2025 } from "./units.js";

const HELP = `Cách dùng: de-an-06 country <thư-mục|tệp.json>… --period <kỳ> -o <thư-mục-kết-quả>

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
  -h, --help             hướng dẫn này`;

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
    io.out(HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(msg.needInput("thư mục báo cáo các xã", "country"), EXIT.usage);
  if (values.period === undefined) throw new CliError(msg.needInput("--period (kỳ báo cáo)", "country"), EXIT.usage);
  if (values.out === undefined) throw new CliError(msg.needInput("-o (thư mục kết quả)", "country"), EXIT.usage);
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
  let skipped = 0;
  for (const file of files) {
    let why: string;
    try {
      const parsed = safeParseReport(await readJson(io, file));
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
    io.err(`Bỏ qua: ${why}`);
    skipped++;
  }
  if (communes.length === 0) throw new CliError(msg.nothingToRollUp(files.length));

  const result = rollupHierarchy(communes, { units, period: values.period });
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
    const n = formatViNumber;
    io.out(
      `Tổng hợp ${n(communes.length)} báo cáo xã → ${n(provinceResults.length)} tỉnh → toàn quốc, ${periodLabel(period)}` +
        (skipped > 0 ? ` (bỏ qua ${n(skipped)} tệp không hợp lệ)` : "") +
        ".",
    );
    io.out(`Đã báo cáo: ${n(reported)}/${n(expected)} xã; ${n(result.national.coverage.reported.length)}/${n(result.national.coverage.expected.length)} tỉnh.`);
    if (all.length > 0) {
      io.out(`Vấn đề khi tổng hợp: ${countLine(all)}`);
      for (const p of all.filter((i) => i.severity === "error").slice(0, 20)) io.out(problemLine(p));
    }
    io.out(msg.written(`${n(outputs.length)} tệp (báo cáo${details ? " và chi tiết" : ""} của ${n(provinceResults.length)} tỉnh và toàn quốc)`, shown(io, join(io.cwd, values.out))));
  }
  return all.some((i) => i.severity === "error") ? EXIT.failed : EXIT.ok;
}
