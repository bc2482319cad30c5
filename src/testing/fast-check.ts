import type * as FastCheck from "fast-check";

/**
 * The part of fast-check the generators use. fast-check is an optional peer dependency of this
 * entry: it is never imported at run time here. You pass your own `fc` (the default export or the
 * namespace, either fits), so a test that only uses the builders or the matchers needs no
 * fast-check at all, and the generators run on the copy your tests already use.
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from "fast-check";
 * const arb = figureSetArb(fc satisfies FastCheckLike, { level: "xa" });
 * ```
 */
export type FastCheckLike = Pick<
  typeof FastCheck,
  "array" | "boolean" | "constant" | "constantFrom" | "integer" | "nat" | "oneof" | "record" | "tuple"
>;

/**
 * A fast-check arbitrary (re-exported as a type, so that signatures need no import of yours).
 *
 * @category Testing
 * @example
 * ```ts
 * const arb: Arbitrary<Report> = reportArb(fc, { level: "tinh" });
 * ```
 */
export type Arbitrary<T> = FastCheck.Arbitrary<T>;
