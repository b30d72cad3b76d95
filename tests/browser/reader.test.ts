// The first answer and the way around, as a reader meets them in real Chromium: home's banned list,
// the Europe inset, phones (tap targets, no sideways scroll), the header at desktop width, stories
// shown once, compare, and an entry printed to PDF.
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';
import { contentEntries } from '../support/dist.ts';

const { page: openBlank, open, done } = useBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

describe('home', () => {
  it('names the countries that ban Huawei, the same as /status/banned/', async () => {
    const w = await open('/');
    const named = (await hrefs(w.page, '.answer [data-status="banned"] a')).sort();
    expect(named.length).toBeGreaterThan(3);
    await w.page.goto(`${baseUrl()}/status/banned/`);
    const listed = (await hrefs(w.page, '.entry-table tbody th a')).filter((h) => h.startsWith('/countries/')).sort();
    expect(named).toEqual(listed);
    await done(w);
  });
});

describe('the map', () => {
  it("the Europe inset's shapes and dots open their entries", async () => {
    const w = await open('/map/');
    const europe = w.page.locator('.world-map__canvas--europe svg');
    const links = await hrefs(w.page, '.world-map__canvas--europe svg a[href^="/countries/"]');
    expect(links).toContain('/countries/germany/');
    expect(links).toContain('/countries/monaco/');
    // A dot, clicked where a reader would tap it, opens its entry.
    await europe.locator('a.map-marker[data-iso2="MC"] .map-hit').click();
    await w.page.waitForURL(`${baseUrl()}/countries/monaco/`);
    await w.page.goBack();
    await w.page.locator('.world-map__canvas--europe svg a[href="/countries/germany/"]').click();
    await w.page.waitForURL(`${baseUrl()}/countries/germany/`);
    await done(w);
  });

  it('on a 390 px phone, every state of the Europe inset has a 24 × 24 px place to tap, each dot a square of its own', async () => {
    const w = await open('/map/', PHONE);
    const frame = w.page.locator('.world-map__canvas--europe');
    await frame.scrollIntoViewIfNeeded();
    // Every point of the inset, pixel by pixel, scrolled through its frame: which link a tap there opens.
    const found = await frame.evaluate(async (canvas) => {
      const svg = canvas.querySelector('svg')!;
      const links = [...svg.querySelectorAll('a')];
      const index = new Map<Element, number>(links.map((a, i) => [a, i]));
      const hits = links.map(() => new Map<number, Set<number>>());
      // Each column of the map once: scroll a frame's width at a time, scan the columns not yet seen.
      let scanned = 0;
      for (let left = 0; ; left += canvas.clientWidth) {
        canvas.scrollLeft = left;
        await new Promise((ready) => requestAnimationFrame(ready));
        const box = svg.getBoundingClientRect();
        const view = canvas.getBoundingClientRect();
        const from = Math.max(Math.ceil(view.left), Math.ceil(box.left) + scanned);
        for (let y = Math.ceil(box.top); y < box.bottom; y++)
          for (let x = from; x < Math.min(box.right, view.right); x++) {
            const a = document.elementFromPoint(x, y)?.closest('a');
            const i = a ? index.get(a) : undefined;
            if (i === undefined) continue;
            const row = Math.round(y - box.top);
            hits[i]!.set(row, (hits[i]!.get(row) ?? new Set()).add(Math.round(x - box.left)));
          }
        scanned = Math.ceil(Math.min(box.right, view.right) - box.left);
        if (canvas.scrollLeft + canvas.clientWidth >= canvas.scrollWidth) break;
      }
      // Per link: the box of the points that open it, and the largest square of them.
      return {
        width: svg.getBoundingClientRect().width,
        links: links.map((a, i) => {
          const rows = [...hits[i]!.keys()].sort((p, q) => p - q);
          const xs = [...hits[i]!.values()].flatMap((r) => [...r]);
          let best = 0;
          let above = new Map<number, number>();
          for (const y of rows) {
            const here = new Map<number, number>();
            for (const x of [...hits[i]!.get(y)!].sort((p, q) => p - q)) {
              const k = 1 + Math.min(above.get(x) ?? 0, here.get(x - 1) ?? 0, above.get(x - 1) ?? 0);
              here.set(x, k);
              best = Math.max(best, k);
            }
            above = rows.includes(y + 1) ? here : new Map();
          }
          return {
            state: a.getAttribute('aria-label')!,
            dot: a.classList.contains('map-marker'),
            w: xs.length ? Math.max(...xs) - Math.min(...xs) + 1 : 0,
            h: rows.length ? rows.at(-1)! - rows[0]! + 1 : 0,
            square: best,
          };
        }),
      };
    });
    // Europe is drawn at its own size, in a frame that scrolls, not squeezed into the screen.
    expect(found.width).toBeGreaterThanOrEqual(640);
    const states = new Map<string, { w: number; h: number }>();
    for (const l of found.links) {
      const best = states.get(l.state);
      if (!best || Math.min(l.w, l.h) > Math.min(best.w, best.h)) states.set(l.state, l);
    }
    expect(states.size).toBeGreaterThan(50);
    const small = [...states].filter(([, s]) => s.w < 24 || s.h < 24).map(([n, s]) => `${n} ${s.w}×${s.h}`);
    expect(small).toEqual([]);
    const dots = found.links.filter((l) => l.dot);
    expect(dots.length).toBeGreaterThan(10);
    expect(dots.filter((d) => d.square < 24).map((d) => `${d.state} ${d.square}`)).toEqual([]);
    // The legend is read before the map: it sits above it, within the first screen.
    await w.page.evaluate(() => window.scrollTo(0, 0));
    const legend = await w.page.locator('.world-map .map-legend').first().boundingBox();
    expect(legend!.y).toBeLessThan(844);
    await done(w);
  }, 180_000); // some 360,000 hit tests: slow beside a second Chromium and coverage

  it('lists every country as a link beside the map, grouped by status, without a script', async () => {
    const w = await open('/map/', { ...PHONE, javaScriptEnabled: false });
    const rows = await hrefs(w.page, '.country-table tbody th a');
    await w.page.locator('.country-index summary').click();
    const listed = await hrefs(w.page, '.country-index a');
    expect([...listed].sort()).toEqual([...rows].sort());
    const first = await w.page.locator('.country-index a').first().boundingBox();
    expect(first!.height).toBeGreaterThanOrEqual(24);
    await done(w);
  });
});

