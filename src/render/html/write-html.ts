/**
 * The HTML writer: prints a {@link DocumentModel} as an HTML preview with the same content in
 * the same order as the .docx (headings, paragraphs, footnote markers, tables, signing row), the
 * footnotes as numbered notes at the end with anchored markers. Every text is escaped; the
 * output depends on the model only (same model, same string).
 */
import type { AppendixModel, Block, DocumentModel, Inline, TableBlock, TableCell } from "../../layout/model.js";
import { VI } from "../../layout/strings.js";
import { escapeHtml as e } from "./escape.js";
import { PREVIEW_CSS } from "./style.js";

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      if ("footnote" in i) return `<sup class="fn-ref"><a href="#chu-thich-${i.footnote}" id="tham-chieu-${i.footnote}">${i.footnote}</a></sup>`;
      const classes = [i.bold ? "b" : "", i.italic ? "i" : "", i.underline ? "u" : ""].filter((c) => c !== "");
      return classes.length === 0 ? e(i.text) : `<span class="${classes.join(" ")}">${e(i.text)}</span>`;
    })
    .join("");
}

function cellHtml(tag: "th" | "td", cell: TableCell): string {
  const span = cell.span !== undefined && cell.span > 1 ? ` colspan="${cell.span}"` : "";
  const lines = cell.lines
    .map((l) => {
      const classes = [l.bold ? "b" : "", l.italic ? "i" : "", l.small ? "small" : ""].filter((c) => c !== "");
      return classes.length === 0 ? `<div>${e(l.text)}</div>` : `<div class="${classes.join(" ")}">${e(l.text)}</div>`;
    })
    .join("");
  return `<${tag} class="${cell.align}"${span}>${lines}</${tag}>`;
}

function tableHtml(t: TableBlock): string {
  const sum = t.widths.reduce((a, b) => a + b, 0) || 1;
  const cols = t.widths.map((w) => `<col style="width:${((w / sum) * 100).toFixed(2)}%">`).join("");
  const head = `<thead><tr>${t.header.map((c) => cellHtml("th", c)).join("")}</tr></thead>`;
  const body = `<tbody>${t.rows.map((r) => `<tr>${r.map((c) => cellHtml("td", c)).join("")}</tr>`).join("")}</tbody>`;
  return `<table class="ruled ${t.role}"><colgroup>${cols}</colgroup>${head}${body}</table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "header": {
      const issuer =
        block.issuer.length === 0
          ? ""
          : `${block.issuer.map((l) => `<p class="issuer${l.bold ? " b" : ""}">${e(l.text)}</p>`).join("")}<div class="rule issuer-rule"></div>`;
      const national = block.nationalName
        ? `<p class="national b">${e(VI.nationalName)}</p><p class="motto">${e(VI.motto)}</p><div class="rule motto-rule"></div>`
        : "";
      const number = block.number === undefined ? "" : `<p class="number">${e(block.number)}</p>`;
      const date = block.placeDate === undefined ? "" : `<p class="place-date">${e(block.placeDate)}</p>`;
      return `<table class="header"><tr><td class="left">${issuer}</td><td>${national}</td></tr><tr class="second"><td class="left">${number}</td><td>${date}</td></tr></table>`;
    }
    case "title":
      return (
        (block.marking === undefined ? "" : `<p class="marking">${e(block.marking)}</p>`) +
        `<p class="doc-type">${e(block.docType)}</p><p class="doc-title">${e(block.title)}</p><div class="rule title-rule"></div>`
      );
    case "recipients": {
      const [only] = block.recipients;
      if (block.recipients.length === 1 && only !== undefined) return `<p class="recipients">${e(block.label)} ${e(only)}</p>`;
      return `<div class="recipients many"><p>${e(block.label)}</p>${block.recipients.map((r) => `<p class="item">${e(r)}</p>`).join("")}</div>`;
    }
    case "heading": {
      const level = Math.min(block.depth + 2, 6);
      const classes = ["heading", `depth-${block.depth}`, block.bold ? "b" : "", block.italic ? "i" : ""].filter((c) => c !== "").join(" ");
      const id = block.id === undefined ? "" : ` id="muc-${e(block.id)}"`;
      const marks = inlinesHtml((block.footnotes ?? []).map((footnote) => ({ footnote })));
      return `<h${level} class="${classes}"${id}>${e(block.text)}${marks}</h${level}>`;
    }
    case "paragraph":
      return `<p class="${block.role === "note" ? "note" : "body"}">${inlinesHtml(block.inlines)}</p>`;
    case "table":
      return tableHtml(block);
    case "signing": {
      const d = block.distribution;
      const left = d === undefined ? "" : `<p class="distribution-label">${e(d.label)}</p>${d.lines.map((l) => `<p class="distribution-line">${e(l)}</p>`).join("")}`;
      const s = block.signature;
      const right =
        s === undefined ? "" : `${s.lines.map((l) => `<p>${e(l)}</p>`).join("")}<div class="signature-space"></div><p>${e(s.name)}</p>`;
      return `<table class="signing"><tr><td class="distribution">${left}</td><td class="signature">${right}</td></tr></table>`;
    }
  }
}

function appendixHtml(a: AppendixModel): string {
  return (
    `<section class="appendix"><p class="label">${e(a.label)}</p><p class="title">${e(a.title)}</p>` +
    `<p class="attached">${e(a.attached)}</p><p class="coverage">${e(a.coverage)}</p>${tableHtml(a.table)}` +
    (a.note === undefined ? "" : `<p class="note">${e(a.note)}</p>`) +
    `</section>`
  );
}

/** The preview's `<article class="nd30">` (its CSS is {@link PREVIEW_CSS}). */
export function writeHtmlFragment(model: DocumentModel): string {
  const notes =
    model.footnotes.length === 0
      ? ""
      : `<section class="footnotes" aria-label="${e(VI.footnotesLabel)}"><hr><ol>${model.footnotes
          .map((f) => `<li id="chu-thich-${f.number}"><span class="fn-number">${f.number}</span>${f.paragraphs.map(inlinesHtml).join(" ")}</li>`)
          .join("")}</ol></section>`;
  return `<article class="nd30" lang="vi">${model.blocks.map(blockHtml).join("")}${notes}${model.appendices.map(appendixHtml).join("")}</article>`;
}

/** A whole HTML page of the preview: the fragment with its CSS. */
export function writeHtmlPage(model: DocumentModel): string {
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${e(model.meta.title)}</title>` +
    `<style>body{margin:0;background:#e8e8e8;padding:8mm 0}${PREVIEW_CSS}</style></head><body>${writeHtmlFragment(model)}</body></html>`
  );
}
