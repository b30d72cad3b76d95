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
  const ids = doc.querySelectorAll('[id]').map((el) => el.id);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ kind: 'duplicate-id', page: path, detail: id });
    seen.add(id);
  }
  for (const a of doc.querySelectorAll('a[href], link[href]')) {
    const href = a.getAttribute('href')!;
    if (/^(mailto:|data:)/.test(href)) continue;
    const url = new URL(href, `http://site.local${path}`);
    if (url.host !== 'site.local') {
      if (a.tagName === 'LINK') continue; // canonical and alternate links point at the public site
      const rel = new Set((a.getAttribute('rel') ?? '').split(/\s+/));
      if (url.protocol !== 'https:') problems.push({ kind: 'external', page: path, detail: `not https: ${href}` });
      if (!rel.has('noopener') || !rel.has('noreferrer'))
        problems.push({ kind: 'external', page: path, detail: `missing rel: ${href}` });
      continue;
    }
    const file = resolvePath(url.pathname, site.files);
    if (!file) {
      problems.push({ kind: 'broken-link', page: path, detail: href });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html')) {
      const target = url.pathname === path ? doc : site.page(url.pathname);
      if (!target.getElementById(fragment)) problems.push({ kind: 'broken-fragment', page: path, detail: href });
    }
  }
  return problems;
}