describe('lists on a 390 px phone', () => {
  it('each entry is two lines, about a third of the old five-line card, and still a table', async () => {
    const w = await openBlank(PHONE);
    for (const path of ['/a-z/', '/countries/', '/countries/by/since/', '/map/']) {
      await w.page.goto(baseUrl() + path);
      const rows = await w.page.locator('main :is(.entry-table, .country-table) tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const name = tr.querySelector('th a')!.getBoundingClientRect();
          return {
            name: tr.querySelector('th')!.textContent,
            height: tr.getBoundingClientRect().height,
            nameLines: Math.round(name.height / 24),
          };
        }),
      );
      expect(rows.length, path).toBeGreaterThan(100);
      // Two lines of 24 px and their padding; a name too long for one line adds its second line.
      const tall = rows.filter((r) => r.height > 64 + 24 * (r.nameLines - 1)).map((r) => `${r.name} ${r.height}`);
      expect(tall, path).toEqual([]);
      expect(rows.filter((r) => r.nameLines > 1).length, path).toBeLessThan(rows.length / 20);
      const mean = rows.reduce((n, r) => n + r.height, 0) / rows.length;
      // Before: five lines, 156 px on average on /a-z/.
      expect(mean, path).toBeLessThan(156 / 2.5);
    }
    // Screen readers still read a table: a row header for each entry, column headers, cells.
    await w.page.goto(`${baseUrl()}/a-z/`);
    const tree = await w.page.locator('.entry-table').first().ariaSnapshot();
    for (const role of ['table', 'columnheader', 'rowheader', 'cell']) expect(tree).toContain(`- ${role}`);
    await done(w);
  });

  it('a sortable list shows its headings as the sort links, large enough to tap', async () => {
    const w = await open('/countries/by/status/', PHONE);
    const links = await w.page.locator('.entry-table thead a').evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { href: a.getAttribute('href'), w: r.width, h: r.height };
      }),
    );
    expect(links.map((l) => l.href).sort()).toEqual(['/countries/', '/countries/by/since/', '/countries/by/status/']);
    expect(links.filter((l) => l.w < 24 || l.h < 24)).toEqual([]);
    await w.page.locator('.entry-table thead a[href="/countries/by/since/"]').click();
    await w.page.waitForURL(`${baseUrl()}/countries/by/since/`);
    expect(await w.page.locator('th[aria-sort="descending"]').textContent()).toContain('Since');
    await done(w);
  });
});

