import { parse } from 'node-html-parser';
import { stylesheetWithStatusColors } from '../support/stylesheet.ts';
import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, renderBadge } from '../../src/lib/outputs/badge.ts';
import { citation, wikiValue } from '../../src/lib/cite.ts';
import { STATUSES } from '../../src/lib/status.ts';

describe('citations', () => {
  it('cite an entry with its title, site, last-verified date and URL', () => {
    const c = citation({
      siteName: 'Huawei Tracker',
      url: 'https://x.example/countries/sweden/',
      entryName: 'Sweden',
      lastVerified: '2026-11-20',
    });
    expect(c.text).toBe(
      '“Sweden”. Huawei Tracker. Last verified 20 November 2026. https://x.example/countries/sweden/',
    );
    expect(c.wiki).toBe(
      '{{cite web |url=https://x.example/countries/sweden/ |title=Sweden |website=Huawei Tracker |date=20 November 2026 |access-date= }}',
    );
  });

  it('cite an event with its own date and its permalink', () => {
    const c = citation({
      siteName: 'Huawei Tracker',
      url: 'https://x.example/countries/sweden/#2020-pts',
      entryName: 'Sweden',
      event: { title: 'Regulator bars Huawei', date: '2020-10', approximate: true },
      lastVerified: '2026-11-20',
    });
    expect(c.text).toContain('“Sweden: Regulator bars Huawei” (c. October 2020).');
    expect(c.text).toContain('https://x.example/countries/sweden/#2020-pts');
    expect(c.wiki).toContain('|title=Sweden: Regulator bars Huawei (c. October 2020) |');
  });

  it('keep wiki template syntax out of values', () => {
    expect(wikiValue('A | B }} C\n D')).toBe('A {{!}} B } } C D');
  });
});

describe('the status badge', () => {
  it('names the entry and its status, as text and as an accessible label', () => {
    const svg = parse(renderBadge('Sweden & <Co>', 'banned', 'countries'));
    expect(svg.querySelector('svg')!.getAttribute('aria-label')).toBe('Huawei in Sweden & <Co>: ✕ Banned');
    expect(svg.querySelectorAll('text').map((t) => t.text)).toContain('✕ Banned');
    expect(renderBadge('A & B', 'permitted', 'countries')).toContain('A &amp; B');
    expect(renderBadge('A & B', 'permitted', 'countries')).not.toContain('A & B');
  });

  it('says what the status means for a company', () => {
    const svg = parse(renderBadge('Google', 'banned', 'companies'));
    expect(svg.querySelector('svg')!.getAttribute('aria-label')).toBe('Google: ✕ Cut ties with Huawei');
  });

  it('grows with the text, measured in Verdana', () => {
    const width = (s: string) => Number(/width="(\d+(?:\.\d+)?)"/.exec(renderBadge(s, 'banned', 'countries'))![1]);
    expect(width('United Kingdom')).toBeGreaterThan(width('Chile'));
    // Same length, wide letters against narrow ones.
    expect(width('WWWWW')).toBeGreaterThan(width('iiiii'));
  });

  it('is filled with the status colour', () => {
    for (const s of STATUSES) expect(renderBadge('X', s, 'countries')).toContain(`fill="${BADGE_COLOR[s]}"`);
  });

  it('uses the stylesheet light-theme status text colours', () => {
    const css = stylesheetWithStatusColors();
    const light = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
    for (const s of STATUSES) expect(light).toContain(`--${s}: ${BADGE_COLOR[s]};`);
  });
});
