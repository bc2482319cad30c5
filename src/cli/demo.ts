/**
 * `de-an-06 demo`: the SDK end to end on the sample data. Validates the three seed reports
 * (test/fixtures in the package root), generates the synthetic country (one report per commune,
 * 3,321 communes, deterministic), puts the real commune seed in place of its synthetic twin, rolls
 * communes up to the 34 provinces and the provinces up to the national report, renders a commune,
 * a province and the national report to .docx, and says what it did and where the files are.
 */
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  parsePeriod,
  rollupHierarchy,
  validateInput,
  validateReport,
  type Report,
  type ValidationIssue,
} from "../index.js";
import { parseCommandArgs } from "./args.js";
import { PACKAGE_ROOT, readJson, shown, writeOutput, type Io } from "./io.js";
import { CliError, EXIT, cliLocale, countLine, helpText, msg, periodText, reportLabel, severityLabel } from "./messages.js";
import { step } from "./progress.js";
import { detailsJson } from "./rollup.js";
import { parentUnit, units2025 } from "./units.js";

const HELP_VI = `Cách dùng: de-an-06 demo [--out out] [--province 24] [--seed 6]

Trình diễn toàn bộ quy trình trên dữ liệu mẫu:
  1. kiểm tra ba báo cáo thật dùng làm mẫu (test/fixtures: Văn phòng UBND tỉnh Sơn La,
     UBND tỉnh Nghệ An, UBND xã Đông Cứu) và chỉ ra các chỗ sai;
  2. sinh bộ dữ liệu giả lập cả nước (3.321 xã, cố định theo --seed), thay báo cáo giả lập của
     xã Đông Cứu bằng báo cáo thật;
  3. tổng hợp xã → 34 tỉnh, rồi tỉnh → toàn quốc, kèm độ bao phủ;
  4. xuất ba báo cáo Word (.docx): một xã, một tỉnh (--province) và toàn quốc, cùng tệp JSON.

Tùy chọn:
  --out <thư-mục>     nơi ghi kết quả (mặc định out)
  --province <mã>     tỉnh dùng để xuất báo cáo cấp tỉnh (mặc định 24, Bắc Ninh, nơi có xã Đông Cứu)
  --seed <số>         hạt giống của dữ liệu giả lập (mặc định 6)
  --locale <vi|en>    ngôn ngữ của thông báo (văn bản Word vẫn bằng tiếng Việt)
  -h, --help          hướng dẫn này`;

const HELP_EN = `Usage: de-an-06 demo [--out out] [--province 24] [--seed 6]

Runs the whole process on sample data:
  1. checks the three real reports used as samples (test/fixtures: the Office of the People's
     Committee of Sơn La, the People's Committee of Nghệ An, the commune Đông Cứu) and shows
     their slips;
  2. generates a synthetic data set for the whole country (3,321 communes, fixed by --seed), with
     the real report of Đông Cứu in place of its synthetic twin;
  3. rolls up communes → 34 provinces, then provinces → the whole country, with coverage;
  4. prints three Word reports (.docx): a commune, a province (--province) and the country, with
     their JSON.

Options:
  --out <folder>      where to write the results (default out)
  --province <code>   the province printed as the province-level report (default 24, Bắc Ninh,
                      where Đông Cứu is)
  --seed <number>     seed of the synthetic data (default 6)
  --locale <vi|en>    language of the messages (the Word documents stay in Vietnamese)
  -h, --help          this help`;

/** The period of the demo: the commune seed's month. */
const PERIOD = "202605";
/** The commune seed, rendered as the commune-level example. */
const COMMUNE_SEED = "004-dong-cuu-2026-05.json";
/** Share of communes left without a report, so that coverage has something to say. */
const MISSING_RATE = 0.03;

/**
 * The seed reports shipped with the repository (test/fixtures/NNN-*.json under the package root):
 * the real documents, not the constructed national report beside them.
 */
