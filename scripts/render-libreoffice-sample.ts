/**
 * The fuzz test (test/render/fuzz.test.ts) proves that every hostile report renders to XML that
 * parses; this script asks a real word processor. It renders a sample of the same hostile reports,
 * converts each with LibreOffice (`soffice --headless --convert-to pdf`) and counts the documents
 * that did not convert. Not part of `npm test` (LibreOffice is a 300 MB install and the
 * conversion takes about a second per file).
 *
 *   node --import tsx scripts/render-libreoffice-sample.ts [count=20] [seed=7]
 *
 * Needs `soffice` on the PATH (Debian: `apt-get install -y libreoffice-writer-nogui`, or run
 * ../shared/tools/docx-to-png once). Exit code 1 when a document does not convert.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { renderDocx } from "../src/render/index.js";
import { hostileReports } from "../test/render/hostile-reports.js";

const count = Number(process.argv[2] ?? 20);
const seed = Number(process.argv[3] ?? 7);
if (!Number.isSafeInteger(count) || count < 1) throw new Error(`Số báo cáo không hợp lệ: ${process.argv[2]}`);

if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) {
  console.error("Không tìm thấy soffice (LibreOffice). Cài: apt-get install -y libreoffice-writer-nogui");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "de-an-06-lo-"));
const reports = fc.sample(hostileReports, { numRuns: count, seed });
const files: string[] = [];
for (const [i, report] of reports.entries()) {
  const file = join(dir, `hostile-${String(i).padStart(3, "0")}.docx`);
  writeFileSync(file, await renderDocx(report, { draft: i % 2 === 0 }));
  files.push(file);
}

// One soffice call for all files: starting LibreOffice dominates the time.
const run = spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, ...files], { encoding: "utf8", timeout: 600_000 });
const pdfs = new Set(readdirSync(dir).filter((f) => f.endsWith(".pdf") && statSync(join(dir, f)).size > 0));
const failed = files.map((f) => f.slice(dir.length + 1)).filter((f) => !pdfs.has(f.replace(/\.docx$/, ".pdf")));

console.log(`${reports.length} báo cáo ngẫu nhiên (hạt giống ${seed}), ${pdfs.size} chuyển được sang PDF bằng LibreOffice.`);
if (failed.length > 0) {
  console.error(`Không chuyển được: ${failed.join(", ")} (giữ lại trong ${dir})`);
  if (run.stderr) console.error(run.stderr);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
