// A commune's monthly report form, all in the browser: the fields come from `formFields`, what
// the officer types is read by `coerceFormValues`, the draft is `reportTemplate` with those
// figures, checked as they type by a prepared validator (messages beside each field, via
// `issuesByField`), previewed with `renderHtml` and downloaded with `renderDocx`. No framework,
// no server: bundle this file with the package (see README.md) and serve the folder statically.
import { coerceFormValues, formatViRatio, formFields, issuesByField, prepareValidator, reportTemplate } from "de-an-06";
import { PREVIEW_CSS, renderDocx, renderHtml } from "de-an-06/render";

const params = new URLSearchParams(location.search);
const UNIT = { code: params.get("code") ?? "09487", name: params.get("name") ?? "Xã Đông Cứu", level: "xa" };
const PERIOD = params.get("period") ?? "202605";

const sections = formFields(UNIT.level, { period: PERIOD });
const fields = new Map(sections.flatMap((s) => s.fields.map((f) => [f.id, f])));
const validate = prepareValidator({ locale: "vi" });

const form = document.getElementById("form");
const preview = document.getElementById("preview");
const status = document.getElementById("status");
const download = document.getElementById("download");

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

/** One input per field: a text box for figures (Vietnamese numbers: "1.234", "12,5"), a list for yes/no. */
function fieldRow(field) {
  const id = `f-${field.id.replace(/\W/g, "-")}`;
  const label = el("label", { for: id }, field.label, " ", el("span", { class: "unit" }, `(${field.unit})`));
  if (field.required) label.append(" ", el("span", { class: "req", title: "Cấp xã phải báo cáo" }, "*"));
  const input =
    field.kind === "yesno"
      ? el("select", { id, "data-input": field.id }, el("option", { value: "" }, "—"), el("option", { value: "có" }, "Có"), el("option", { value: "không" }, "Không"))
      : el("input", { id, "data-input": field.id, type: "text", inputmode: "decimal", spellcheck: "false" });
  const row = el("div", { class: "field", "data-field": field.id }, label, input, el("small", { class: "hint" }, field.hint));
  row.append(el("div", { class: "message", "data-message-for": field.id, "aria-live": "polite" }));
  return row;
}

document.getElementById("title").textContent = `Báo cáo Đề án 06 — ${UNIT.name} — ${PERIOD.slice(4)}/${PERIOD.slice(0, 4)}`;
document.head.append(el("style", {}, PREVIEW_CSS));
for (const s of sections) {
  const set = el("fieldset", {}, el("legend", {}, `${s.id}. ${s.title}`));
  for (const f of s.fields) set.append(fieldRow(f));
  form.append(set);
}

/** What the form holds now: the strings, read; the draft with those figures; its issues. */
function current() {
  const strings = {};
  for (const input of form.querySelectorAll("[data-input]")) strings[input.dataset.input] = input.value;
  const coerced = coerceFormValues(strings, { level: UNIT.level });
  const report = reportTemplate(UNIT, PERIOD, { values: coerced.values, stated: coerced.stated });
  return { coerced, report, issues: validate(report) };
}

function update() {
  const { coerced, report, issues } = current();
  // Problems of what was typed, then the rules' issues about figures; the empty draft's own
  // warnings (no date yet, no prose under the headings) are not about a field.
  const placed = issuesByField([...coerced.problems, ...issues.filter((i) => i.severity !== "info")], sections);
  let errors = 0;
  for (const box of form.querySelectorAll("[data-message-for]")) {
    const id = box.dataset.messageFor;
    const list = placed.fields[id] ?? [];
    box.replaceChildren(...list.map((i) => el("span", { class: i.severity }, i.message)));
    const bad = list.some((i) => i.severity === "error");
    if (bad) errors++;
    box.parentElement.querySelector("[data-input]").setAttribute("aria-invalid", String(bad));
  }
  // A ratio's box shows what its counts give, so the officer need not type it.
  for (const [id, f] of fields) {
    if (f.kind !== "ratio" || f.computedFrom === undefined) continue;
    const num = report.values[f.computedFrom.numerator];
    const den = report.values[f.computedFrom.denominator];
    const input = form.querySelector(`[data-input="${id}"]`);
    input.placeholder = typeof num === "number" && typeof den === "number" && den > 0 ? `tự tính: ${formatViRatio(num, den)}` : "";
  }
  const filled = Object.keys(coerced.values).length + Object.keys(coerced.stated).length;
  status.textContent = errors > 0 ? `Còn ${errors} ô có lỗi` : `Đã nhập ${filled} số liệu, không có lỗi`;
  download.disabled = errors > 0;
  preview.innerHTML = renderHtml(report, { fragment: true });
}

form.addEventListener("input", update);
form.addEventListener("change", update);
download.addEventListener("click", async () => {
  const { report } = current();
  const bytes = await renderDocx(report);
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
  const a = el("a", { href: url, download: `bao-cao-${UNIT.code}-${PERIOD}.docx` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});
update();
window.formReady = true;
