import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Resolves a URL path to a file in `root` as a static host does (`/a/` → `/a/index.html`). */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(normalize(root) + sep) && candidate !== normalize(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format): a path, then indented
 * `Name: value` lines. Paths are exact, or hold a splat `*` that matches any characters,
 * slashes included, as those hosts read it (a trailing splat makes a prefix rule).
 */
export function parseHeadersFile(text: string): { path: string; headers: Record<string, string> }[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else if (rules.length > 0) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers that the `_headers` rules give a URL path. */
export function headersFor(rules: ReturnType<typeof parseHeadersFile>, urlPath: string): Record<string, string> {
  const path = urlPath.split('?')[0]!;
  return Object.assign({}, ...rules.filter((r) => pathPattern(r.path).test(path)).map((r) => r.headers));
}

/** A rule's path as a regular expression: literal text, and `.*` for each splat. */
function pathPattern(rule: string): RegExp {
  const literal = (part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${rule.split('*').map(literal).join('.*')}$`);
}

/** A minimal static server for the built site, on a free loopback port, with the deploy's `_headers`. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    // A directory without its trailing slash redirects, as GitHub Pages does.
    if (!path.split('?')[0]!.endsWith('/') && !extname(path.split('?')[0]!) && resolveFile(root, `${path}/`)) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const file = resolveFile(root, path);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, ...(file ? headersFor(rules, path) : {}) };
    // Text is gzipped when the client accepts it, as GitHub Pages and other static hosts do.
    if (/^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(body).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(status, headers);
    createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
