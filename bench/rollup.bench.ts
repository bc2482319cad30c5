/**
 * Full-country rollup xã → tỉnh → Bộ over the synthetic data set (3,321 commune reports of
 * `UNITS_2025`, deterministic seed): target ≤ 25 ms median, and within 5× of a plain hand-written
 * loop that sums the same integers into per-province and national totals, measured in the same run.
 */
import { UNITS_2025 } from "../src/communes/index.js";
import { rollupHierarchy } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import { formatViNumber } from "../src/format/index.js";
import { indexUnits } from "../src/schema/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const TARGET_MS = 25;
const TARGET_RATIO = 5;
const PERIOD = "202605";

export default (async (): Promise<readonly BenchResult[]> => {
  // Reports as they arrive from files: JSON text parsed (the generator's objects would do too).
  const reports = JSON.parse(JSON.stringify(generateCountry({ seed: 6, period: PERIOD }))) as ReturnType<typeof generateCountry>;
  const index = indexUnits(UNITS_2025);
  const parentOf = new Map(UNITS_2025.units.map((u) => [u.code, u.parent] as const));
  let values = 0;
  for (const r of reports) values += Object.keys(r.values).length;

  // The floor: add every integer into its province's totals, then the provinces into the country's.
  let check = 0;
  const handLoop = () => {
    const provinces = new Map<string, Record<string, number>>();
    for (const r of reports) {
      const p = parentOf.get(r.unit.code) ?? "";
      let sums = provinces.get(p);
      if (!sums) provinces.set(p, (sums = {}));
      const v = r.values;
      for (const id in v) {
        const x = v[id];
        if (typeof x === "number") sums[id] = (sums[id] ?? 0) + x;
      }
    }
    const nation: Record<string, number> = {};
    for (const sums of provinces.values()) for (const id in sums) nation[id] = (nation[id] ?? 0) + sums[id]!;
    check = nation["hs.tiep_nhan"] ?? 0;
  };
  let total = 0;
  const full = () => {
    const { national } = rollupHierarchy(reports, { units: index, period: PERIOD });
    total = Number(national.report.values["hs.tiep_nhan"] ?? 0);
  };

  const options = { iterations: 40, warmup: 10 };
  const loop = await measure(`Vòng lặp cộng tay (${formatViNumber(values)} giá trị)`, handLoop, options);
  const roll = await measure(`rollupHierarchy xã → tỉnh → Bộ (${formatViNumber(reports.length)} xã, 34 tỉnh)`, full, options);
  if (total !== check) throw new Error(`Tổng hs.tiep_nhan lệch: rollup ${total}, vòng lặp ${check}`);
  const ratio = roll.medianMs / loop.medianMs;
  return [
    { ...loop, throughput: `${formatViNumber(values / (loop.medianMs / 1000) / 1e6, 1)} triệu giá trị/giây` },
    {
      ...roll,
      throughput: `${formatViNumber(ratio, 1)}× vòng lặp cộng tay`,
      target: `≤ ${TARGET_MS} ms, ≤ ${TARGET_RATIO}×`,
      pass: roll.medianMs <= TARGET_MS && ratio <= TARGET_RATIO,
    },
  ];
}) satisfies Bench;
