import type { HTMLElement } from 'node-html-parser';

export interface LinkProblem {
  kind: 'broken-link' | 'broken-fragment' | 'duplicate-id' | 'external';
  page: string;
  detail: string;
}

interface Site {
  /** Every built file, relative to the site root ("countries/sweden/index.html"). */
  files: Set<string>;
  page: (urlPath: string) => HTMLElement;
  /** The path the site is served under ("/" or "/huawei-tracker/"): every internal link starts with it. */
  base?: string;
}

/** The file a URL path is served from, or undefined when the site has none. */
export function resolvePath(urlPath: string, files: Set<string>): string | undefined {
  const clean = decodeURIComponent(urlPath.replace(/^\//, ''));
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`])
    if (files.has(candidate)) return candidate;
  return undefined;
}

/** Check one page's links, ids and external links. Pure over the parsed HTML and the file list. */
export function checkPageLinks(path: string, doc: HTMLElement, site: Site): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const base = site.base ?? '/';
  // Where the page is served, and the site path of an address served under the base (or undefined).
  const served = `${base.slice(0, -1)}${path}`;
  const sitePath = (p: string) => (p.startsWith(base) ? `/${p.slice(base.length)}` : undefined);
  const ids = doc.querySelectorAll('[id]').map((el) => el.id);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ kind: 'duplicate-id', page: path, detail: id });
    seen.add(id);
  }
  for (const a of doc.querySelectorAll('a[href], link[href]')) {
    const href = a.getAttribute('href')!;
    if (/^(mailto:|data:)/.test(href)) continue;
    const url = new URL(href, `http://site.local${served}`);
    if (url.host !== 'site.local') {
      if (a.tagName === 'LINK') continue; // canonical and alternate links point at the public site
      const rel = new Set((a.getAttribute('rel') ?? '').split(/\s+/));
      if (url.protocol !== 'https:') problems.push({ kind: 'external', page: path, detail: `not https: ${href}` });
      if (!rel.has('noopener') || !rel.has('noreferrer'))
        problems.push({ kind: 'external', page: path, detail: `missing rel: ${href}` });
      continue;
    }
    const target = sitePath(url.pathname);
    const file = target === undefined ? undefined : resolvePath(target, site.files);
    if (!file || target === undefined) {
      problems.push({ kind: 'broken-link', page: path, detail: href });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html')) {
      const page = target === path ? doc : site.page(target);
      if (!page.getElementById(fragment)) problems.push({ kind: 'broken-fragment', page: path, detail: href });
    }
  }
  return problems;
}

/** Site paths in other attributes (assets, forms, data for scripts) that are not under the base. */
export function unbasedAddresses(path: string, doc: HTMLElement, base: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      if (!/^(href|src|action|poster|srcset|data-[a-z-]+)$/.test(name)) continue;
      for (const part of name === 'srcset' ? value.split(',').map((v) => v.trim().split(/\s/)[0]!) : [value]) {
        if (part.startsWith('/') && !part.startsWith('//') && !part.startsWith(base))
          problems.push({ kind: 'broken-link', page: path, detail: `${name}="${value}" is not under ${base}` });
      }
    }
  }
  return problems;
}
