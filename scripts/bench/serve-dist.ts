/**
 * Serves dist/ the way a static host does: gzip for text, index.html for folders, 404 page.
 * Astro's preview server sends no compression, which would skew page-weight figures.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt']);

/** Starts serving `root` on 127.0.0.1:`port`; resolves once it listens. */
export function serveDist(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) path = join(root, '404.html');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const found = existsSync(path);
    const file = found ? path : join(root, '404.html');
    const type = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
    };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    // As static hosts send it; Chromium reports no body size for a worker's script without it.
    headers['Content-Length'] = String(body.length);
    response.writeHead(found ? 200 : 404, headers);
    response.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Serves `root` on `port` while `use` runs with the server's origin. */
export async function withServedDist<T>(
  root: string,
  port: number,
  use: (origin: string) => Promise<T>,
): Promise<T> {
  const server = await serveDist(root, port);
  try {
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    // Browsers keep connections open; without this, close() would wait for them.
    server.closeAllConnections();
    server.close();
  }
}
