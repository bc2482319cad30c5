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
 *              says which ones it could not convert (exit code 1 if any).
 *
 * Then look at the pages against Nghị định 30/2020/NĐ-CP, Phụ lục I (docs/the-thuc-van-ban.md),
 * e.g. `pdftoppm -r 70 -png <outdir>/004-dong-cuu-2026-05.pdf <outdir>/004`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import fc from "fast-check";
import { UNITS_2025 } from "../src/communes/index.js";
import { renderDocx } from "../src/render/index.js";
import { rollupHierarchy } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import { FIXTURE_NAMES, loadReport } from "../test/fixtures/index.js";
import { hostileReports } from "../test/render/hostile-reports.js";

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

/** Converts one .docx to PDF beside it; true when LibreOffice wrote a non-empty PDF. */
function toPdf(docx: string, outDir: string): boolean {
  spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", outDir, docx], { stdio: "ignore", timeout: 120_000 });
  const pdf = join(outDir, `${basename(docx, ".docx")}.pdf`);
  return existsSync(pdf) && statSync(pdf).size > 0;
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

  for (const name of FIXTURE_NAMES) write(`${name}.docx`, await renderDocx(loadReport(name)));

  const communes = generateCountry({ seed: args.seed, period: PERIOD, comparisons: true, missingRate: MISSING_RATE });
  const { national } = rollupHierarchy(communes, { units: UNITS_2025, period: PERIOD });
  write("toan-quoc-202605.docx", await renderDocx(national.report, { rollup: national }));

  if (args.hostile > 0) {
    const samples = fc.sample(hostileReports, { numRuns: args.hostile, seed: args.seed });
    for (const [i, report] of samples.entries()) {
      write(`hostile-${String(i + 1).padStart(3, "0")}.docx`, await renderDocx(report, { draft: i % 2 === 1 }));
    }
  }

  if (!args.pdf) return 0;
  const failed = written.filter((path) => !toPdf(path, args.out));
  process.stdout.write(`LibreOffice: ${written.length - failed.length}/${written.length} converted to PDF\n`);
  for (const f of failed) process.stdout.write(`  not converted: ${f}\n`);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
