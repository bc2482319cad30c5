/**
 * Units for the CLI: the parent unit named by `--unit`, and the expected children read from a
 * `--children` file (a list of codes, a list of units, or a unit list `{ units: [...] }`).
 */
import { UNITS_2025 } from "../communes/index.js";
import { indexUnits, type Level, type ParentUnit, type UnitIndex } from "../index.js";
import { readJson, shown, type Io } from "./io.js";
import { CliError, EXIT, msg } from "./messages.js";
import { resolve } from "node:path";

let index2025: UnitIndex | undefined;

/** The index of the units in force since 1 July 2025 (built once, on first use). */
export function units2025(): UnitIndex {
  index2025 ??= indexUnits(UNITS_2025);
  return index2025;
}

/** The level a unit code belongs to: `VN` the country, 2 digits a province, 5 digits a commune. */
export function levelOfCode(code: string): Level | undefined {
  if (code === "VN") return "bo";
  if (/^\d{2}$/.test(code)) return "tinh";
  if (/^\d{5}$/.test(code)) return "xa";
  return undefined;
}

/** The parent unit of a rollup from its code, named from the 2025 list (or by `name`). */
export function parentUnit(code: string, name?: string): ParentUnit {
  const level = levelOfCode(code);
  if (level === undefined || level === "xa") throw new CliError(msg.badUnit(code), EXIT.usage);
  const known = units2025().byCode.get(code);
  // A code that is not in the list would roll up into "ỦY BAN NHÂN DÂN 77": refuse it.
  if (known === undefined) throw new CliError(msg.unknownUnit(code), EXIT.usage);
  return { code, level, name: name ?? known.name };
}

/** Reads a `--children` file into the list of expected child codes. */
export async function readChildren(io: Io, file: string): Promise<string[]> {
  const json = await readJson(io, file);
  const list = Array.isArray(json)
    ? json
    : json !== null && typeof json === "object" && Array.isArray((json as { units?: unknown }).units)
      ? (json as { units: unknown[] }).units
      : undefined;
  const codes = list?.map((x) =>
    typeof x === "string" ? x : x !== null && typeof x === "object" ? (x as { code?: unknown }).code : undefined,
  );
  if (!codes || codes.some((c) => typeof c !== "string")) {
    throw new CliError(msg.badChildren(shown(io, resolve(io.cwd, file))));
  }
  return codes as string[];
}
