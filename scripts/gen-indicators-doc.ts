/**
 * Regenerates docs/indicators.md from the catalog (`npm run gen:indicators`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderIndicatorsDoc } from "./indicators-doc.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "docs", "indicators.md");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderIndicatorsDoc(), "utf8");
console.log(`wrote ${target}`);
