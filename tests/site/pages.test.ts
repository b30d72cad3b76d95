// The built site against its content: every entry has a page, the A–Z list is complete and in
// order, every event has its anchor and a cited source, and search is indexed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareNames, LETTERS } from '../../src/lib/alphabet.ts';
import { STATUSES } from '../../src/lib/status.ts';
import { builtPages, contentEntries, contentFaqs, page, siteDir } from '../support/dist.ts';

const entries = contentEntries();

describe('entry pages', () => {
  it('exist for every entry in content/', () => {
    expect(entries.length).toBeGreaterThan(0);
    const pages = new Set(builtPages());
    const missing = entries.filter((e) => !pages.has(`/${e.kind}/${e.slug}/`)).map((e) => e.file);
    expect(missing).toEqual([]);
  });

  it.each(entries.map((e) => [`${e.kind}/${e.slug}`, e] as const))(
    '%s: every event has its anchor and at least one cited source',
    (_, entry) => {
      const doc = page(`/${entry.kind}/${entry.slug}/`);
      expect(doc.querySelector('h1')?.text.trim()).toBe(entry.data.name);
      for (const event of entry.data.events) {
        const li = doc.getElementById(event.id);
        expect(li, `#${event.id}`).not.toBeNull();
        expect(li!.querySelector(`a[href="#${event.id}"]`), `permalink of #${event.id}`).not.toBeNull();
        const sources = li!.querySelectorAll('ol.sources > li');
        expect(sources.length).toBe(event.sources.length);
        expect(sources.length).toBeGreaterThan(0);
        for (const [i, s] of event.sources.entries()) expect(sources[i]!.text).toContain(s.publisher);
      }
      expect(doc.querySelector('.badge--large')?.text).toContain(
        {
          banned: 'Banned',
          restricted: 'Restricted',
          'under-review': 'Under review',
          permitted: 'Permitted',
          'no-decision': 'No decision',
        }[entry.data.status],
      );
    },
  );
});

describe('the A–Z list', () => {
  const names = [...entries.map((e) => e.data.name)].sort(compareNames);

  it('lists every entry once, in A–Z order', () => {
    const listed = page('/a-z/')
      .querySelectorAll('.entry-table tbody th a')
      .map((a) => a.text.trim());
    expect(listed).toEqual(names);
  });

  it('has a page per letter with entries, each listing exactly its entries', () => {
    for (const letter of LETTERS) {
      const expected = names.filter((n) => n.normalize('NFKD').charAt(0).toLowerCase() === letter);
      const path = join(siteDir(), 'a-z', letter, 'index.html');
      expect(existsSync(path), `/a-z/${letter}/`).toBe(expected.length > 0);
      if (expected.length)
        expect(
          page(`/a-z/${letter}/`)
            .querySelectorAll('.entry-table tbody th a')
            .map((a) => a.text.trim()),
        ).toEqual(expected);
    }
  });
});

describe('status, kind and timeline pages', () => {
  it('each status page lists exactly the entries with that status', () => {
    for (const status of STATUSES) {
      const expected = entries
        .filter((e) => e.data.status === status)
        .map((e) => `/${e.kind}/${e.slug}/`)
        .sort();
      const listed = page(`/status/${status}/`)
        .querySelectorAll('.entry-table tbody th a')
        .map((a) => a.getAttribute('href')!)
        .sort();
      expect(listed).toEqual(expected);
    }
  });

  it('the timeline links every event, newest first', () => {
    const total = entries.reduce((n, e) => n + e.data.events.length, 0);
    const links = page('/timeline/').querySelectorAll('.timeline-list li');
    expect(links.length).toBe(total);
    const dates = page('/timeline/')
      .querySelectorAll('.timeline-list time')
      .map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('search index', () => {
  it('is written, and indexes the entry and FAQ pages only', () => {
    const entry = JSON.parse(readFileSync(join(siteDir(), 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(entries.length + contentFaqs().length);
  });

  it('every entry page carries the three filters and the sort key', () => {
    for (const e of entries) {
      const body = page(`/${e.kind}/${e.slug}/`).querySelector('[data-pagefind-body]')!;
      expect(body.getAttribute('data-pf-status')).toBe(e.data.status);
      expect(body.getAttribute('data-pf-kind')).toBe(e.kind);
      expect(body.getAttribute('data-pf-region')).toBe(e.data.region);
      expect(body.getAttribute('data-pf-changed')).toMatch(/^\d{4}/);
    }
  });

  it('no other page than entries and FAQ answers is marked for indexing', () => {
    const marked = builtPages().filter((p) => page(p).querySelector('[data-pagefind-body]'));
    const faqs = marked.filter((p) => p.startsWith('/faq/'));
    expect(faqs.length).toBe(contentFaqs().length);
    expect(marked.length).toBe(entries.length + faqs.length);
    for (const p of faqs)
      expect(page(p).querySelector('[data-pagefind-body]')!.getAttribute('data-pf-kind')).toBe('faq');
  });
});
