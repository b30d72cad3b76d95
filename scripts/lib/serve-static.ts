// A small static file server for tests: serves a built site the way a static host does
// (directory index.html, 404.html for missing paths, headers from a Netlify-style _headers file).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface HeaderRule {
  pattern: RegExp;
  /** Headers it sets, in order. */
  headers: [string, string][];
  /** Headers it removes ("! Name"), before it sets its own. */
  unset: string[];
}

/**
 * Parse a `_headers` file: blocks of "path pattern" then indented "Name: value" lines, or "! Name" to
 * detach a header an earlier rule set (Cloudflare Pages' syntax).
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [], unset: [] });
    } else if (line.trim().startsWith('!')) {
      rules.at(-1)?.unset.push(line.trim().slice(1).trim());
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a path gets, as Cloudflare Pages' asset server applies them: every matching rule in
 * file order; a rule first removes the headers it detaches, then sets its own, and a header an
 * earlier rule already set gets the new value appended after a comma.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, { name: string; value: string }>();
  const set = new Set<string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.unset) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = out.get(key);
      out.set(key, { name, value: set.has(key) && previous ? `${previous.value}, ${value}` : value });
      set.add(key);
    }
  }
  return new Map([...out.values()].map(({ name, value }) => [name, value]));
}

/**
 * Serve `root` at `base` ("/", or "/huawei-tracker/" the way GitHub serves project pages): a path
 * outside the base is not found. The returned url includes the base.
 */
export function serveStatic(root: string, port = 0, base = '/'): Promise<{ server: Server; url: string }> {
  const headerFile = join(root, '_headers');
  const rules = existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const pathname = requested.startsWith(base) ? `/${requested.slice(base.length)}` : '/\0outside-the-base';
    let file = normalize(join(root, pathname));
    // Inside the root, not merely sharing its prefix ("/site-evil" next to "/site").
    if (file !== root && !file.startsWith(`${root}/`)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    for (const [k, v] of headersFor(rules, pathname)) res.setHeader(k, v);
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}${base.replace(/\/$/, '')}` });
    });
  });
}
