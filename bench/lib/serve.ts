import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** A URL prefix served from a directory, e.g. `/__bare/` → bench/.tmp/bare. */
export interface Mount {
  prefix: string;
  dir: string;
}

/** A file to serve when a matching path is not found in any mount (a known gap in a build). */
export interface Fallback {
  test: RegExp;
  file: string;
}

export interface ServedRequest {
  path: string;
  status: number;
  /** The file on disk that answered, if any. */
  file?: string;
  bytes: number;
  contentType?: string;
  fallback: boolean;
}

export interface StaticServer {
  origin: string;
  /** Adds a mount, e.g. for a page that can only be built once the origin is known. */
  mount: (mount: Mount) => void;
  /** Every request answered so far, in order; `take()` returns and clears it. */
  take: () => ServedRequest[];
  close: () => Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function fileIn(dir: string, relative: string): string | undefined {
  const root = resolve(dir);
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) return fileIn(file, 'index.html');
  } catch {
    // not found
  }
  return undefined;
}

/**
 * Serves files uncompressed with `no-store`, on loopback only, and logs what it sent so a benchmark can count
 * the bytes each page load really fetched. Unlike `vite preview` it has no SPA fallback: a missing file is a
 * 404, so a missing asset shows up as such instead of as an HTML page with status 200.
 */
export async function serveStatic(mounts: Mount[], fallbacks: Fallback[] = []): Promise<StaticServer> {
  // Longest prefix first, so `/__bare/` wins over `/`.
  const byLength = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  let log: ServedRequest[] = [];

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    const mount = byLength.find((m) => path.startsWith(m.prefix));
    let file = mount ? fileIn(mount.dir, path.slice(mount.prefix.length)) : undefined;
    let fallback = false;
    if (!file) {
      const match = fallbacks.find((f) => f.test.test(path));
      if (match) [file, fallback] = [match.file, true];
    }
    if (!file) {
      log.push({ path, status: 404, bytes: 0, fallback });
      response.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end();
      return;
    }
    const size = statSync(file).size;
    const contentType = types[extname(file)] ?? 'application/octet-stream';
    log.push({ path, status: 200, file, bytes: size, contentType, fallback });
    response.writeHead(200, { 'content-type': contentType, 'content-length': size, 'cache-control': 'no-store' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mount: (mount) => {
      byLength.push(mount);
      byLength.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    take: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
