import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { indicatorCatalog } from "../indicators/catalog.js";
import type { Catalog, IndicatorDef } from "../indicators/types.js";
import {
  cutoffRange,
  parsePeriod,
  periodId,
  periodLabel,
  previousPeriod,
  reportDeadline,
  samePeriodLastYear,
} from "../schema/period.js";
import type { BodyNode } from "../schema/body.js";
import { REPORT_SCHEMA_VERSION, type Report, type StatedValue } from "../schema/report.js";
import { placeName } from "../schema/unit.js";
import { drawFigures, familiesReported, figurePlan, periodMonths, population, type FigurePlan } from "./figures.js";
import { between, hashSeed, pick, randomStream, uniform, type Random } from "./random.js";

/**
 * One synthetic commune report: header per Nghị định 30/2020, plausible figures, a few stated
 * rates written the way reports write them (consistent with the counts), and a little prose
 * from small pools (so gathering has duplicates to fold).
 */

/**
 * Options of {@link generateCommuneReport} and {@link generateCountry}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: SampleOptions = { seed: 6, period: "202605", comparisons: true, lateRate: 0.05 };
 * ```
 */
export interface SampleOptions {
  /** Any integer; the same seed gives the same data set. */
  readonly seed: number;
  /** Period id, e.g. `202605`. */
  readonly period: string;
  /** Catalog whose commune-level elements get values (default `indicatorCatalog`). */
  readonly catalog?: Catalog;
  /** Also give the same period last year and the previous period (default false). */
  readonly comparisons?: boolean;
  /** Share of reports dated after the deadline (default 0.04). */
  readonly lateRate?: number;
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quốc", "Ngọc", "Thu", "Xuân"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Lan", "Long", "Mai", "Nam", "Phong", "Quang", "Sơn", "Thảo", "Thành", "Trang", "Tuấn", "Yến"];

const LIMITATIONS = [
  "Đường truyền hệ thống kết nối dữ liệu dân cư và Cổng dịch vụ công trực tuyến đôi lúc chưa ổn định.",
  "Một bộ phận người dân lớn tuổi còn hạn chế về kỹ năng số.",
  "Nguồn nhân lực chuyên môn về công nghệ thông tin còn mỏng.",
  "Trang thiết bị phục vụ số hóa hồ sơ còn thiếu, xuống cấp.",
];
const NEXT_TASKS = [
  "Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và ứng dụng VNeID.",
  "Tiếp tục rà soát, làm sạch dữ liệu dân cư, đất đai, hộ tịch trên địa bàn.",
  "Duy trì hoạt động của Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố.",
  "Bảo đảm an ninh, an toàn thông tin trong quá trình chuyển đổi số.",
];

/** The indicators a commune report usually states as a rate, when it has the counts. */
const STATED_RATES = ["tl.ho_so_dung_han", "tl.ho_so_truc_tuyen", "tl.so_hoa"];

const iso = (d: Date) => format(d, "yyyy-MM-dd");

/**
 * Everything that does not change from one commune to the next: built once per data set by
 * `sampleContext(options)`, then passed instead of the options when generating many communes.
 *
 * @category Testing
 * @example
 * ```ts
 * const ctx: SampleContext = sampleContext({ seed: 6, period: "202605" });
 * ```
 */
export interface SampleContext {
  /** How each figure is drawn (an implementation detail of the generator). @internal */
  readonly plan: FigurePlan;
  readonly catalog: Catalog;
  readonly period: string;
  readonly months: number;
  readonly label: string;
  /** Report dates: on time (around the cut-off) and late (after the deadline). */
  readonly onTimeDates: readonly string[];
  readonly lateDates: readonly string[];
  readonly rates: readonly IndicatorDef[];
  readonly previous: string;
  readonly lastYear: string;
  readonly options: SampleOptions;
}

/** Builds the per-data-set context (throws on an invalid period id: this is a test-data tool). */
export function sampleContext(options: SampleOptions): SampleContext {
  const parsed = parsePeriod(options.period);
  if (!parsed) throw new RangeError(`Mã kỳ báo cáo không hợp lệ: ${options.period}`);
  const catalog = options.catalog ?? indicatorCatalog;
  const cutoffTo = new Date(`${cutoffRange(parsed).to}T00:00:00`);
  const deadline = new Date(`${reportDeadline(parsed, "xa")}T00:00:00`);
  // On time: after the cut-off's last day (a report cannot be dated before its figures close)
  // and no later than the deadline.
  const onTimeDates: string[] = [];
  for (let d = 1; iso(addDays(cutoffTo, d)) <= iso(deadline) || d === 1; d++) onTimeDates.push(iso(addDays(cutoffTo, d)));
  const lateDates: string[] = [];
  for (let d = 1; d <= 6; d++) lateDates.push(iso(addDays(deadline, d)));
  return {
    plan: figurePlan(catalog, "xa"),
    catalog,
    period: options.period,
    months: periodMonths(options.period),
    label: periodLabel(parsed),
    onTimeDates,
    lateDates,
    rates: STATED_RATES.flatMap((id) => catalog.indicators.filter((i) => i.id === id).slice(0, 1)),
    previous: periodId(previousPeriod(parsed)),
    lastYear: periodId(samePeriodLastYear(parsed)),
    options,
  };
}

