/**
 * Deep merge of plain JSON-like data for the builders: objects merge key by key, arrays and
 * everything else are replaced, and an explicit `undefined` removes the key (so a test can say
 * "this report has no signer"). Pure: neither argument is changed.
 */

/**
 * What an override may say about a value of type `T`: any part of it, at any depth; arrays are
 * given whole; `undefined` removes an optional key.
 *
 * @category Testing
 * @example
 * ```ts
 * const o: DeepPartial<Report> = { document: { date: "2026-03-20", signer: undefined } };
 * ```
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** `base` with `patch` merged into it (see the module comment). */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlain(base) || !isPlain(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === undefined) delete out[key];
    else out[key] = deepMerge(out[key], value);
  }
  return out as T;
}