// One page of each template, plus the new ones.
const TEMPLATES = [
  '/',
  '/a-z/',
  '/countries/by/status/',
  '/countries/united-kingdom/',
  '/companies/vodafone/',
  '/organizations/european-union/',
  '/status/restricted/',
  '/timeline/',
  '/timeline/2020/',
  '/map/',
  '/map/core/',
  '/as-of/2020/',
  '/deadlines/',
  '/changes/',
  '/groups/',
  '/groups/eu/',
  '/compare/?e=germany,france,united-kingdom',
  '/coverage/',
  '/methodology/',
  '/data/',
  '/faq/',
  '/search/?q=germany',
  '/does-not-exist/',
];

describe('on a 390 px phone', () => {
  it('no template scrolls sideways', async () => {
    const w = await openBlank(PHONE);
    const wide: string[] = [];
    for (const path of TEMPLATES) {
      await w.page.goto(baseUrl() + path);
      // Let the page's own script finish (a search loads Pagefind), so nothing is cut off mid-request.
      if (path.startsWith('/compare/')) await w.page.waitForSelector('#compare-result table');
      if (path.startsWith('/search/')) await w.page.waitForSelector('#search-results li');
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow} px`);
    }
    expect(wide).toEqual([]);
    await done(w);
  });

  it('the search filters fold away, and the header links are large enough to tap', async () => {
    const w = await open('/search/', PHONE);
    expect(await w.page.locator('.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const small = await w.page.locator('.site-header a, .site-header button, .site-header input').evaluateAll((els) =>
      els
        .map((e) => ({ text: e.textContent?.trim() || e.id, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ text, r }) => `${text} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`),
    );
    expect(small).toEqual([]);
    await done(w);
  });
});

describe('at 1280 px', () => {
  it('the header is one row: brand, navigation and search side by side', async () => {
    const w = await openBlank({ viewport: { width: 1280, height: 800 } });
    for (const path of ['/', '/countries/germany/', '/search/']) {
      await w.page.goto(baseUrl() + path);
      const boxes = await Promise.all(
        ['.brand', '.main-nav', '.site-header .search-form'].map((s) => w.page.locator(s).boundingBox()),
      );
      const tops = boxes.map((b) => b!.y);
      const bottoms = boxes.map((b) => b!.y + b!.height);
      // One row: every part overlaps every other vertically.
      expect(Math.max(...tops), path).toBeLessThan(Math.min(...bottoms));
      expect(await w.page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(80);
    }
    // One search box on home, not two.
    await w.page.goto(`${baseUrl()}/`);
    expect(await w.page.locator('input[type="search"]').count()).toBe(1);
    await done(w);
  });
});

describe('at 1024 px', () => {
  it('the header is one row, its navigation folded into a menu that opens without a script', async () => {
    const w = await openBlank({ viewport: { width: 1024, height: 768 }, javaScriptEnabled: false });
    for (const path of ['/', '/countries/', '/map/']) {
      await w.page.goto(baseUrl() + path);
      const boxes = await Promise.all(
        ['.brand', '.nav-menu summary', '.site-header .search-form'].map((sel) => w.page.locator(sel).boundingBox()),
      );
      expect(Math.max(...boxes.map((b) => b!.y)), path).toBeLessThan(Math.min(...boxes.map((b) => b!.y + b!.height)));
      // The brand on one line: as tall as one line of its text.
      expect(boxes[0]!.height, path).toBeLessThan(36);
      expect(await w.page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(70);
    }
    expect(await w.page.locator('.main-nav a').first().isVisible()).toBe(false);
    await w.page.locator('.nav-menu summary').click();
    const links = await w.page
      .locator('.main-nav a')
      .evaluateAll((as) => as.map((a) => ({ text: a.textContent, visible: a.getBoundingClientRect().height >= 24 })));
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(links.filter((l) => !l.visible)).toEqual([]);
    await w.page.locator('.main-nav a', { hasText: 'Timeline' }).click();
    await w.page.waitForURL(`${baseUrl()}/timeline/`);
    await done(w);
  });
});

describe('stories', () => {
  it('a decision filed under a country and its operators is one line on the timeline, naming them all', async () => {
    // The story of the content that spans the most entries, all on one date.
    const byStory = new Map<string, { dates: Set<string>; date: string; links: string[] }>();
    for (const e of contentEntries())
      for (const ev of e.data.events)
        if (ev.story) {
          const s = byStory.get(ev.story) ?? { dates: new Set<string>(), date: ev.date, links: [] };
          s.links.push(`/${e.kind}/${e.slug}/#${ev.id}`);
          s.dates.add(ev.date);
          byStory.set(ev.story, s);
        }
    const entriesOf = (s: { links: string[] }) => new Set(s.links.map((l) => l.split('#')[0])).size;
    const story = [...byStory.values()]
      .filter((s) => s.dates.size === 1)
      .sort((a, b) => entriesOf(b) - entriesOf(a))[0]!;
    expect(entriesOf(story)).toBeGreaterThanOrEqual(2);
    // The year's page, and the pages after it when the year is long.
    const w = await open(`/timeline/${story.date.slice(0, 4)}/`);
    const rows: (string | null)[][] = [];
    for (;;) {
      rows.push(
        ...(await w.page
          .locator('.timeline-list > li')
          .evaluateAll((lis) =>
            lis.map((li) => [...li.querySelectorAll('a.timeline-list__entry')].map((a) => a.getAttribute('href'))),
          )),
      );
      const next = w.page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await w.page.goto(baseUrl() + (await next.first().getAttribute('href'))!);
    }
    const holding = rows.filter((r) => r.some((h) => story.links.includes(h!)));
    expect(holding).toHaveLength(1);
    expect([...holding[0]!].sort()).toEqual(
      [...new Set(story.links.map((l) => l.split('#')[0]!))]
        .map((entry) => story.links.find((l) => l.startsWith(entry))!)
        .sort(),
    );
    await done(w);
  });
});

