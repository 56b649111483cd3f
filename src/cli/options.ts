// Option parsing shared by commands.
import { InvalidArgumentError } from 'commander';

/** A positive integer option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

/** A `YYYY-MM-DD` date option. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(...values: T[]): (value: string) => T {
  return (value: string) => {
    if (!(values as string[]).includes(value)) {
      throw new InvalidArgumentError(`expected one of ${values.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
}