function statedRates(ctx: SampleContext, values: Record<string, number | boolean>): Record<string, StatedValue> {
  const stated: Record<string, StatedValue> = {};
  for (const ind of ctx.rates) {
    const n = values[ind.numerator];
    const d = values[ind.denominator];
    if (typeof n !== "number" || typeof d !== "number" || d === 0) continue;
    const p = 10 ** ind.decimals;
    const value = Math.round(((n * ind.factor) / d) * p) / p;
    stated[ind.id] = { value, decimals: ind.decimals };
  }
  return stated;
}

function node(id: string, numbering: string, title: string, paragraphs: string[], outline: string[], children: BodyNode[] = []): BodyNode {
  return { id, numbering, title, paragraphs, children, outline };
}

/**
 * A plausible, schema-valid report of one commune for the period. Deterministic: the same
 * seed, period and unit give the same report, whatever other units are generated.
 *
 * @category Testing
 * @summary One synthetic commune report.
 * @example
 * ```ts
 * const r = generateCommuneReport({ code: "09487", name: "Xã Đông Cứu" }, { seed: 1, period: "202605" });
 * r.values["hs.tiep_nhan"] >= r.values["hs.da_giai_quyet"]; // true
 * ```
 */
export function generateCommuneReport(
  unit: { readonly code: string; readonly name: string },
  options: SampleOptions | SampleContext,
): Report {
  const ctx = "plan" in options ? options : sampleContext(options);
  const rnd: Random = randomStream(hashSeed(ctx.options.seed, unit.code));
  const ward = unit.name.startsWith("Phường");
  const people = population(rnd, ward);
  const present = familiesReported(ctx.plan, rnd);
  const values = drawFigures(ctx.plan, rnd, people, ctx.months, present);

  const late = rnd() < (ctx.options.lateRate ?? 0.04);
  const date = pick(rnd, late ? ctx.lateDates : ctx.onTimeDates);
  const kind = ward ? "PHƯỜNG" : unit.name.startsWith("Đặc khu") ? "ĐẶC KHU" : "XÃ";
  const place = placeName(unit.name);
  const signer = `${pick(rnd, FAMILY)} ${pick(rnd, MIDDLE)} ${pick(rnd, GIVEN)}`;

  // Drawn in the order the version-1 generator drew them, so the same seed gives the same report.
  const number = rnd() < 0.8 ? between(rnd, 1, 250) : null;
  const sectionLimitation = rnd() < 0.5 ? pick(rnd, LIMITATIONS) : undefined;
  const limitation = pick(rnd, LIMITATIONS);
  const task = pick(rnd, NEXT_TASKS);
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    unit: { code: unit.code, name: unit.name, level: "xa" },
    period: ctx.period,
    document: {
      kind: "bao_cao",
      issuer: `ỦY BAN NHÂN DÂN ${unit.name.toUpperCase()}`,
      number,
      symbol: "BC-UBND",
      place,
      date,
      title: `Báo cáo kết quả triển khai Đề án 06 ${ctx.label}`,
      recipients: ["Ủy ban nhân dân tỉnh", "Công an tỉnh"],
      distribution: ["Như trên;", `Đảng ủy ${kind.toLowerCase()} (b/c);`, "Lưu: VT."],
      signer: {
        authority: [
          { prefix: "TM.", of: "ỦY BAN NHÂN DÂN" },
          { prefix: "KT.", of: "CHỦ TỊCH" },
        ],
        title: "PHÓ CHỦ TỊCH",
        name: signer,
      },
    },
    // A commune's own small heading tree, tagged with the outline parts it answers.
    body: [
      ...(sectionLimitation === undefined
        ? []
        : [
            node("ket-qua", "I.", "KẾT QUẢ THỰC HIỆN", [], [], [
              node("cai-cach-tthc", "1.", "Về cải cách thủ tục hành chính", [], ["3"], [
                node("cai-cach-tthc-han-che", "-", "Tồn tại, hạn chế", [sectionLimitation], ["assessment.limitations"]),
              ]),
            ]),
          ]),
      node("han-che", sectionLimitation === undefined ? "I." : "II.", "TỒN TẠI, HẠN CHẾ", [limitation], ["assessment.limitations"]),
      node("nhiem-vu", sectionLimitation === undefined ? "II." : "III.", "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", [task], ["nextTasks"]),
    ],
    footnotes: [],
    origin: "author",
    presentation: { figuresTable: false },
    values,
    stated: statedRates(ctx, values),
    flags: {},
    at: {},
  };
  if (!ctx.options.comparisons) return report;
  const growth = uniform(rnd, 0.75, 1.05);
  const lastYear = drawFigures(ctx.plan, rnd, Math.round(people * growth), ctx.months, present);
  const previous = drawFigures(ctx.plan, rnd, Math.round(people * uniform(rnd, 0.95, 1.02)), ctx.months, present);
  return {
    ...report,
    comparisons: {
      previous: { period: ctx.previous, values: previous, stated: {}, flags: {} },
      samePeriodLastYear: { period: ctx.lastYear, values: lastYear, stated: {}, flags: {} },
    },
  };
}