describe('an entry', () => {
  it('"Key decisions only" cuts the timeline to the events that set a status, and back', async () => {
    const w = await open('/countries/united-kingdom/');
    const events = w.page.locator('.timeline > .event');
    const all = await events.count();
    const setting = await w.page.locator('.timeline > .event--sets').count();
    expect(setting).toBeGreaterThan(0);
    expect(setting).toBeLessThan(all);
    await w.page.getByLabel('Key decisions only').check();
    const visible = await events.evaluateAll(
      (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length,
    );
    expect(visible).toBe(setting);
    await w.page.getByLabel('Key decisions only').uncheck();
    expect(await events.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(
      all,
    );
    await done(w);
  });
});

describe('compare', () => {
  const columns = (page: Page) => page.locator('#compare-result thead th > a:first-child').allTextContents();
  const box = (page: Page) => page.locator('#compare-add');

  it('draws the entries named in the address side by side, one column each', async () => {
    const w = await open('/compare/?e=germany,france,vodafone');
    await w.page.waitForSelector('#compare-result table');
    expect(await columns(w.page)).toEqual(['Germany', 'France', 'Vodafone']);
    const rows = await w.page.locator('#compare-result tbody th').allTextContents();
    expect(rows).toEqual([
      'Status',
      'Since',
      'Evidence',
      'Summary',
      'By part of the network',
      'Deadline',
      'Latest event',
    ]);
    const status = await w.page.locator('#compare-result tbody tr').first().locator('td').allTextContents();
    expect(status[0]).toMatch(/^\s*[✕◐?✓–]/u);
    expect(await w.page.title()).toMatch(/^Germany, France, Vodafone: compared/);
    // The nav marks Compare as the current page, not Map.
    expect(await w.page.locator('.main-nav [aria-current="page"]').allTextContents()).toEqual(['Compare']);
    await done(w);
  });

  it('shows each summary, and the evidence for the event that set the status as the entry page words it', async () => {
    const w = await open('/compare/?e=united-kingdom,germany');
    await w.page.waitForSelector('#compare-result table');
    const row = (label: string) =>
      w.page.locator('#compare-result tbody tr', { has: w.page.locator(`th:text-is("${label}")`) });
    const summaries = await row('Summary').locator('td').allTextContents();
    const evidence = await row('Evidence').locator('td').allTextContents();
    for (const [i, slug] of ['united-kingdom', 'germany'].entries()) {
      const entry = contentEntries().find((e) => e.slug === slug)!;
      expect(summaries[i]).toBe(entry.data.summary);
      await w.page.goto(`${baseUrl()}/countries/${slug}/`);
      const onPage = await w.page.locator('.facts dt:text-is("Evidence") + dd').textContent();
      // "●●●●○ Official statement, for the event that set the status" on the entry page.
      expect(onPage!.startsWith(evidence[i]!.trim())).toBe(true);
      await w.page.goBack();
    }
    await done(w);
  });

  it('writes dates as the site does ("11 July 2024"), on one line, each the date of the API', async () => {
    const w = await open('/compare/?e=germany,france,united-kingdom');
    await w.page.waitForSelector('#compare-result table');
    const since = await w.page.locator('#compare-result tbody tr:nth-child(2) td time').evaluateAll((ts) =>
      ts.map((t) => ({
        iso: t.getAttribute('datetime'),
        text: t.textContent,
        high: t.getBoundingClientRect().height,
      })),
    );
    expect(since).toHaveLength(3);
    for (const [i, slug] of ['germany', 'france', 'united-kingdom'].entries()) {
      const api = (await (await fetch(`${baseUrl()}/api/v1/countries/${slug}.json`)).json()) as {
        entry: { statusSince: string };
      };
      expect(since[i]!.iso).toBe(api.entry.statusSince);
    }
    expect(since.map((s) => s.text)).toContain('11 July 2024');
    const all = await w.page
      .locator('#compare-result time')
      .evaluateAll((ts) => ts.map((t) => ({ text: t.textContent, lines: t.getClientRects().length })));
    expect(all.filter((t) => !/^(c\. )?(\d{1,2} )?([A-Z][a-z]+ )?\d{4}$/.test(t.text))).toEqual([]);
    expect(all.filter((t) => t.lines !== 1)).toEqual([]);
    await done(w);
  });

  it('adds a name typed with a typo ("frnace" adds France), and the address follows', async () => {
    const w = await open('/compare/?e=germany');
    await box(w.page).fill('frnace');
    await w.page.locator('#compare-form button').click();
    await w.page.waitForURL(/\?e=germany,france$/);
    await expect.poll(() => columns(w.page)).toEqual(['Germany', 'France']);
    expect(await w.page.locator('#compare-message').textContent()).toContain('“frnace” read as France');
    expect(await box(w.page).inputValue()).toBe('');
    // The same suggestions as the header's type-ahead; choosing one adds it.
    await box(w.page).fill('Deutsche Telekom');
    await w.page.waitForSelector('#compare-form [role="option"]');
    await box(w.page).press('ArrowDown');
    await box(w.page).press('Enter');
    await w.page.waitForURL(/\?e=germany,france,deutsche-telekom$/);
    await expect.poll(() => columns(w.page)).toEqual(['Germany', 'France', 'Deutsche Telekom']);
    // Back to the comparison before it, and a column removed.
    await w.page.goBack();
    await expect.poll(() => columns(w.page)).toEqual(['Germany', 'France']);
    await w.page.getByRole('link', { name: 'Remove Germany' }).click();
    await w.page.waitForURL(/\?e=france$/);
    await expect.poll(() => columns(w.page)).toEqual(['France']);
    await done(w);
  });

  it('says so for a real miss, with a "did you mean" that adds the entry', async () => {
    const w = await open('/compare/?e=germany');
    await box(w.page).fill('austraia');
    await box(w.page).press('Enter');
    const message = w.page.locator('#compare-message');
    await expect.poll(() => message.textContent()).toContain('No entry is called “austraia”. Did you mean');
    expect((await message.locator('a').allTextContents()).sort()).toEqual(['Australia', 'Austria']);
    expect(await columns(w.page)).toEqual(['Germany']);
    expect(await box(w.page).inputValue()).toBe('austraia');
    await message.getByRole('link', { name: 'Austria' }).click();
    await w.page.waitForURL(/\?e=germany,austria$/);
    await expect.poll(() => columns(w.page)).toEqual(['Germany', 'Austria']);
    // A name like no entry's: said, and nothing offered.
    await box(w.page).fill('atlantis');
    await box(w.page).press('Enter');
    await expect.poll(() => message.textContent()).toMatch(/No entry is called “atlantis”\. Check the spelling/);
    await done(w);
  });

  it('names unknown entries of the address instead of showing a blank page', async () => {
    const w = await open('/compare/?e=germany,atlantis,<b>x</b>');
    await w.page.waitForSelector('#compare-result table');
    const message = await w.page.locator('#compare-message').textContent();
    expect(message).toContain('“atlantis”');
    expect(message).toContain('“<b>x</b>”');
    expect(await w.page.locator('#compare-message b').count()).toBe(0);
    expect(await columns(w.page)).toEqual(['Germany']);
    expect(message).toMatch(/Add at least one more entry/);

    await w.page.goto(`${baseUrl()}/compare/?e=nowhere`);
    await expect.poll(() => w.page.locator('#compare-message').textContent()).toContain('“nowhere”');
    expect(await w.page.locator('#compare-result table').count()).toBe(0);
    await done(w);
  });

  it('on a 390 px phone, puts each value under its label, full width', async () => {
    const w = await open('/compare/?e=germany,france,united-kingdom', PHONE);
    await w.page.waitForSelector('#compare-result table');
    const rows = await w.page.locator('#compare-result tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const row = tr.getBoundingClientRect();
        const th = tr.querySelector('th')!.getBoundingClientRect();
        return {
          label: tr.querySelector('th')!.textContent,
          cells: [...tr.querySelectorAll('td')].map((td) => {
            const cell = td.getBoundingClientRect();
            // The value: every line box of the cell's contents (text and links), without its ::before label.
            const range = document.createRange();
            range.selectNodeContents(td);
            const lines = [...range.getClientRects()];
            const entryLabel = getComputedStyle(td, '::before');
            return {
              // The cell starts under the row's label and spans the row.
              underRowLabel: cell.top >= th.bottom - 1,
              fullWidth: Math.abs(cell.left - row.left) < 1 && Math.abs(cell.width - row.width) < 1,
              // The entry's name is a line of its own above the value; the value starts at the left edge.
              entryLabelAbove: entryLabel.display === 'block' && entryLabel.content !== 'none',
              valueBelowEntryLabel: Math.min(...lines.map((l) => l.top)) - cell.top >= 10,
              valueAtLeftEdge: Math.abs(Math.min(...lines.map((l) => l.left)) - cell.left) < 1,
            };
          }),
        };
      }),
    );
    expect(rows.map((r) => r.label)).toHaveLength(7);
    const ok = {
      underRowLabel: true,
      fullWidth: true,
      entryLabelAbove: true,
      valueBelowEntryLabel: true,
      valueAtLeftEdge: true,
    };
    for (const { label, cells } of rows) expect(cells, label).toEqual([ok, ok, ok]);
    await done(w);
  });

  it('without JavaScript, says what it is and points to the groups and the A–Z list', async () => {
    const w = await open('/compare/?e=germany,france', { javaScriptEnabled: false });
    expect(await w.page.locator('main h1').textContent()).toBe('Compare');
    expect(await w.page.locator('main .lede').textContent()).toMatch(/side by side/);
    // No box that could do nothing: the form shows only with the script.
    expect(await w.page.locator('#compare-form').isVisible()).toBe(false);
    const links = await hrefs(w.page, 'main a');
    expect(links).toEqual(expect.arrayContaining(['/groups/', '/a-z/', '/groups/eu/']));
    await done(w);
  });
});

