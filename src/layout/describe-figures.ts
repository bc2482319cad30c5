/**
 * Prose from figures: the sentences the reports are written in, so that an officer gets a first
 * draft from the data ("Tổng số hồ sơ tiếp nhận 976 hồ sơ; đã giải quyết 959 hồ sơ, trả đúng và
 * trước hạn 956/959 hồ sơ, đạt tỷ lệ 99,7%, tăng 1,2 điểm phần trăm so với cùng kỳ năm 2025.").
 * The rates are those of `evaluateIndicators`, the changes those of `compareValues`.
 */
import { formatViNumber } from "../format/number.js";
import { indicatorCatalog } from "../indicators/catalog.js";
import type { Catalog } from "../indicators/types.js";
import type { Report } from "../schema/report.js";
import { asOfText, dimensionText, elementValueText, indicatorValueText, statedChangeText, statedText, targetText } from "./fact-text.js";
import { sectionFacts, type ElementFact, type Fact, type Flag, type IndicatorFact } from "./facts.js";
import { VI } from "./strings.js";
import { cleanText } from "./text.js";

/**
 * Options of {@link describeFigures}.
 *
 * @category Render
 * @example
 * ```ts
 * const options: DescribeFiguresOptions = { catalog: myCatalog };
 * ```
 */
export interface DescribeFiguresOptions {
  /** The catalog whose labels and indicators are used (default `indicatorCatalog`). */
  readonly catalog?: Catalog;
}

