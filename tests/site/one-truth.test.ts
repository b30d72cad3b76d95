// One truth: every place the built site states an entry's status, or a count of statuses, agrees with
// the one derivation (currentStatus over the entry's events), and every list of upcoming deadlines is
// soonest first. A page, a file or a feed that worked something out for itself would fail here.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { effectiveDate } from '../../src/lib/deadlines.ts';
import { STATUS_INFO, STATUSES, type Status } from '../../src/lib/status.ts';
import { currentStatus } from '../../src/lib/timeline.ts';
import { isSovereignState } from '../../src/lib/coverage/coverage.ts';
import { builtPages, contentEntries, page, readBuilt } from '../support/dist.ts';

const entries = contentEntries();
const truth = new Map(entries.map((e) => [`/${e.kind}/${e.slug}/`, currentStatus(e.data.events)]));
const countries = entries.filter((e) => e.kind === 'countries');
const countryTruth = (s: Status) => countries.filter((e) => truth.get(`/countries/${e.slug}/`) === s).length;
const json = (path: string) => JSON.parse(readBuilt(path).toString('utf8'));
const generated = json('api/v1/entries.json').generated as string;
const badgeStatus = (el: { getAttribute(n: string): string | undefined } | null) =>
  /badge--([a-z-]+)/.exec(el?.getAttribute('class') ?? '')?.[1];

/** Every row of a list page whose first link is an entry: href → the status its badge shows. */
function listed(path: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const row of page(path).querySelectorAll('tbody tr')) {
    const href = row.querySelector('th a')?.getAttribute('href');
    if (href && truth.has(href)) out.set(href, badgeStatus(row.querySelector('.badge')));
  }
  return out;
}

