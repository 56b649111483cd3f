// The small SQL client the PostgreSQL store runs on, with adapters for node-postgres (servers) and PGlite (tests).
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SqlRow = Record<string, any>;

/** Runs one statement with `$1`-style parameters and returns its rows. */
export interface SqlQueryable {
  query(text: string, params?: readonly unknown[]): Promise<SqlRow[]>;
  /** Run a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** What the PostgreSQL store needs from a client: statements, transactions on one connection, and closing. */
export interface SqlClient extends SqlQueryable {
  /** Run `fn` inside BEGIN … COMMIT on one connection; any throw rolls back and rethrows. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Release the connections (or the embedded database, when the client owns it). */
  close(): Promise<void>;
}

/** Options for a node-postgres pool. */
export interface PgPoolOptions {
  /** Milliseconds to wait for a connection before giving up; default 10 000. */
  readonly connectTimeoutMs?: number;
  /** Most connections the pool opens; default 4. */
  readonly max?: number;
}

/** A client over a node-postgres `Pool` for `postgres://` URLs. Loads `pg` on first use. */
export async function pgPoolClient(url: string, options: PgPoolOptions = {}): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, max: options.max ?? 4 });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const on = (c: Pool | PoolClient): SqlQueryable => ({
    query: async (text, params = []) => (await c.query(text, params as unknown[])).rows as SqlRow[],
    // Without parameters node-postgres uses the simple protocol, which runs several statements.
    exec: async (sql) => void (await c.query(sql)),
  });
  return {
    ...on(pool),
    async transaction(fn) {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const out = await fn(on(conn));
        await conn.query('COMMIT');
        return out;
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

/** A client over a PGlite instance (Postgres compiled to WASM). `owned`: close the instance with the client. */
export function pgliteClient(db: PGlite, owned: boolean): SqlClient {
  const on = (c: PGlite | Transaction): SqlQueryable => ({
    query: async (text, params = []) => (await c.query<SqlRow>(text, params as unknown[])).rows,
    exec: async (sql) => void (await c.exec(sql)),
  });
  return {
    ...on(db),
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
    close: async () => {
      if (owned && !db.closed) await db.close();
    },
  };
}
