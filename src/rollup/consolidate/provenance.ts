import type { CompiledCatalog } from "../../indicators/compile.js";
import { AGG_COUNT_TRUE } from "../../indicators/codes.js";
import type { Contribution, Provenance } from "../types.js";
import type { ChildFigures } from "./child-figures.js";

/** Whether a child's value counts for an element of aggregation `a` (the hot loop's own test). */
export function validValue(a: number, v: number | boolean | undefined): v is number | boolean {
  if (v === undefined) return false;
  if (typeof v === "boolean") return a === AGG_COUNT_TRUE;
  return Number.isSafeInteger(v) && v >= 0;
}

/** Whether child `c` contributed to the element at `pos` (after the relations were settled). */
export function contributesAt(
  children: readonly ChildFigures[],
  adjust: ReadonlyMap<number, ReadonlyMap<number, number | null>>,
  agg: Uint8Array,
  elements: CompiledCatalog["byPosition"],
  c: number,
  pos: number,
): boolean {
  const a = adjust.get(pos)?.get(c);
  if (a !== undefined) return a !== null;
  return validValue(agg[pos]!, children[c]!.values[elements[pos]!.id]);
}

/** What a provenance object's getters read, kept on it under a symbol (not enumerable). */
interface ProvenanceState {
  readonly children: readonly ChildFigures[];
  readonly tables: CompiledCatalog;
  readonly adjust: ReadonlyMap<number, ReadonlyMap<number, number | null>>;
}

const STATE: unique symbol = Symbol("provenance");

/** Builds the list of element `pos` of the provenance object `target` and makes it a data property. */
function materialise(target: object, pos: number): readonly Contribution[] {
  const state = (target as { [STATE]?: ProvenanceState })[STATE];
  if (state === undefined) return [];
  const { children, tables, adjust } = state;
  const id = tables.byPosition[pos]!.id;
  const a = tables.agg[pos]!;
  const adjusted = adjust.get(pos);
  const list: Contribution[] = [];
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    const x = adjusted?.get(c);
    if (x === null) continue;
    if (x !== undefined) {
      list.push({ unit: child.unit, unitName: child.unitName, value: x, imputed: true });
      continue;
    }
    const v = child.values[id];
    if (!validValue(a, v)) continue;
    list.push(
      child.flags[id] === "estimated"
        ? { unit: child.unit, unitName: child.unitName, value: v, estimated: true }
        : { unit: child.unit, unitName: child.unitName, value: v },
    );
  }
  Object.defineProperty(target, id, { value: list, enumerable: true, configurable: false, writable: false });
  return list;
}

/** One accessor descriptor per element position, shared by every provenance object of the tables. */
function provenanceDescriptors(tables: CompiledCatalog): readonly PropertyDescriptor[] {
  const cached = tables.memo.provenance;
  if (cached) return cached;
  const made = tables.byPosition.map(
    (_, pos): PropertyDescriptor => ({
      enumerable: true,
      configurable: true,
      get(this: object): readonly Contribution[] {
        return materialise(this, pos);
      },
    }),
  );
  tables.memo.provenance = made;
  return made;
}

/**
 * Provenance, materialised per figure on first read: which children gave which value, in
 * unit-code order. Building every list eagerly would allocate one object per child and figure
 * (a quarter of a million for the country) that most callers never read; reading a figure's
 * list builds it once from the children's (unchanged) figures and keeps it as a plain data
 * property. `JSON.stringify`, `structuredClone` and spreading see ordinary arrays. The getters
 * are shared per catalog (they find their state on the object), so a rollup defines its figures
 * without making a closure for each.
 */
export function lazyProvenance(
  children: readonly ChildFigures[],
  tables: CompiledCatalog,
  contributed: Int32Array,
  adjust: ReadonlyMap<number, ReadonlyMap<number, number | null>>,
): Provenance {
  const out: Record<string, readonly Contribution[]> = {};
  Object.defineProperty(out, STATE, { value: { children, tables, adjust } satisfies ProvenanceState, enumerable: false });
  const descriptors = provenanceDescriptors(tables);
  const { byPosition: elements } = tables;
  for (let pos = 0; pos < elements.length; pos++) {
    if (contributed[pos] !== 0) Object.defineProperty(out, elements[pos]!.id, descriptors[pos]!);
  }
  return out;
}
