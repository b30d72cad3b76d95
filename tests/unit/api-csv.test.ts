import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, EVENT_CSV_COLUMNS, eventCsvRecords, eventsCsv, toCsv } from '../../src/lib/outputs/csv.ts';
import type { ApiEventListItem } from '../../src/lib/api/schema.ts';

describe('toCsv (RFC 4180)', () => {
  it('leaves plain fields alone and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\ronly', '"cr\ronly"'],
    ['crlf\r\nend', '"crlf\r\nend"'],
    ['  spaces kept  ', '  spaces kept  '],
    ["it's", "it's"],
    ['Telefónica; 中国', 'Telefónica; 中国'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes null and undefined as empty fields, booleans and numbers as text', () => {
    expect(toCsv([[null, undefined, true, false, 3]])).toBe(',,true,false,3\r\n');
  });

  it('parses back to the same values, however awkward', () => {
    const rows = [
      ['h1', 'h2', 'h3'],
      ['a,b', 'quote " inside', 'multi\r\nline'],
      ['', '""', 'trailing,'],
      ['émoji 🎉', '\n', ' '],
    ];
    expect(parse(toCsv(rows), { record_delimiter: '\r\n' })).toEqual(rows);
  });
});

describe('events.csv rows', () => {
  const event = (over: Partial<ApiEventListItem>): ApiEventListItem => ({
    id: 'law',
    date: '2020-12',
    title: 'A law, with "quotes"',
    type: 'law',
    evidence: 'single-report',
    sources: [{ publisher: 'A', date: '2020-12' }],
    url: 'https://x.example/countries/zeta/#law',
    entry: {
      kind: 'countries',
      slug: 'zeta',
      name: 'Zeta',
      status: 'banned',
      url: 'https://x.example/countries/zeta/',
      apiUrl: 'https://x.example/api/v1/countries/zeta.json',
    },
    ...over,
  });

  it('has one record per event and source, numbered from 1', () => {
    const records = eventCsvRecords([
      event({
        sources: [
          { publisher: 'A', date: '2020' },
          { publisher: 'B, Inc.', date: '2021-01-02', primary: true, url: 'https://b.example/x', via: 'List' },
        ],
      }),
      event({ id: 'other', status: 'banned', scope: ['ran', 'core'], deadline: '2027', approximate: true }),
    ]);
    expect(records.map((r) => [r.event_id, r.source_n, r.source_publisher])).toEqual([
      ['law', '1', 'A'],
      ['law', '2', 'B, Inc.'],
      ['other', '1', 'A'],
    ]);
    expect(records[1]).toMatchObject({
      source_primary: 'true',
      source_url: 'https://b.example/x',
      source_via: 'List',
      source_date: '2021-01-02',
    });
    expect(records[0]).toMatchObject({
      event_status: '',
      event_scope: '',
      event_deadline: '',
      event_approximate: 'false',
      source_primary: 'false',
    });
    expect(records[2]).toMatchObject({
      event_status: 'banned',
      event_scope: 'ran;core',
      event_deadline: '2027',
      event_approximate: 'true',
    });
  });

  it('writes the documented columns in order, and quotes what needs it', () => {
    const csv = eventsCsv([event({})]);
    const [header, row]: string[][] = parse(csv, { record_delimiter: '\r\n' });
    expect(header).toEqual(EVENT_CSV_COLUMNS.map(([c]) => c));
    expect(row![header!.indexOf('event_title')]).toBe('A law, with "quotes"');
    expect(csv).toContain('"A law, with ""quotes"""');
  });
});
