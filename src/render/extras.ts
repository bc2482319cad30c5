import type { ISectionOptions } from "docx";
import type { Report } from "../schema/report.js";
import type { Block, SectionExtras } from "./body.js";
import type { RenderOptions } from "./options.js";

/** What the figures add to the document: per-section extras, a coverage note, appendices. */
export interface ReportExtras {
  readonly sections: Readonly<Record<string, SectionExtras>>;
  readonly afterPreamble: readonly Block[];
  readonly appendixSections: readonly ISectionOptions[];
}

export function reportExtras(_report: Report, _options: RenderOptions): ReportExtras {
  return { sections: {}, afterPreamble: [], appendixSections: [] };
}