describe('one status per entry, wherever it is stated', () => {
  it('the entry page, its API document, entries.json, entries.csv and the name index agree', () => {
    const list = new Map(
      (json('api/v1/entries.json').entries as { url: string; status: string }[]).map((e) => [
        new URL(e.url).pathname,
        e.status,
      ]),
    );
    const csv = parseCsv<Record<string, string>>(readBuilt('data/entries.csv'), { columns: true, bom: true });
    const csvStatus = new Map(csv.map((r) => [new URL(r['url']!).pathname, r['status']]));
    const names = new Map<string, string>();
    for (const file of json('search/names.json') as string[])
      for (const r of json(`search/names/${file}.json`) as { u: string; s: string }[]) names.set(r.u, r.s);
    for (const e of entries) {
      const url = `/${e.kind}/${e.slug}/`;
      const status = truth.get(url);
      expect(badgeStatus(page(url).querySelector('.status-line .badge')), url).toBe(status);
      expect(json(`api/v1/${e.kind}/${e.slug}.json`).entry.status, url).toBe(status);
      expect(list.get(url), url).toBe(status);
      expect(csvStatus.get(url), url).toBe(status);
      expect(names.get(url), url).toBe(status);
    }
  });

  it('the A–Z, kind and status lists show it, and each entry is on its own status page only', () => {
    const pages = builtPages();
    const az = new Map<string, string | undefined>();
    for (const p of pages.filter((x) => /^\/a-z\/[^/]+\//.test(x))) for (const [k, v] of listed(p)) az.set(k, v);
    const kinds = new Map<string, string | undefined>();
    for (const p of pages.filter((x) => /^\/(countries|companies|organizations)\/(page\/\d+\/)?$/.test(x)))
      for (const [k, v] of listed(p)) kinds.set(k, v);
    const onStatusPage = new Map<string, string>();
    for (const s of STATUSES)
      for (const p of pages.filter((x) => x.startsWith(`/status/${s}/`)))
        for (const a of page(p).querySelectorAll('tbody th a')) onStatusPage.set(a.getAttribute('href')!, s);
    for (const [url, status] of truth) {
      expect(az.get(url), `A–Z ${url}`).toBe(status);
      expect(kinds.get(url), `kind list ${url}`).toBe(status);
      expect(onStatusPage.get(url), `status page ${url}`).toBe(status);
    }
  });

  it('the map table, the scope of a group and the as-of page of the build year show it', () => {
    for (const row of page('/map/').querySelectorAll('.country-table tbody tr')) {
      const href = row.querySelector('th a')!.getAttribute('href')!;
      expect(row.getAttribute('data-status'), href).toBe(truth.get(href));
    }
    for (const p of builtPages().filter((x) => /^\/groups\/[^/]+\/$/.test(x)))
      for (const [href, status] of listed(p)) expect(status, `${p} ${href}`).toBe(truth.get(href));
    const year = generated.slice(0, 4);
    const asOf = new Map<string, string | undefined>();
    for (const p of builtPages().filter((x) => x.startsWith(`/as-of/${year}/`)))
      for (const [k, v] of listed(p)) asOf.set(k, v);
    // As of the end of the build year, every entry with a status has the status it has today.
    for (const [url, status] of truth)
      expect(asOf.get(url), `as-of ${url}`).toBe(status === 'no-decision' ? undefined : status);
  });

  it('the status feeds carry only events that set their status', () => {
    for (const s of STATUSES) {
      const xml = readBuilt(`status/${s}/feed.xml`).toString('utf8');
      const terms = [...xml.matchAll(/<category term="([a-z-]+)" label="[^"]*" scheme="[^"]*\/status\/"/g)].map(
        (m) => m[1],
      );
      for (const term of terms) expect(term, s).toBe(s);
    }
  });
});

describe('one count per fact, wherever it is stated', () => {
  it('home, the status pages and the world map legend count the countries alike', () => {
    const home = page('/');
    expect(Number(home.querySelector('[data-count="countries-banned"]')!.text)).toBe(countryTruth('banned'));
    expect(Number(home.querySelector('[data-count="countries-restricted"]')!.text)).toBe(countryTruth('restricted'));
    for (const s of STATUSES) {
      const onStatusPage = builtPages()
        .filter((x) => x.startsWith(`/status/${s}/`))
        .flatMap((p) =>
          page(p).querySelectorAll('#kind-countries ~ .table-wrap tbody th a, section:has(#kind-countries) tbody th a'),
        );
      const all = [...new Set(onStatusPage.map((a) => a.getAttribute('href')))].filter((h) =>
        h?.startsWith('/countries/'),
      );
      expect(all.length, `/status/${s}/`).toBe(countryTruth(s));
      const legend = page('/map/').querySelector(`.world-map .map-legend [data-legend="${s}"] .count`);
      expect(legend ? Number(/\d+/.exec(legend.text)![0]) : 0, `map legend ${s}`).toBe(countryTruth(s));
    }
  });

  it('the chart and the as-of page count the end of the build year as the cards count today', () => {
    const year = generated.slice(0, 4);
    const row = page('/timeline/').querySelector(`.chart-data tr[data-year="${year}"]`)!;
    for (const s of STATUSES.filter((x) => x !== 'no-decision'))
      expect(Number(row.querySelector(`td[data-status="${s}"]`)!.text), `chart ${s}`).toBe(countryTruth(s));
    expect(Number(row.querySelector('td[data-total]')!.text)).toBe(countries.length - countryTruth('no-decision'));
    const notDrawn = page('/timeline/').querySelector('[data-not-drawn="permitted"]')!;
    expect(Number(notDrawn.text)).toBe(countryTruth('permitted'));
    const asOf = page(`/as-of/${year}/`);
    const stated = [...truth.values()].filter((s) => s !== 'no-decision').length;
    expect(Number(/\d+/.exec(asOf.querySelector('[data-count="as-of-stated"]')!.text)![0])).toBe(stated);
    expect(Number(/\d+/.exec(asOf.querySelector('[data-count="as-of-countries"]')!.text)![0])).toBe(
      countries.length - countryTruth('no-decision'),
    );
  });

  it('home and coverage give the same record: country entries, sovereign states, searched and not', () => {
    const sovereign = countries.filter((e) => 'iso2' in e.data && isSovereignState(e.data.iso2)).length;
    for (const p of ['/', '/coverage/']) {
      const text = page(p).querySelector('main')!.text.replace(/\s+/g, ' ');
      expect(text, p).toContain(`${sovereign.toLocaleString('en')} ${sovereign === 1 ? 'has' : 'have'} an entry`);
    }
    expect(page('/').querySelector('main')!.text.replace(/\s+/g, ' ')).toContain(
      `${countries.length} country entries (${sovereign} of them sovereign states)`,
    );
  });

  it('words a status the one way: the labels of the vocabulary', () => {
    const words = new Set(STATUSES.flatMap((s) => [STATUS_INFO[s].label, STATUS_INFO[s].companyLabel]));
    for (const badge of page('/a-z/').querySelectorAll('.badge')) {
      const word = badge.text.replace(/^\S+\s/, '').trim();
      expect(words.has(word), word).toBe(true);
    }
  });
});

describe('deadlines, soonest first', () => {
  it('on home and on every page of /deadlines/, upcoming by the day they fall due', () => {
    const upcoming = (rows: string[]) => rows.filter((d) => effectiveDate(d) >= generated);
    const home = page('/')
      .querySelectorAll('.deadline-list [data-deadline]')
      .map((li) => li.getAttribute('data-deadline')!);
    expect(home.length).toBeGreaterThan(0);
    const listing = builtPages()
      .filter((x) => x.startsWith('/deadlines/'))
      .sort()
      .flatMap((p) =>
        page(p).querySelectorAll('#upcoming ~ .deadline-list [data-deadline], section:has(#upcoming) [data-deadline]'),
      )
      .map((li) => li.getAttribute('data-deadline')!);
    for (const list of [home, upcoming(listing)]) {
      const days = list.map(effectiveDate);
      expect(days).toEqual([...days].sort());
    }
    // Home shows the first of the full list, in the same order.
    expect(home).toEqual(upcoming(listing).slice(0, home.length));
  });
});

describe('the quoted answer comes from the data', () => {
  it('home names every country that bans Huawei, and no other, as of the build date', () => {
    const sentence = page('/').querySelector('#quote-sentence')!.text.trim();
    const banned = countries.filter((e) => truth.get(`/countries/${e.slug}/`) === 'banned').map((e) => e.data.name);
    expect(sentence).toContain(
      `lists ${banned.length} ${banned.length === 1 ? 'country' : 'countries'} that ban Huawei`,
    );
    for (const name of banned) expect(sentence).toContain(name);
    for (const e of countries.filter((c) => truth.get(`/countries/${c.slug}/`) !== 'banned'))
      expect(sentence.includes(`, ${e.data.name},`) || sentence.includes(`: ${e.data.name},`), e.data.name).toBe(false);
    // The same sentence is what a search result or a link preview shows.
    expect(page('/').querySelector('meta[name="description"]')!.getAttribute('content')).toBe(sentence);
  });
});
