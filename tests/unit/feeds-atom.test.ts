import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { ApiEventListItem } from '../../src/lib/api/schema.ts';
import { escapeHtml, escapeXml } from '../../src/lib/escape.ts';
import { atomDate, eventFeed, eventFeedEntry, eventTagUri, renderAtom } from '../../src/lib/outputs/atom.ts';

describe('XML escaping', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['"double" \'single\'', '&quot;double&quot; &apos;single&apos;'],
    ['&amp; stays visible', '&amp;amp; stays visible'],
    [']]>', ']]&gt;'],
    ['Telefónica 中国 🎉', 'Telefónica 中国 🎉'],
    ['tab\tnewline\ncr\r', 'tab\tnewline\ncr\r'],
  ])('%j → %j', (value, expected) => {
    expect(escapeXml(value)).toBe(expected);
  });

  it('drops characters XML 1.0 cannot hold: control characters, lone surrogates, U+FFFE', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
  });

  it('escapes HTML before it is escaped again into the feed', () => {
    expect(escapeHtml('<b>"AT&T"</b>')).toBe('&lt;b&gt;&quot;AT&amp;T&quot;&lt;/b&gt;');
    expect(escapeXml(escapeHtml('AT&T'))).toBe('AT&amp;amp;T');
  });
});

describe('Atom dates', () => {
  it.each([
    ['2019', '2019-01-01T00:00:00Z'],
    ['2019-05', '2019-05-01T00:00:00Z'],
    ['2019-05-16', '2019-05-16T00:00:00Z'],
  ])('%s → %s (the start of the period)', (date, expected) => {
    expect(atomDate(date)).toBe(expected);
  });

  it('rejects what is not a calendar date', () => {
    expect(() => atomDate('May 2019')).toThrow();
  });
});

describe('event feeds', () => {
  const ctx = {
    host: 'x.example',
    statusScheme: 'https://x.example/status/',
    today: '2026-12-06',
    typeScheme: 'https://x.example/about/#vocabulary',
  };
  const event = (over: Partial<ApiEventListItem> = {}): ApiEventListItem => ({
    id: 'law',
    date: '2020-12',
    title: 'Ban on <script>alert("x")</script> & friends',
    detail: 'Detail with <b>markup</b> & an ampersand.',
    type: 'law',
    evidence: 'official-text',
    status: 'banned',
    sources: [
      { publisher: 'AT&T "News"', date: '2020-12-08', url: 'https://n.example/a?b=1&c=2', title: 'Headline <i>' },
    ],
    url: 'https://x.example/countries/zeta/#law',
    entry: {
      kind: 'countries',
      slug: 'zeta',
      name: 'Zeta & Co',
      status: 'banned',
      url: 'https://x.example/countries/zeta/',
      apiUrl: 'https://x.example/api/v1/countries/zeta.json',
    },
    ...over,
  });
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (n) => ['entry', 'link', 'category'].includes(n),
  });
  const options = {
    ...ctx,
    id: 'tag:x.example,2026:feed',
    title: 'Feed & title',
    selfUrl: 'https://x.example/feed.xml',
    pageUrl: 'https://x.example/timeline/',
    author: { name: 'Tracker' },
    emptyUpdated: '2026-11-22',
  };

  it('ids depend only on the host, the entry and the event id', () => {
    const a = eventFeedEntry(event(), ctx);
    const b = eventFeedEntry(event({ title: 'Edited title', date: '2020-12-07', detail: 'New detail' }), ctx);
    expect(a.id).toBe('tag:x.example,2026:event:countries/zeta/law');
    expect(b.id).toBe(a.id);
    expect(eventTagUri('x.example', event({ id: 'other' }))).not.toBe(a.id);
  });

  it('renders well-formed XML whatever the text holds, and reads back to the original text', () => {
    const { detail: _d, status: _s, ...bare } = event({ id: 'b', date: '2019' });
    const xml = renderAtom(eventFeed([event(), bare], options));
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed.title['#text']).toBe('Feed & title');
    expect(feed.updated).toBe('2020-12-01T00:00:00Z');
    const [first, second] = feed.entry;
    expect(first.title['#text']).toBe('Zeta & Co: Ban on <script>alert("x")</script> & friends');
    expect(first.link[0]['@_href']).toBe('https://x.example/countries/zeta/#law');
    expect(first.updated).toBe('2020-12-01T00:00:00Z');
    expect(second.updated).toBe('2019-01-01T00:00:00Z');
    expect(first.category.map((c: Record<string, string>) => c['@_term'])).toEqual(['banned', 'law']);
  });

  it('content is HTML escaped once for HTML and once for XML: markup in content stays text', () => {
    const xml = renderAtom(eventFeed([event()], options));
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    const html = parser.parse(xml).feed.entry[0].content['#text'] as string;
    const doc = parseHtml(html);
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.text).toContain('Detail with <b>markup</b> & an ampersand.');
    expect(doc.text).toContain('Sets the status: Banned');
    const link = doc.querySelector('ol a')!;
    expect(link.getAttribute('href')).toBe('https://n.example/a?b=1&c=2');
    expect(link.text).toBe('AT&T "News"');
  });

  it('an empty feed is dated by the fallback, never the clock', () => {
    expect(eventFeed([], options).updated).toBe('2026-11-22T00:00:00Z');
  });
});
