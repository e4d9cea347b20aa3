/**
 * Array helpers for lists whose length the document decides. `a.push(...b)`
 * and `Math.max(...b)` pass every element as a call argument, and V8 runs out
 * of stack at about 120 000 of them: a unit list or table of that size in a
 * hostile document would end the run with a RangeError instead of a result.
 */

/** Appends `items` to `target` in place (the unbounded form of `target.push(...items)`). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The largest of `values`, or `floor` when there is none larger (the unbounded form of `Math.max(...values, floor)`). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values`, or `ceiling` when there is none smaller. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
