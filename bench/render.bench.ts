/**
 * renderDocx on the national report (synthetic country: 34 provinces, 3,321 communes, rolled up
 * xã → tỉnh → Bộ) with its 34-province appendices: target ≤ 300 ms median. The seed commune
 * report (004) is measured beside it for scale.
 */
import { UNITS_2025 } from "../src/communes/index.js";
import { renderDocx } from "../src/render/index.js";
import { rollupHierarchy } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import { loadReport } from "../test/fixtures/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const TARGET_MS = 300;

export default (async (): Promise<readonly BenchResult[]> => {
  const communes = generateCountry({ seed: 6, period: "202605", comparisons: true });
  const { national } = rollupHierarchy(communes, { units: UNITS_2025, period: "202605" });
  let size = 0;
  const nationalResult = await measure(
    "renderDocx, báo cáo toàn quốc kèm phụ lục 34 tỉnh, thành phố",
    async () => {
      size = (await renderDocx(national.report, { rollup: national })).length;
    },
    { iterations: 20, warmup: 5 },
  );
  const commune = loadReport("004-dong-cuu-2026-05");
  const communeResult = await measure("renderDocx, báo cáo xã (seed 004)", () => renderDocx(commune), { iterations: 30, warmup: 5 });
  return [
    {
      ...nationalResult,
      throughput: `${Math.round(size / 1024)} kB .docx`,
      target: `≤ ${TARGET_MS} ms`,
      pass: nationalResult.medianMs <= TARGET_MS,
    },
    { ...communeResult, throughput: `${(1000 / communeResult.medianMs).toFixed(0)} báo cáo/giây` },
  ];
}) satisfies Bench;
