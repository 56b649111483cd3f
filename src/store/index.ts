// Public face of the store: the narrow `Store` interface, its row types, and `openStore`.
import { SqliteStore } from './sqlite.js';
import type { Store, StoreOptions } from './types.js';

export type * from './types.js';

/** The default database path: env `STANDPOINT_DB`, else `./standpoint.db`. */
export function defaultStorePath(): string {
  return process.env.STANDPOINT_DB || 'standpoint.db';
}

/**
 * Open (creating and migrating when needed) a store. Close it with `store.close()`. A `postgres://` or
 * `postgresql://` path opens the PostgreSQL driver (loaded only then); anything else is a SQLite file.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const path = options.path ?? defaultStorePath();
  if (options.driver === 'postgres' || /^postgres(?:ql)?:\/\//i.test(path)) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(path, { readonly: options.readonly });
  }
  return SqliteStore.open({ ...options, path });
}
