// The built output, measured: pages, files, bytes, and gzipped sizes of what readers download.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 9;

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: GZIP_LEVEL }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const stats = (xs: number[]) => ({
  total: xs.reduce((a, b) => a + b, 0),
  mean: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0,
  median: median(xs),
  max: xs.reduce((m, x) => Math.max(m, x), 0),
});

export function listFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { path: relative(dir, path).split('\\').join('/'), bytes: statSync(path).size };
    });
}

export function measureSite(dir: string) {
  const files = listFiles(dir);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const entryPage = /^(countries|companies|organizations)\/[^/]+\/index\.html$/;
  const gz = html.map((f) => gzipSize(readFileSync(join(dir, f.path))));
  const largest = [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  const pagefind = files.filter((f) => f.path.startsWith('pagefind/'));
  const part = (re: RegExp) => {
    const list = pagefind.filter((f) => re.test(f.path));
    return { files: list.length, bytes: list.reduce((n, f) => n + f.bytes, 0) };
  };
  const byExtension: Record<string, { files: number; bytes: number }> = {};
  for (const f of files) {
    const e = (byExtension[/\.[^./]+$/.exec(f.path)?.[0] ?? '(none)'] ??= { files: 0, bytes: 0 });
    e.files += 1;
    e.bytes += f.bytes;
  }
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    byExtension,
    htmlPages: html.length,
    entryPages: html.filter((f) => entryPage.test(f.path)).length,
    htmlRaw: stats(html.map((f) => f.bytes)),
    htmlGzip: stats(gz),
    largestPages: largest.map((f) => ({ path: f.path, bytes: f.bytes })),
    pagefind: {
      files: pagefind.length,
      bytes: pagefind.reduce((n, f) => n + f.bytes, 0),
      index: part(/\.pf_index$/),
      fragment: part(/\.pf_fragment$/),
      filter: part(/\.pf_filter$/),
      meta: part(/\.pf_meta$/),
    },
  };
}
