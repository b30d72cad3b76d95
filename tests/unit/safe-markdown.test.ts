import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeMarkdown } from '../../src/integrations/safe-markdown.ts';
import { checkMarkdown, isSafeDestination, markdownLinkTargets } from '../../src/lib/validate/markdown.ts';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [safeMarkdown] }).html;

describe('destinations', () => {
  it.each([
    ['https://example.org/a', true],
    ['/countries/sweden/', true],
    ['#2020-ban', true],
    ['http://example.org/', false],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['//evil.example/', false],
    ['mailto:a@example.org', false],
    ['https://localhost/', false],
  ])('%s → %s', (url, safe) => expect(isSafeDestination(url)).toBe(safe));
});

describe('the validator reads Markdown as the renderer does', () => {
  it('finds reference definitions and inline links, not images or code', () => {
    const body = 'See [a](https://a.example/x) and [b][r] and `[c](http://c.example)`.\n\n[r]: /countries/sweden/\n';
    expect(markdownLinkTargets(body)).toEqual(['https://a.example/x', '/countries/sweden/']);
  });

  it('accepts a tag in a code span and a parenthesis in a URL', () => {
    expect(checkMarkdown('Use ``<b>`` here and [w](https://en.example.org/wiki/Huawei_(company)).')).toEqual([]);
  });

  it('rejects raw HTML, images and unsafe references with a message each', () => {
    const problems = checkMarkdown(
      '<b>x</b>\n\n![i](https://a.example/i.png)\n\n[x][r]\n\n[r]: javascript:alert(1)\n',
    ).map((p) => p.message);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^raw HTML is not allowed/);
    expect(problems.some((m) => m.startsWith('images are not allowed'))).toBe(true);
    expect(problems.some((m) => m.includes('reference [r] "javascript:alert(1)"'))).toBe(true);
  });
});

describe('rendering drops what the validator would have refused', () => {
  it('keeps the text of a javascript: link by reference, without its target', () => {
    const html = render('See [the law][r].\n\n[r]: javascript:alert(1)\n');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('the law');
    expect(html).not.toContain('<a');
  });

  it('drops images, data: URLs included', () => {
    expect(render('![x](data:image/svg+xml;base64,PHN2Zz4=)')).not.toContain('<img');
  });

  it('drops raw HTML', () => {
    const html = render('Hello <img src=x onerror=alert(1)> world\n\n<script>alert(1)</script>\n');
    expect(html).not.toMatch(/<img|<script|onerror/);
  });

  it('leaves https and site links alone', () => {
    const html = render('[a](https://a.example/x) and [b](/countries/sweden/#2020-ban)');
    expect(html).toContain('href="https://a.example/x"');
    expect(html).toContain('href="/countries/sweden/#2020-ban"');
  });
});

describe('links out', () => {
  it('carry rel="noopener noreferrer"; site paths and fragments do not need it', () => {
    expect(render('[a](https://a.example/x) [b](/countries/) [c](#x)')).toBe(
      '<p><a href="https://a.example/x" rel="noopener noreferrer">a</a> <a href="/countries/">b</a> <a href="#x">c</a></p>\n',
    );
  });
});
