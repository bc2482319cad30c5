/**
 * Golden findings of the narrative checker, for changes that must not change what it finds (the
 * speed work of issue 13). Runs checkNarrative (with the passed checks, in both locales) and
 * findViNumbers over every corpus sentence, every set of real sentences and real documents, the
 * three seed fixtures' strings, the seed texts, and the adversarial texts (small, in full; 1 MB, as counts per code and a
 * hash), and checkDocument over each fixture's strings; writes everything as JSON.
 *
 *   node --import tsx scripts/narrative-golden.ts /tmp/golden-before.json
 *   … change …
 *   node --import tsx scripts/narrative-golden.ts /tmp/golden-after.json
 *   diff /tmp/golden-before.json /tmp/golden-after.json   # must be empty
 *
 * Not run by `npm test`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { adversarialTexts, realBlock } from "../bench/narrative-adversarial.js";
import { checkDocument, checkNarrative, findViNumbers } from "../src/validation/narrative/index.js";
import type { NarrativeFinding } from "../src/validation/narrative/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const NARRATIVE = join(here, "../test/validation/narrative");
const FIXTURES = join(here, "../test/fixtures");
const out = process.argv[2] ?? "narrative-golden.json";
const big = !process.argv.includes("--no-big");

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Every `text` (and paragraph text) of a corpus file. */
function corpusTexts(data: unknown): string[] {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "text" && typeof x === "string") texts.push(x);
        else walk(x);
      }
    }
  };
  walk(data);
  return texts;
}

/** Every string of a fixture of at least 8 characters (titles, paragraphs, runs, footnotes…). */
function fixtureStrings(data: unknown): string[] {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      if (v.length >= 8) texts.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk(data);
  return texts;
}

const shape = (f: NarrativeFinding) => ({
  code: f.code,
  severity: f.severity,
  span: [f.start, f.end],
  excerpt: f.excerpt,
  params: f.params,
  message: f.message,
  expected: f.expected,
  actual: f.actual,
});

function run(text: string) {
  return {
    vi: checkNarrative(text, { includeChecks: true }).map(shape),
    en: checkNarrative(text, { locale: "en" }).map((f) => f.message),
    numbers: findViNumbers(text),
  };
}

const golden: Record<string, unknown> = {};
const texts: [string, string][] = [];
for (const name of readdirSync(join(NARRATIVE, "corpora")).sort()) {
  if (!name.endsWith(".json")) continue;
  corpusTexts(readJson(join(NARRATIVE, "corpora", name))).forEach((t, i) => texts.push([`corpora/${name}#${i}`, t]));
}
// Every set of real sentences and real documents in the tree (real-sentences*.json,
// real-documents*.json), so that a speed change is checked on the prose it was never fitted to.
const realSets = readdirSync(NARRATIVE).filter((n) => /^real-(?:sentences|documents).*\.json$/.test(n)).sort();
for (const name of ["corpus.json", ...realSets]) {
  corpusTexts(readJson(join(NARRATIVE, name))).forEach((t, i) => texts.push([`${name}#${i}`, t]));
}
const fixtures = readdirSync(FIXTURES).filter((n) => /^00\d.*\.json$/.test(n) || n === "national-constructed.json").sort();
for (const name of fixtures) fixtureStrings(readJson(join(FIXTURES, name))).forEach((t, i) => texts.push([`fixture/${name}#${i}`, t]));
texts.push(["seeds", realBlock()]);
for (const [name, t] of Object.entries(adversarialTexts(8 * 1024))) texts.push([`adversarial-8k/${name}`, t]);
for (const [key, t] of texts) golden[key] = run(t);

for (const name of fixtures) {
  const paragraphs = fixtureStrings(readJson(join(FIXTURES, name))).map((text, i) => ({ text, path: `s${i}` }));
  golden[`document/${name}`] = checkDocument(paragraphs, { includeChecks: true }).map((f) => ({ ...shape(f), paragraph: f.paragraph, path: f.path }));
}

if (big) {
  for (const [name, t] of Object.entries(adversarialTexts(1024 * 1024))) {
    const findings = checkNarrative(t, { includeChecks: true });
    const codes: Record<string, number> = {};
    for (const f of findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
    const hash = createHash("sha256").update(JSON.stringify(findings.map(shape))).digest("hex");
    const numbers = createHash("sha256").update(JSON.stringify(findViNumbers(t))).digest("hex");
    golden[`adversarial-1MB/${name}`] = { count: findings.length, codes, hash, numbers };
  }
}

writeFileSync(out, `${JSON.stringify(golden, null, 1)}\n`);
console.log(`${Object.keys(golden).length} entries, ${texts.length} texts → ${out}`);
