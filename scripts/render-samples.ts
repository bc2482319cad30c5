/**
 * Renders the documents a reader should look at before trusting the Word output: the three seed
 * reports (002 Sơn La, 003 Nghệ An, 004 Đông Cứu) and the national report rolled up from the
 * synthetic country (3,321 communes → 34 provinces → Bộ) with its 34-province appendices.
 *
 *   node --import tsx scripts/render-samples.ts <outdir> [--hostile N] [--seed S] [--pdf]
 *
 * --hostile N  also renders N random reports full of hostile text (the fuzz test's arbitrary,
 *              test/render/hostile-reports.ts) as hostile-NNN.docx;
 * --pdf        converts every file with LibreOffice (`soffice --headless --convert-to pdf`) and
 *              says which ones it could not convert (exit code 1 if any); the three seed reports
 *              are also exported as text by LibreOffice and their headings checked, in order,
 *              against the seed texts (the fidelity test's independent reader), differences printed.
 *
 * Each .docx gets its HTML preview beside it (same name, .html).
 *
 * Then look at the pages against Nghị định 30/2020/NĐ-CP, Phụ lục I (docs/the-thuc-van-ban.md),
 * e.g. `pdftoppm -r 70 -png <outdir>/004-dong-cuu-2026-05.pdf <outdir>/004`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import fc from "fast-check";
import { UNITS_2025 } from "../src/communes/index.js";
import { renderDocx, renderHtml } from "../src/render/index.js";
import { rollupHierarchy } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import { FIXTURE_NAMES, loadReport } from "../test/fixtures/index.js";
import { hostileReports } from "../test/render/hostile-reports.js";
import { norm, readSeed } from "../test/render/seed-text.js";

const PERIOD = "202605";
const SEED = 6;
/** A few communes that have not reported, so the provinces' coverage is realistic. */
const MISSING_RATE = 0.03;

interface Args {
  readonly out: string;
  readonly hostile: number;
  readonly seed: number;
  readonly pdf: boolean;
}

function parseArgs(argv: readonly string[]): Args | undefined {
  let out: string | undefined;
  let hostile = 0;
  let seed = SEED;
  let pdf = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--hostile") hostile = Number(argv[++i]);
    else if (a === "--seed") seed = Number(argv[++i]);
    else if (a === "--pdf") pdf = true;
    else if (a !== undefined && !a.startsWith("--") && out === undefined) out = a;
    else return undefined;
  }
  if (out === undefined || !Number.isInteger(hostile) || hostile < 0 || !Number.isInteger(seed)) return undefined;
  return { out: resolve(out), hostile, seed, pdf };
}

/**
 * Converts .docx files to PDF beside them, 40 per LibreOffice run (one start-up for many files);
 * returns those for which LibreOffice wrote no PDF or an empty one.
 */
function toPdf(docxs: readonly string[], outDir: string): string[] {
  for (let i = 0; i < docxs.length; i += 40) {
    spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", outDir, ...docxs.slice(i, i + 40)], { stdio: "ignore", timeout: 600_000 });
  }
  return docxs.filter((docx) => {
    const pdf = join(outDir, `${basename(docx, ".docx")}.pdf`);
    return !(existsSync(pdf) && statSync(pdf).size > 0);
  });
}

/**
 * The fidelity check on LibreOffice's reading of the document: the .docx exported as text, its
 * lines compared with the seed's headings (numbering + title), in order. Prints the differences.
 */
function headingsAsSeed(name: string, outDir: string): boolean {
  const docx = join(outDir, `${name}.docx`);
  spawnSync("soffice", ["--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", outDir, docx], { stdio: "ignore", timeout: 120_000 });
  const txt = join(outDir, `${name}.txt`);
  if (!existsSync(txt)) {
    process.stdout.write(`${name}: LibreOffice wrote no text export\n`);
    return false;
  }
  const seeds = join(import.meta.dirname, "../test/fixtures/seeds");
  const seedFile = readdirSync(seeds).find((f) => f.startsWith(`${name.slice(0, 3)}_`)) ?? "";
  const expected = readSeed(readFileSync(join(seeds, seedFile), "utf8")).headings;
  // A footnote marker at the end of a heading comes out as its number ("…, xã hội2").
  const lines = readFileSync(txt, "utf8").split(/\r?\n/u).map((l) => norm(l).replace(/(\p{L})\d+$/u, "$1"));
  const missing: string[] = [];
  let cursor = 0;
  for (const h of expected) {
    const at = lines.indexOf(h, cursor);
    if (at < 0) missing.push(h);
    else cursor = at + 1;
  }
  process.stdout.write(`${name}: ${expected.length - missing.length}/${expected.length} headings of the seed, in order, in LibreOffice's text\n`);
  for (const m of missing) process.stdout.write(`  missing: ${m}\n`);
  return missing.length === 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === undefined) {
    process.stderr.write("usage: node --import tsx scripts/render-samples.ts <outdir> [--hostile N] [--seed S] [--pdf]\n");
    return 2;
  }
  mkdirSync(args.out, { recursive: true });
  const written: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(args.out, name);
    writeFileSync(path, bytes);
    written.push(path);
    process.stdout.write(`${path} (${Math.round(bytes.length / 1024)} kB)\n`);
  };

  const preview = (name: string, html: string) => writeFileSync(join(args.out, name), html);

  for (const name of FIXTURE_NAMES) {
    const report = loadReport(name);
    write(`${name}.docx`, await renderDocx(report));
    preview(`${name}.html`, renderHtml(report));
  }

  const communes = generateCountry({ seed: args.seed, period: PERIOD, comparisons: true, missingRate: MISSING_RATE });
  const { national } = rollupHierarchy(communes, { units: UNITS_2025, period: PERIOD });
  // Units that did not report have no provenance: their names come from the list of units.
  const unitNames = Object.fromEntries(UNITS_2025.units.map((u) => [u.code, u.name]));
  write("toan-quoc-202605.docx", await renderDocx(national.report, { rollup: national, unitNames }));
  preview("toan-quoc-202605.html", renderHtml(national.report, { rollup: national, unitNames }));

  if (args.hostile > 0) {
    const samples = fc.sample(hostileReports, { numRuns: args.hostile, seed: args.seed });
    for (const [i, report] of samples.entries()) {
      write(`hostile-${String(i + 1).padStart(3, "0")}.docx`, await renderDocx(report, { form: i % 2 === 1 }));
    }
  }

  if (!args.pdf) return 0;
  const failed = toPdf(written, args.out);
  process.stdout.write(`LibreOffice: ${written.length - failed.length}/${written.length} converted to PDF\n`);
  for (const f of failed) process.stdout.write(`  not converted: ${f}\n`);
  const unfaithful = FIXTURE_NAMES.filter((name) => !headingsAsSeed(name, args.out));
  return failed.length === 0 && unfaithful.length === 0 ? 0 : 1;
}

process.exitCode = await main();
