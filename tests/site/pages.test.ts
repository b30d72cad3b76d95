// The built site against its content: every entry has a page, the A–Z list is complete and in
// order, every event has its anchor and a cited source, and search is indexed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusByScope } from '../../src/lib/scope-status.ts';
import { describe, expect, it } from 'vitest';
import { compareNames, LETTERS } from '../../src/lib/alphabet.ts';
import { STATUSES, statusLabel } from '../../src/lib/status.ts';
import { latestStatusEvent } from '../../src/lib/timeline.ts';
import { gunzipSync } from 'node:zlib';
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
        // The event's own sources (a deadline's outcome has its own list, labelled apart).
        const sources = li!.querySelectorAll('ol.sources[aria-label="Sources"] > li');
        expect(sources.length).toBe(event.sources.length);
        expect(sources.length).toBeGreaterThan(0);
        for (const [i, s] of event.sources.entries()) expect(sources[i]!.text).toContain(s.publisher);
      }
      // Companies are labelled by what they did ("Cut ties with Huawei"); places by the status word.
      expect(doc.querySelector('.badge--large')?.text).toContain(statusLabel(entry.data.status, entry.kind));
      expect(doc.querySelector('.badge--large')?.classNames).toContain(`badge--${entry.data.status}`);
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

  it('the year pages together link every event exactly once, newest first', () => {
    const yearPages = builtPages().filter((p) => /^\/timeline\/\d{4}\/(page\/\d+\/)?$/.test(p));
    const linked = yearPages.flatMap((p) =>
      page(p)
        .querySelectorAll('.timeline-list a.timeline-list__entry')
        .map((a) => a.getAttribute('href')!),
    );
    const expected = entries.flatMap((e) => e.data.events.map((ev) => `/${e.kind}/${e.slug}/#${ev.id}`));
    expect(linked.sort()).toEqual(expected.sort());
    for (const p of yearPages) {
      const dates = page(p)
        .querySelectorAll('.timeline-list time')
        .map((t) => t.getAttribute('datetime')!);
      expect(dates, p).toEqual([...dates].sort().reverse());
    }
  });

  it('a story filed under several entries is one row naming them all', () => {
    const byStory = new Map<string, string[]>();
    for (const e of entries)
      for (const ev of e.data.events)
        if (ev.story) byStory.set(ev.story, [...(byStory.get(ev.story) ?? []), `/${e.kind}/${e.slug}/#${ev.id}`]);
    const shared = [...byStory.values()].filter((links) => links.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    const rows = builtPages()
      .filter((p) => /^\/timeline\/\d{4}\//.test(p))
      .flatMap((p) => page(p).querySelectorAll('.timeline-list > li'))
      .map((li) => li.querySelectorAll('a.timeline-list__entry').map((a) => a.getAttribute('href')!));
    for (const links of shared) {
      const holding = rows.filter((r) => r.some((href) => links.includes(href)));
      // Every copy is in a row that names the others; a copy on the same day citing the same source
      // joins the story too (stories.ts), so a row may name more than the key's own copies.
      expect(holding.flat(), links.join(' ')).toEqual(expect.arrayContaining(links));
      for (const row of holding) expect(new Set(row).size, row.join(' ')).toBe(row.length);
    }
  });

  it('the timeline page shows the newest events first, each story once', () => {
    const rows = page('/timeline/').querySelectorAll('.timeline-list > li');
    expect(rows.length).toBeGreaterThan(0);
    const dates = page('/timeline/')
      .querySelectorAll('.timeline-list time')
      .map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    const hrefs = rows.flatMap((li) =>
      li.querySelectorAll('a.timeline-list__entry').map((a) => a.getAttribute('href')),
    );
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe('search index', () => {
  // Pagefind's fragments are gzipped JSON behind a short signature: one per indexed record.
  const fragments = readdirSync(join(siteDir(), 'pagefind', 'fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(join(siteDir(), 'pagefind', 'fragment', f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as {
      url: string;
      content: string;
      filters: Record<string, string[]>;
      meta: Record<string, string>;
    };
  });

  it('is written, and holds exactly the entries and the FAQ answers', () => {
    const entry = JSON.parse(readFileSync(join(siteDir(), 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(entries.length + contentFaqs().length);
    const expected = [
      ...entries.map((e) => `/${e.kind}/${e.slug}/`),
      ...contentFaqs().map((f) => `/faq/${f.slug}/`),
    ].sort();
    expect(fragments.map((f) => f.url).sort()).toEqual(expected);
  });

  it('every entry carries its name, its filters and its text', () => {
    const byUrl = new Map(fragments.map((f) => [f.url, f]));
    for (const e of entries) {
      const f = byUrl.get(`/${e.kind}/${e.slug}/`)!;
      expect(f.meta['title']).toBe(e.data.name);
      // Evidence: the grade of the event that set the status, when one did.
      const { evidence, scope, ...filters } = f.filters;
      expect(filters).toEqual({ status: [e.data.status], kind: [e.kind], region: [e.data.region] });
      // Scope: the parts for which the entry has a status.
      const parts = statusByScope(e.data.events).map((r) => r.scope);
      expect(scope).toEqual(parts.length ? parts : undefined);
      const setter = latestStatusEvent(e.data.events);
      expect(evidence).toEqual(setter?.evidence ? [setter.evidence] : undefined);
      expect(f.content).toContain(e.data.events[0]!.title);
    }
  });

  it('FAQ answers are filed under their own kind', () => {
    for (const f of fragments.filter((x) => x.url.startsWith('/faq/'))) expect(f.filters['kind']).toEqual(['faq']);
  });
});
