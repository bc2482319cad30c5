/**
 * Rollup over time for the whole country: the 12 monthly reports of each of the 3.321 communes
 * of the synthetic data set (`generateCountry`, a seed per month) rolled up into each commune's
 * year with `rollupPeriods`, beside a hand-written loop that does the same arithmetic over the same
 * data (flows added, stocks and facts taken from the latest month, by the catalog's time
 * aggregation), measured in the same run. Target: within 6× of the loop (the function also
 * screens units and periods, checks every value, writes coverage, and builds a draft report).
 */
import { indicatorCatalog } from "../src/indicators/index.js";
import { formatViNumber } from "../src/format/index.js";
import { rollupPeriods } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import type { Report } from "../src/schema/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const TARGET_RATIO = 6;
const YEAR = "2026";

export default (async (): Promise<readonly BenchResult[]> => {
  // Reports as they arrive from files (parsed JSON), grouped by commune, months in order.
  const byCommune = new Map<string, Report[]>();
  for (let m = 1; m <= 12; m++) {
    const period = `${YEAR}${String(m).padStart(2, "0")}`;
    const month = JSON.parse(JSON.stringify(generateCountry({ seed: 6 + m, period }))) as Report[];
    for (const r of month) {
      const list = byCommune.get(r.unit.code);
      if (list) list.push(r);
      else byCommune.set(r.unit.code, [r]);
    }
  }
  const communes = [...byCommune.values()];
  let values = 0;
  for (const list of communes) for (const r of list) values += Object.keys(r.values).length;
  const last = new Set<string>(indicatorCatalog.elements.filter((e) => e.aggregation.time === "last").map((e) => e.id));

  // The floor: per commune, add the flows and keep the latest stock, month by month.
  let check = 0;
  const handLoop = () => {
    let total = 0;
    for (const list of communes) {
      const year: Record<string, number | boolean> = {};
      for (const r of list) {
        const v = r.values;
        for (const id in v) {
          const x = v[id]!;
          if (last.has(id) || typeof x === "boolean") year[id] = x;
          else year[id] = ((year[id] as number | undefined) ?? 0) + x;
        }
      }
      total += (year["hs.tiep_nhan"] as number | undefined) ?? 0;
    }
    check = total;
  };
  let sum = 0;
  let errors = 0;
  const full = () => {
    let total = 0;
    for (const list of communes) {
      const u = list[0]!.unit;
      const r = rollupPeriods(list, { unit: u, period: YEAR });
      total += (r.report.values["hs.tiep_nhan"] as number | undefined) ?? 0;
      for (const i of r.issues) if (i.severity === "error") errors++;
    }
    sum = total;
  };

  // CPU time of this process, not wall time: the figures hold on a machine other jobs share.
  const options = { iterations: 11, warmup: 2, cpu: true };
  const loop = await measure(`Vòng lặp tay: 12 tháng → năm (${formatViNumber(values)} giá trị)`, handLoop, options);
  const roll = await measure(`rollupPeriods 12 tháng → năm, ${formatViNumber(communes.length)} xã`, full, options);
  if (sum !== check) throw new Error(`Tổng hs.tiep_nhan lệch: rollupPeriods ${sum}, vòng lặp ${check}`);
  if (errors > 0) throw new Error(`rollupPeriods báo ${errors} lỗi trên dữ liệu mẫu`);
  const ratio = roll.medianMs / loop.medianMs;
  return [
    { ...loop, throughput: `${formatViNumber(values / (loop.medianMs / 1000) / 1e6, 1)} triệu giá trị/giây` },
    {
      ...roll,
      throughput: `${formatViNumber(ratio, 1)}× vòng lặp tay; ${formatViNumber((communes.length * 12) / (roll.medianMs / 1000), 0)} báo cáo/giây`,
      target: `≤ ${TARGET_RATIO}× vòng lặp tay`,
      pass: ratio <= TARGET_RATIO,
    },
  ];
}) satisfies Bench;