const P = VI.prose;

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // An acronym keeps its capitals ("CSDL quốc gia", not "cSDL quốc gia").
  if (/^\p{Lu}\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function flagWord(flag: Flag | undefined): string {
  return flag === undefined ? "" : ` (${P[flag]})`;
}

/** The change: the one computed from the comparison figures, else the one the author states. */
function comparisonWords(fact: Fact): string {
  if (fact.comparison !== undefined) return `, ${fact.comparison.phrase}`;
  const stated = fact.statedChanges?.[0];
  return stated === undefined ? "" : `, ${statedChangeText(stated, fact.def.unit)}`;
}

/** "(số liệu đến ngày 07/07/2025; phạm vi: toàn quốc)" when the figure is dated or scoped otherwise than the report. */
function asOfWords(fact: Fact): string {
  const text = asOfText(fact);
  return text === "" ? "" : ` (${text})`;
}

/** A breakdown of an element told as reports tell it: "… theo bộ, ngành (trong đó): Bộ Công an 3.104.220 hồ sơ; …". */
function breakdownSentences(fact: ElementFact): string[] {
  const unit = fact.def.unit;
  return (fact.breakdowns ?? []).map((b) => {
    const parts = b.parts.map((p) => `${cleanText(p.label).trim()} ${formatViNumber(p.value)} ${unit}`).join("; ");
    return `${upperFirst(cleanText(fact.def.label))} ${dimensionText(b)}: ${parts}.`;
  });
}

function targetWords(fact: IndicatorFact): string {
  if (fact.def.target === undefined || fact.meetsTarget === undefined) return "";
  return ` (${P.target} ${targetText(fact.def.target, fact.def.unit)}: ${fact.meetsTarget ? P.met : P.notMet})`;
}

/** How a figure is named: the reports' own words where we have them, else the catalog label. */
function name(fact: ElementFact, first: boolean): { text: string; colon: boolean } {
  const own = VI.phrases[fact.def.id];
  if (own !== undefined) return { text: first ? upperFirst(own) : lowerFirst(own), colon: false };
  const label = cleanText(fact.def.label);
  return { text: first ? upperFirst(label) : lowerFirst(label.replace(/^Số\s+/u, "")), colon: true };
}

/**
 * One clause about an element, with its rate when it is the numerator of an indicator. In a
 * family's sentence only the first figure and the rates carry their change: a change after
 * every part would bury the figures.
 */
function elementClause(fact: ElementFact, first: boolean, rate: IndicatorFact | undefined): string {
  const change = first ? comparisonWords(fact) : "";
  const n = name(fact, first);
  const lead = n.colon ? `${n.text}:` : n.text;
  const unit = fact.def.unit;
  if (fact.value === undefined) {
    const stated = fact.stated === undefined ? "" : statedText(fact.stated, unit);
    return `${lead} ${stated} ${unit}${asOfWords(fact)}${flagWord(fact.flag)}${change}`;
  }
  if (typeof fact.value === "boolean") return `${lead} ${fact.value ? P.yes : P.no}`;
  const num = rate?.evaluated.numerator;
  const den = rate?.evaluated.denominator;
  if (rate !== undefined && rate.value !== undefined && num !== undefined && den !== undefined) {
    const pct = indicatorValueText(rate.value, rate.def.unit, rate.def.decimals, true);
    return `${lead} ${formatViNumber(num)}/${formatViNumber(den)} ${unit}${asOfWords(fact)}${flagWord(fact.flag ?? rate.flag)}, ${P.reachesRate} ${pct}${comparisonWords(rate)}${targetWords(rate)}`;
  }
  return `${lead} ${elementValueText(fact.value)} ${unit}${asOfWords(fact)}${flagWord(fact.flag)}${change}`;
}

/** A sentence about an indicator or score not told as part of its numerator's clause. */
function ratioSentence(fact: IndicatorFact | Extract<Fact, { kind: "score" }>): string | undefined {
  const label = upperFirst(cleanText(fact.def.label));
  if (fact.kind === "score") {
    return `${label} ${P.reaches} ${statedText(fact.stated, fact.def.unit)} ${fact.def.unit}${flagWord(fact.flag)}${comparisonWords(fact)}.`;
  }
  if (fact.value === undefined) return undefined;
  const value =
    fact.source === "stated" && fact.stated !== undefined
      ? statedText(fact.stated, fact.def.unit)
      : indicatorValueText(fact.value, fact.def.unit, fact.def.decimals, true);
  return `${label} ${P.reaches} ${value}${flagWord(fact.flag)}${comparisonWords(fact)}${targetWords(fact)}.`;
}

/**
 * Writes the figures of one section of a report as the sentences reports are written in: the
 * counts of a family of figures in one sentence ("Tổng số hồ sơ tiếp nhận 976 hồ sơ; đã giải
 * quyết 959 hồ sơ, trả đúng và trước hạn 956/959 hồ sơ, đạt tỷ lệ 99,7%…"), each rate with its
 * change against the same period last year (else the previous period) and its target, scores
 * as stated. Estimated figures say so; a figure dated otherwise than the report says its date; a
 * change the comparison figures do not give is told as the author states it; each breakdown by a
 * dimension gets its sentence. The author's own paragraphs are not touched: these
 * sentences are a draft for the author to take or leave (`renderDocx(report, { draft: true })`
 * prints them after the author's text).
 *
 * @category Render
 * @summary A first draft of a section's prose, from its figures.
 * @param report - A parsed report.
 * @param sectionId - The outline section, "1"–"8".
 * @param options - The catalog.
 * @returns The sentences, each ending with a full stop; none when the section has no figures.
 * @example
 * ```ts
 * describeFigures(report, "3");
 * // ["Tổng số hồ sơ tiếp nhận 976 hồ sơ; đã giải quyết 959 hồ sơ, trả đúng và trước hạn 956/959 hồ sơ, đạt tỷ lệ 99,7%, tăng 1,2 điểm phần trăm so với cùng kỳ năm 2025."]
 * ```
 */
export function describeFigures(report: Report, sectionId: string, options: DescribeFiguresOptions = {}): string[] {
  const catalog = options.catalog ?? indicatorCatalog;
  const facts = sectionFacts(report, sectionId, catalog);
  const elements = facts.filter((f): f is ElementFact => f.kind === "element");
  const indicators = facts.filter((f): f is IndicatorFact => f.kind === "indicator");
  const present = new Map(elements.map((e) => [e.def.id, e] as const));

  // Families: an element whose whole (partOf) is also reported is told in its whole's sentence.
  const rootOf = (e: ElementFact): ElementFact => {
    let at = e;
    for (let guard = 0; guard < 16; guard++) {
      const parent = at.def.partOf === undefined ? undefined : present.get(at.def.partOf);
      if (parent === undefined || parent === at) return at;
      at = parent;
    }
    return at;
  };
  const parentOf = (e: ElementFact) => (e.def.partOf === undefined ? undefined : present.get(e.def.partOf));
  const used = new Set<IndicatorFact>();
  const rateFor = (e: ElementFact): IndicatorFact | undefined => {
    const rate = indicators.find(
      (i) => !used.has(i) && i.def.numerator === e.def.id && i.source === "counts" && present.has(i.def.denominator),
    );
    if (rate !== undefined) used.add(rate);
    return rate;
  };

  const sentences: string[] = [];
  const roots = elements.filter((e) => rootOf(e) === e);
  for (const root of roots) {
    // Depth-first over the family, so that a part follows its whole ("đã giải quyết…, trả đúng hạn…").
    const branches: string[][] = [];
    const walk = (e: ElementFact, branch: string[]) => {
      for (const child of elements.filter((c) => parentOf(c) === e && c !== e)) {
        branch.push(elementClause(child, false, rateFor(child)));
        walk(child, branch);
      }
    };
    const head = elementClause(root, true, rateFor(root));
    for (const child of elements.filter((c) => parentOf(c) === root && c !== root)) {
      const branch = [elementClause(child, false, rateFor(child))];
      walk(child, branch);
      branches.push(branch);
    }
    sentences.push(`${[head, ...branches.map((b) => b.join(", "))].join("; ")}.`);
  }
  for (const e of elements) sentences.push(...breakdownSentences(e));
  for (const fact of facts) {
    if (fact.kind === "element" || (fact.kind === "indicator" && used.has(fact))) continue;
    const sentence = ratioSentence(fact);
    if (sentence !== undefined) sentences.push(sentence);
  }
  return sentences.map((s) => s.replace(/\s+/gu, " ").replace(/\s+([,.;:])/gu, "$1"));
}
