// The SQLite driver of the store (better-sqlite3 v12, WAL). Being written; the interface in types.ts is stable.
import { StandpointError } from '../core/index.js';
import type { Store, StoreOptions } from './types.js';

export class SqliteStore {
  static async open(_options: StoreOptions): Promise<Store> {
    throw new StandpointError('STORE_FAILED', 'the SQLite store is not implemented yet');
  }
}
