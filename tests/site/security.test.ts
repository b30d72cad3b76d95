// Every page carries the Content-Security-Policy, no wider than search needs; the _headers file
// for static hosts carries it too; and no page but search loads a script.
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../scripts/lib/serve-static.ts';
import { headerCsp, SITE_CSP } from '../../src/lib/csp.ts';
import { cspProblems, parseCsp } from '../support/csp.ts';
import { builtPages, page, readBuilt } from '../support/dist.ts';

describe('Content-Security-Policy', () => {
  const pages = builtPages();

  it('every page carries it in a meta tag, with what search needs and nothing wider', () => {
    const bad: string[] = [];
    for (const path of pages) {
      const meta = page(path).querySelector('meta[http-equiv="content-security-policy"]');
      if (!meta) bad.push(`${path}: no policy`);
      else for (const p of cspProblems(meta.getAttribute('content')!)) bad.push(`${path}: ${p}`);
    }
    expect(bad).toEqual([]);
  });

  // One policy for every page (src/lib/csp.ts): it names no hashes, so no page may carry an inline
  // script or style, which the policy would block.
  it('is the site’s one policy on every page, and no page has an inline script or style it would block', () => {
    const bad: string[] = [];
    for (const path of pages) {
      const doc = page(path);
      const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      if (policy !== SITE_CSP) bad.push(`${path}: policy ${policy}`);
      const inline = doc
        .querySelectorAll('script:not([src]), style')
        .filter((e) => e.getAttribute('type') !== 'application/ld+json');
      if (inline.length) bad.push(`${path}: ${inline.length} inline script(s) or style(s)`);
      if (doc.querySelectorAll('[style]').length) bad.push(`${path}: a style attribute`);
    }
    expect(bad).toEqual([]);
  });

  it('the _headers file sends the same policy as a header, plus frame-ancestors', () => {
    const rules = parseHeaders(readBuilt('_headers').toString('utf8'));
    const all = rules.find((r) => r.pattern.test('/countries/sweden/'))!;
    const headers = new Map(all.headers.map(([k, v]) => [k.toLowerCase(), v]));
    const policy = headers.get('content-security-policy')!;
    expect(policy).toBe(headerCsp("'none'"));
    expect(cspProblems(policy)).toEqual([]);
    expect(parseCsp(policy).get('frame-ancestors')).toEqual(["'none'"]);
    const embed = rules.filter((r) => r.pattern.test('/embed/map/')).flatMap((r) => r.headers);
    expect(embed.filter(([k]) => k.toLowerCase() === 'content-security-policy').at(-1)?.[1]).toBe(headerCsp('*'));
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('no page has inline event handlers or javascript: links', () => {
    const bad = pages.filter((p) => /\son[a-z]+=|href="javascript:/i.test(page(p).toString()));
    expect(bad).toEqual([]);
  });
});

describe('JavaScript', () => {
  const scriptsOf = (p: string) =>
    page(p)
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json')
      .map((s) => ({ type: s.getAttribute('type'), src: s.getAttribute('src'), inline: s.text.trim() }));

  it('every page loads one external module, the type-ahead loader; search and compare add their own; embeds none', () => {
    const loader = scriptsOf('/')[0]!.src!;
    expect(loader).toMatch(/^\/_astro\/SiteHeader\.[^/]+\.js$/);
    const extra: Record<string, RegExp> = { '/search/': /^\/_astro\/search\./, '/compare/': /^\/_astro\/compare\./ };
    for (const p of builtPages()) {
      const scripts = scriptsOf(p);
      // Pages made to be framed on other sites (/embed/) have no header, so no type-ahead: no script.
      if (p.startsWith('/embed/')) {
        expect(scripts, p).toEqual([]);
        continue;
      }
      // Modules only, from our own origin, never inline (the policy forbids inline script).
      for (const s of scripts) expect([s.type, s.inline], p).toEqual(['module', '']);
      expect(scripts[0]?.src, p).toBe(loader);
      const own = scripts.slice(1).map((s) => s.src!);
      if (extra[p]) expect(own, p).toEqual([expect.stringMatching(extra[p])]);
      else expect(own, p).toEqual([]);
    }
  });
});
