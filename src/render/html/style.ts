/**
 * The look of Nghị định 30/2020, Phụ lục I in CSS, for the preview: an A4 sheet with its margins
 * (top 20, bottom 20, left 30, right 15 mm), Times New Roman 14 pt, justified body with a
 * 1,27 cm first line, 6 pt between paragraphs and 1,2 lines, the two-column header with its
 * rules, the signing row, ruled tables. All rules are scoped under `.nd30`. `renderHtml` puts
 * it in the page it returns; with `fragment: true`, put it in your own page.
 *
 * @category Render
 * @example
 * ```ts
 * import { PREVIEW_CSS, renderHtml } from "de-an-06/render";
 *
 * style.textContent = PREVIEW_CSS;
 * preview.innerHTML = renderHtml(report, { fragment: true });
 * ```
 */
export const PREVIEW_CSS = `
.nd30{box-sizing:border-box;width:210mm;min-height:297mm;margin:0 auto;padding:20mm 15mm 20mm 30mm;background:#fff;color:#000;font-family:"Times New Roman",Times,"Liberation Serif",serif;font-size:14pt;line-height:1.2}
.nd30 *{box-sizing:border-box}
.nd30 p{margin:0}
.nd30 .header{width:100%;border-collapse:collapse;table-layout:fixed}
.nd30 .header td{vertical-align:top;text-align:center;padding:0 1.9mm}
.nd30 .header td.left{width:62mm}
.nd30 .header tr.second td{vertical-align:bottom;padding-top:6pt}
.nd30 .issuer,.nd30 .national{font-size:12pt}
.nd30 .motto{font-size:13pt;font-weight:bold}
.nd30 .number{font-size:13pt;white-space:pre-wrap}
.nd30 .place-date{font-style:italic;white-space:pre-wrap}
.nd30 .rule{height:0;border-top:0.75pt solid #000;margin:3pt auto 0}
.nd30 .issuer-rule{width:40%}
.nd30 .motto-rule{width:62%}
.nd30 .title-rule{width:30%;margin-top:3pt}
.nd30 .marking{display:table;margin:12pt auto 0;padding:0 6pt;border:0.75pt solid #000;font-weight:bold}
.nd30 .doc-type{margin-top:12pt;text-align:center;font-weight:bold}
.nd30 .doc-title{text-align:center;font-weight:bold}
.nd30 .recipients{margin-top:12pt;text-align:center}
.nd30 .recipients.many{text-align:left;padding-left:25mm}
.nd30 .recipients.many .item{padding-left:20mm}
.nd30 .body,.nd30 .heading{margin:6pt 0 0;text-align:justify;text-indent:12.7mm;line-height:1.2;font-size:14pt}
.nd30 .heading{font-weight:normal;break-after:avoid;page-break-after:avoid}
.nd30 .b{font-weight:bold}
.nd30 .i{font-style:italic}
.nd30 .u{text-decoration:underline}
.nd30 .fn-ref{font-size:0.65em;vertical-align:super;line-height:0}
.nd30 .fn-ref a{color:inherit;text-decoration:none}
.nd30 table.ruled{width:100%;border-collapse:collapse;table-layout:fixed;margin:6pt 0;font-size:12pt}
.nd30 table.ruled th,.nd30 table.ruled td{border:0.5pt solid #000;padding:1pt 1mm;vertical-align:top}
.nd30 table.ruled th{font-weight:bold;text-align:center;vertical-align:middle}
.nd30 .left{text-align:left}.nd30 .center{text-align:center}.nd30 .right{text-align:right}
.nd30 .small{font-size:10pt}
.nd30 .note{font-size:12pt;font-style:italic;margin-top:3pt;text-align:justify}
.nd30 .signing{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:6pt;break-inside:avoid}
.nd30 .signing td{vertical-align:top;padding:0}
.nd30 .signing td.distribution{width:45%}
.nd30 .distribution-label{font-size:12pt;font-weight:bold;font-style:italic}
.nd30 .distribution-line{font-size:11pt}
.nd30 .signature{text-align:center;font-weight:bold}
.nd30 .signature-space{height:6em}
.nd30 .footnotes{margin-top:18pt;font-size:12pt}
.nd30 .footnotes hr{width:35%;margin:0 0 3pt;border:0;border-top:0.5pt solid #000}
.nd30 .footnotes ol{list-style:none;margin:0;padding:0}
.nd30 .footnotes li{text-align:justify}
.nd30 .footnotes .fn-number{font-size:0.65em;vertical-align:super;margin-right:2pt}
.nd30 .appendix{margin-top:24pt;break-before:page;page-break-before:always}
.nd30 .appendix .label,.nd30 .appendix .title{text-align:center;font-weight:bold}
.nd30 .appendix .attached{text-align:center;font-style:italic}
.nd30 .appendix .coverage{text-align:center;font-style:italic;font-size:11pt;margin:6pt 0}
.nd30 .appendix table.ruled{font-size:11pt}
`
  .trim()
  .replace(/\n/g, "");