describe('print', () => {
  it('an entry prints as a brief: status, scopes, evidence, every source address, permalink and date', async () => {
    const slug = 'united-kingdom';
    const entry = contentEntries().find((e) => e.slug === slug)!;
    const w = await open(`/countries/${slug}/`);
    await w.page.emulateMedia({ media: 'print' });
    await w.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await w.page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await w.page.pdf({ format: 'A4', printBackground: false });
    const { totalPages: total, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    // Long addresses wrap across lines in the PDF: compare without white space.
    const flat = text.replace(/\s+/g, '');
    const urls = entry.data.events.flatMap((e) => e.sources.flatMap((s) => (s.url ? [s.url] : [])));
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter((u) => !flat.includes(u.replace(/\s+/g, '')))).toEqual([]);
    expect(text).toContain('United Kingdom');
    expect(text).toMatch(/Printed from \S+\/countries\/united-kingdom\/ on \d{1,2} \w+ \d{4}/);
    expect(text).toMatch(/Multiple reports|Official text|Official statement/);
    expect(text).not.toContain('Skip to content');
    // 23 events and 50 sources: a brief, not a book.
    console.log(`[print] /countries/${slug}/: ${total} A4 pages, ${(pdf.length / 1024).toFixed(0)} KB`);
    expect(total).toBeLessThanOrEqual(14);
    await done(w);
  });
});
