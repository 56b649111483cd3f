// Static assets: the UI's CSS and small scripts from web/, and the chart library straight from node_modules.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Context } from 'hono';
import { packageRoot } from '../core/index.js';

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };

/** Public name → file on disk. Only these files are served; nothing is resolved from the request path. */
function assetTable(): Map<string, string> {
  const web = join(packageRoot(), 'web');
  const require = createRequire(import.meta.url);
  return new Map([
    ['app.css', join(web, 'app.css')],
    ['favicon.svg', join(web, 'favicon.svg')],
    ['charts.js', join(web, 'charts.js')],
    ['relations.js', join(web, 'relations.js')],
    ['vendor/echarts.min.js', require.resolve('echarts/dist/echarts.min.js')],
  ]);
}

let table: Map<string, string> | null = null;
const cache = new Map<string, Buffer>();

/** Handler for `GET /static/*`. */
export async function serveStatic(c: Context): Promise<Response> {
  table ??= assetTable();
  const name = c.req.path.replace(/^\/static\//, '');
  const file = table.get(name);
  if (!file) return c.text('not found', 404);
  let body = cache.get(name);
  if (!body) {
    body = await readFile(file);
    cache.set(name, body);
  }
  const ext = name.slice(name.lastIndexOf('.'));
  return c.body(new Uint8Array(body), 200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': 'public, max-age=3600',
  });
}
