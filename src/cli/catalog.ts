/**
 * `--catalog <tệp.json>`: a province's catalog additions (elements, indicators, breakdowns,
 * scores, data rules) read from JSON, checked against the definition schema, added to the
 * default catalog and compiled; any problem of the catalog stops the command before it reads a
 * report, with every problem listed.
 */
import { compileCatalog, extendCatalog, parseCatalogDefinition, type Catalog, type Locale } from "../index.js";
import { readJson, shown, type Io } from "./io.js";
import { CliError, cliLocale, msg } from "./messages.js";
import { resolve } from "node:path";

/** Reads, checks and compiles a catalog file; the default catalog extended with it. */
export async function readCatalog(io: Io, file: string, locale: Locale = cliLocale()): Promise<Catalog> {
  const name = shown(io, resolve(io.cwd, file));
  const parsed = parseCatalogDefinition(await readJson(io, file), { locale });
  if (!parsed.success) throw new CliError(msg.catalogFailed(name, parsed.problems));
  const { rules, ...rest } = parsed.data;
  const base = extendCatalog(rest);
  const catalog: Catalog = rules.length > 0 ? { ...base, rules } : base;
  const problems = compileCatalog(catalog, { locale }).problems;
  if (problems.length > 0) throw new CliError(msg.catalogFailed(name, problems));
  return catalog;
}
