/**
 * Splits a non-negative integer into integer parts proportional to positive integer weights by
 * the largest-remainder method, so that the parts always add back to the whole (as dinero.js
 * allocates money). Exact for every safe integer: products that could leave the safe range are
 * computed with BigInt.
 *
 * Ties between equal remainders go to the larger weight, then to the earlier part, so the result
 * is deterministic.
 *
 * @category Rollup
 * @summary Integer shares that add back to the whole.
 * @param total - A non-negative safe integer.
 * @param weights - Positive safe integers, one per part.
 * @returns One integer per weight; their sum is `total`. `undefined` when the input is invalid.
 * @example
 * ```ts
 * splitByWeights(10, [1, 1, 1]); // [4, 3, 3]
 * splitByWeights(7, [2, 1]);     // [5, 2]
 * splitByWeights(0, [3, 5]);     // [0, 0]
 * ```
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] | undefined {
  if (!Number.isSafeInteger(total) || total < 0 || weights.length === 0) return undefined;
  let sum = 0;
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w <= 0) return undefined;
    sum += w;
  }
  if (!Number.isSafeInteger(sum)) return undefined;
  const n = weights.length;
  const parts = new Array<number>(n);
  const rem = new Array<number | bigint>(n);
  let given = 0;
  if (total * sum <= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++) {
      const p = total * weights[i]!;
      parts[i] = Math.floor(p / sum);
      rem[i] = p % sum;
      given += parts[i]!;
    }
  } else {
    const t = BigInt(total);
    const s = BigInt(sum);
    for (let i = 0; i < n; i++) {
      const p = t * BigInt(weights[i]!);
      parts[i] = Number(p / s);
      rem[i] = p % s;
      given += parts[i]!;
    }
  }
  let left = total - given; // < n
  if (left > 0) {
    const order = [...parts.keys()].sort((a, b) => {
      const ra = rem[a]!;
      const rb = rem[b]!;
      if (ra !== rb) return ra > rb ? -1 : 1;
      if (weights[a] !== weights[b]) return weights[b]! - weights[a]!;
      return a - b;
    });
    for (const i of order) {
      if (left === 0) break;
      parts[i]! += 1;
      left -= 1;
    }
  }
  return parts;
}
