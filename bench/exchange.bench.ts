/**
 * Data out (issue 15): `toRows` of the whole synthetic country (3,321 commune reports) beside a
 * hand-written loop that builds the same long rows for the counts only (one object per value, the
 * 21 columns filled in directly), measured in the same run; target ≤ 3× that loop. `rowsToCsv` of
 * the same rows is shown for scale (no target).
 */
import { formatViNumber } from "../src/format/index.js";
import { rowsToCsv, toRows, type FigureRow } from "../src/exchange/index.js";
import { generateCountry } from "../src/sample/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const TARGET_RATIO = 3;
const PERIOD = "202605";

export default (async (): Promise<readonly BenchResult[]> => {
  // Reports as they arrive from files: JSON text parsed.
  const reports = JSON.parse(JSON.stringify(generateCountry({ seed: 6, period: PERIOD }))) as ReturnType<typeof generateCountry>;

  let handCount = 0;
  const handLoop = () => {
    const out: FigureRow[] = [];
    for (const r of reports) {
      const v = r.values;
      for (const element in v) {
        const x = v[element];
        out.push({
          unit: r.unit.code, unitName: r.unit.name, level: r.unit.level, agency: null, period: r.period, element,
          dimension: null, member: null, memberLabel: null, complete: null,
          value: typeof x === "number" ? x : null, yesNo: typeof x === "boolean" ? x : null,
          statedValue: null, statedDecimals: null, statedQualifier: null, statedTolerance: null, statedMax: null, statedText: null,
          flag: null, asOf: null, scope: null,
        });
      }
    }
    handCount = out.length;
  };
  let rows: FigureRow[] = [];
  const all = () => {
    rows = [];
    for (const r of reports) for (const row of toRows(r)) rows.push(row);
  };
  let csvLength = 0;
  const csv = () => {
    csvLength = rowsToCsv(rows).length;
  };

  const options = { iterations: 20, warmup: 5, cpu: true };
  const loop = await measure("Vòng lặp viết tay: một dòng mỗi số liệu", handLoop, options);
  const mine = await measure(`toRows cả nước (${formatViNumber(reports.length)} xã)`, all, options);
  const text = await measure("rowsToCsv các dòng đó", csv, { iterations: 10, warmup: 2, cpu: true });
  if (rows.length < handCount) throw new Error(`toRows cho ${rows.length} dòng, ít hơn vòng lặp (${handCount})`);
  const ratio = mine.medianMs / loop.medianMs;
  return [
    { ...loop, throughput: `${formatViNumber(handCount)} dòng` },
    {
      ...mine,
      throughput: `${formatViNumber(rows.length)} dòng; ${formatViNumber(ratio, 1)}× vòng lặp viết tay`,
      target: `≤ ${TARGET_RATIO}×`,
      pass: ratio <= TARGET_RATIO,
    },
    { ...text, throughput: `${formatViNumber(csvLength / 2 ** 20, 1)} MiB` },
  ];
}) satisfies Bench;
