/**
 * Renders the documents a reader should look at before trusting the Word output: the three seed
 * reports (002 Sơn La, 003 Nghệ An, 004 Đông Cứu) and the national report rolled up from the
 * synthetic country (3,321 communes → 34 provinces → Bộ) with its 34-province appendices.
 *
 *   node --import tsx scripts/render-samples.ts <outdir>
 *
 * Then turn each .docx into page images (LibreOffice + pdftoppm), e.g.
 * `/work/shared/tools/docx-to-png <outdir>/004-dong-cuu-2026-05.docx`, and look at every page
 * against Nghị định 30/2020/NĐ-CP, Phụ lục I (see docs/the-thuc-van-ban.md).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { UNITS_2025 } from "../src/communes/index.js";
import { renderDocx } from "../src/render/index.js";
import { rollupHierarchy } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import { FIXTURE_NAMES, loadReport } from "../test/fixtures/index.js";

const PERIOD = "202605";
const SEED = 6;
/** A few communes that have not reported, so the provinces' coverage is realistic. */
const MISSING_RATE = 0.03;

async function main(): Promise<void> {
  const outArg = process.argv[2];
  if (outArg === undefined) {
    process.stderr.write("usage: node --import tsx scripts/render-samples.ts <outdir>\n");
    process.exit(2);
  }
  const out = resolve(outArg);
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(out, name);
    writeFileSync(path, bytes);
    written.push(`${path} (${Math.round(bytes.length / 1024)} kB)`);
  };

  for (const name of FIXTURE_NAMES) write(`${name}.docx`, await renderDocx(loadReport(name)));

  const communes = generateCountry({ seed: SEED, period: PERIOD, comparisons: true, missingRate: MISSING_RATE });
  const { national } = rollupHierarchy(communes, { units: UNITS_2025, period: PERIOD });
  write("toan-quoc-202605.docx", await renderDocx(national.report, { rollup: national }));

  process.stdout.write(`${written.join("\n")}\n`);
}

await main();
