// Binary searches over sorted arrays: where the items whose key is below (or at most) a value end.

/**
 * Index of the first item whose key is at least `value` (a lower bound), in items sorted by that key;
 * `items.length` when there is none. "First token starting at or after an offset": `lowerBound(tokens, offset, (t) => t.start)`.
 */
export function lowerBound<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first item whose key is greater than `value` (an upper bound), in items sorted by that key;
 * `items.length` when there is none. "First token ending after an offset": `upperBound(tokens, offset, (t) => t.end)`.
 */
export function upperBound<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
