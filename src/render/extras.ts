/**
 * What the figures add to the document: per section the figures table and (on request) the
 * generated draft prose; for a rolled-up report the coverage sentence, the reference to each
 * appendix in the body (Nghị định 30/2020, Phụ lục I, Phần I, mục III.1: "trong văn bản phải có
 * chỉ dẫn về phụ lục") and the appendices themselves.
 */
import type { ISectionOptions } from "docx";
import { indicatorCatalog } from "../indicators/catalog.js";
import { SECTION_IDS } from "../schema/outline.js";
import type { Report } from "../schema/report.js";
import { appendixPlan, appendixSections, coverageParagraph, type AppendixPlan } from "./appendix.js";
import type { Block, SectionExtras } from "./body.js";
import { describeFigures } from "./describe-figures.js";
import { sectionFacts } from "./figures.js";
import { figuresTable } from "./figures-table.js";
import type { RenderOptions } from "./options.js";
import { bodyParagraph } from "./paragraphs.js";
import { VI } from "./strings.js";

/** What the figures add to the document. */
export interface ReportExtras {
  readonly sections: Readonly<Record<string, SectionExtras>>;
  readonly afterPreamble: readonly Block[];
  readonly appendixSections: readonly ISectionOptions[];
}

/** "(Chi tiết số liệu của từng đơn vị tại Phụ lục I kèm theo.)" */
function appendixReference(labels: readonly string[]): Block {
  return bodyParagraph(`(${VI.appendixSeeBody} ${labels.join(", ")} ${VI.appendixAttachedSuffix}.)`, { italics: true });
}

/** The extras of a report under the given options. */
export function reportExtras(report: Report, options: RenderOptions): ReportExtras {
  const catalog = options.catalog ?? indicatorCatalog;
  const plan: AppendixPlan | undefined = options.rollup === undefined ? undefined : appendixPlan(report, options.rollup, catalog, options.unitNames, options.appendixFigures);
  const sections: Record<string, SectionExtras> = {};
  for (const id of SECTION_IDS) {
    const facts = options.figures === false ? [] : sectionFacts(report, id, catalog);
    const draft = options.draft === true ? describeFigures(report, id, { catalog }) : [];
    const labels = plan?.appendices.filter((a) => a.sectionId === id).map((a) => a.label) ?? [];
    const figures = [...figuresTable(facts), ...(labels.length > 0 ? [appendixReference(labels)] : [])];
    if (draft.length > 0 || figures.length > 0) sections[id] = { draft, figures };
  }
  return {
    sections,
    afterPreamble: plan === undefined ? [] : [coverageParagraph(plan)],
    appendixSections: plan === undefined ? [] : appendixSections(report, plan, catalog),
  };
}