async function fixtureFiles(): Promise<string[]> {
  const dir = join(PACKAGE_ROOT, "test", "fixtures");
  const names = await readdir(dir).catch(() => {
    throw new CliError(msg.demoNoFixtures(dir));
  });
  return names.filter((n) => /^\d{3}-.*\.json$/.test(n)).sort().map((n) => join(dir, n));
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/^(tinh|thanh pho|xa|phuong|dac khu) /, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Runs `demo`. */
export async function demoCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("demo", argv, {
    out: { type: "string" },
    province: { type: "string" },
    seed: { type: "string" },
  });
  if (values.help) {
    io.out(helpText({ vi: HELP_VI, en: HELP_EN }));
    return EXIT.ok;
  }
  const locale = cliLocale();
  const outDir = resolve(io.cwd, values.out ?? "out");
  const seed = Number(values.seed ?? 6);
  if (!Number.isSafeInteger(seed)) throw new CliError(msg.badSeed(values.seed ?? ""), EXIT.usage);
  const province = parentUnit(values.province ?? "24");
  if (province.level !== "tinh") throw new CliError(msg.badUnit(province.code), EXIT.usage);
  const period = parsePeriod(PERIOD)!;
  const index = units2025();
  const written: { what: string; file: string }[] = [];
  const write = async (what: string, name: string, data: string | Uint8Array) => {
    const file = await writeOutput(io, join(outDir, name), data);
    written.push({ what, file });
  };

  io.out(msg.demoTitle);
  // Loaded here, not at start-up: only `demo` needs the Word writer and the generator.
  const [{ renderDocx }, { generateCountry }] = await Promise.all([import("../render/index.js"), import("../sample/index.js")]);

  // 1. The seed reports: real documents with real slips.
  const seeds = await step(
    io,
    msg.demoStepSeeds,
    async () => {
      const out: { file: string; report?: Report; issues: ValidationIssue[] }[] = [];
      for (const file of await fixtureFiles()) {
        const { report, issues } = validateInput(await readJson(io, file), { locale });
        out.push({ file, ...(report ? { report } : {}), issues });
      }
      return out;
    },
    (list) => msg.demoSeedsChecked(list.length),
  );
  for (const s of seeds) {
    const errors = s.issues.filter((i) => i.severity === "error");
    const who = s.report ? reportLabel(s.report) : "";
    io.out(`  ${errors.length > 0 ? "✗" : "✓"} ${shown(io, s.file)} — ${who}: ${countLine(s.issues)}`);
    for (const e of errors.slice(0, 5)) io.out(`      ${severityLabel("error")}: ${e.message}`);
    if (errors.length > 5) io.out(msg.demoMoreErrors(errors.length - 5));
  }
  const communeSeed = seeds.find((s) => s.file.endsWith(COMMUNE_SEED))?.report;
  if (!communeSeed) throw new CliError(msg.demoNoFixtures(join(PACKAGE_ROOT, "test", "fixtures", COMMUNE_SEED)));

  // 2. The synthetic country, with the real commune in place of its twin.
  const communes = await step(
    io,
    msg.demoStepGenerate,
    () => {
      const generated = generateCountry({ seed, period: PERIOD, missingRate: MISSING_RATE });
      const others = generated.filter((r) => r.unit.code !== communeSeed.unit.code);
      return [...others, communeSeed];
    },
    (list) => msg.demoGenerated(list.length, seed),
  );

  // 3. Communes → provinces → the country.
  const { provinces: provincial, national } = await step(
    io,
    msg.demoStepRollup,
    () => rollupHierarchy(communes, { units: index, period: PERIOD, locale }),
  );
  const chosen = provincial[province.code];
  if (!chosen) throw new CliError(msg.badUnit(province.code), EXIT.usage);
  const provinceChildren = communes.filter((r) => index.byCode.get(r.unit.code)?.parent === province.code);
  const results = Object.values(provincial);
  const reportedCommunes = results.reduce((n, r) => n + r.coverage.reported.length, 0);
  const expectedCommunes = results.reduce((n, r) => n + r.coverage.expected.length, 0);
  io.out(msg.demoCountry(reportedCommunes, expectedCommunes, national.coverage.reported.length, national.coverage.expected.length));
  const received = national.report.values["hs.tiep_nhan"];
  if (typeof received === "number") io.out(msg.demoReceived(periodText(period), received));
  io.out(msg.demoProvince(province.name, chosen.coverage.reported.length, chosen.coverage.expected.length));

  // The consolidated reports are checked like any other (with their children for the hierarchy rules).
  const provinceIssues = validateReport(chosen.report, { children: provinceChildren, locale });
  const nationalIssues = validateReport(national.report, { children: results.map((r) => r.report), locale });
  io.out(msg.demoChecked(province.name, countLine(provinceIssues), countLine(nationalIssues)));
  const provinceErrors = provinceIssues.filter((i) => i.severity === "error");
  for (const e of provinceErrors.slice(0, 3)) io.out(`      ${severityLabel("error")}: ${e.message}`);
  if (provinceErrors.length > 0) io.out(`  ${msg.demoCarried}`);

  // 4. Three levels to Word, and the data beside them.
  const provinceSlug = `tinh-${province.code}-${slug(province.name)}`;
  const communeSlug = `xa-${communeSeed.unit.code}-${slug(communeSeed.unit.name)}`;
  await step(
    io,
    msg.demoStepRender,
    async ({ tick }) => {
      tick(0, 3);
      await write(msg.demoCommuneDocx, `${communeSlug}.docx`, await renderDocx(communeSeed));
      tick(1, 3);
      await write(msg.demoProvinceDocx(province.name), `${provinceSlug}.docx`, await renderDocx(chosen.report, { rollup: chosen }));
      tick(2, 3);
      await write(msg.demoNationalDocx, "toan-quoc.docx", await renderDocx(national.report, { rollup: national }));
      tick(3, 3);
    },
  );
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  await write(msg.demoProvinceJson(province.name), `${provinceSlug}.json`, json(chosen.report));
  await write(msg.demoProvinceDetails(province.name), `${provinceSlug}.rollup.json`, detailsJson(chosen));
  await write(msg.demoNationalJson, "toan-quoc.json", json(national.report));
  for (const r of provinceChildren) {
    await writeOutput(io, join(outDir, `xa-${province.code}`, `${r.unit.code}.json`), json(r));
  }
  io.out("");
  io.out(msg.demoResults);
  for (const w of written) io.out(`  ${w.what}: ${shown(io, w.file)}`);
  io.out(`  ${msg.demoCommunesJson(provinceChildren.length, province.name)}: ${shown(io, join(outDir, `xa-${province.code}`))}/`);
  io.out("");
  io.out(msg.demoNext(shown(io, outDir), province.code, PERIOD));
  return EXIT.ok;
}
