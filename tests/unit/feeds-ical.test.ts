import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ApiEventListItem } from '../../src/lib/api/schema.ts';
import { nextDay } from '../../src/lib/calendar-date.ts';
import { deadlineEvent, deadlineEvents, escapeText, foldLine, renderCalendar } from '../../src/lib/outputs/ical.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replaceAll('\r\n ', '');

// The tests' build date: every deadline below is judged against it, never against the clock.
const TODAY = '2026-12-06';

describe('TEXT escaping', () => {
  it.each([
    ['a\\b', 'a\\\\b'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo', 'one\\ntwo'],
    ['one\rtwo', 'one\\ntwo'],
    ['colon: fine', 'colon: fine'],
    ['bell\u0007 gone, tab\tkept', 'bell gone\\, tab\tkept'],
    ['\\n is not a newline', '\\\\n is not a newline'],
  ])('%j → %j', (value, expected) => {
    expect(escapeText(value)).toBe(expected);
  });
});

describe('line folding', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds long ASCII lines into lines of at most 75 octets that unfold to the original', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(4);
    for (const [i, l] of physical.entries()) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
    }
    expect(octets(physical[0]!)).toBe(75);
    expect(unfold(folded)).toBe(line);
  });

  it.each([
    ['two-byte', 'é'],
    ['three-byte', '中'],
    ['four-byte', '🎉'],
    ['mixed', 'aé中🎉'],
  ])('never splits a %s UTF-8 character', (_, chars) => {
    for (let pad = 0; pad < 4; pad++) {
      const line = `SUMMARY:${'x'.repeat(pad)}${chars.repeat(60)}`;
      const folded = foldLine(line);
      for (const l of folded.split('\r\n')) {
        expect(octets(l)).toBeLessThanOrEqual(75);
        // A split sequence would not survive a round trip through UTF-8.
        expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
        expect(l).not.toMatch(/[\uD800-\uDBFF]$/);
      }
      expect(unfold(folded)).toBe(line);
    }
  });
});

describe('deadline dates', () => {
  const event = (deadline: string): ApiEventListItem & { deadline: string } => ({
    id: 'removal-law',
    date: '2020-07-14',
    title: 'Removal ordered; phones, too',
    type: 'law',
    evidence: 'official-text',
    status: 'restricted',
    deadline,
    deadlineOutcome: 'pending',
    sources: [{ publisher: 'Gazette, official', date: '2020-07-14', url: 'https://gazette.example/a' }],
    url: 'https://x.example/countries/zeta/#removal-law',
    entry: {
      kind: 'countries',
      slug: 'zeta',
      name: 'Zeta',
      status: 'restricted',
      url: 'https://x.example/countries/zeta/',
      apiUrl: 'https://x.example/api/v1/countries/zeta.json',
    },
  });

  it('a day-precision deadline is that day, without "by"', () => {
    const e = deadlineEvent(event('2027-03-01'), 'x.example', TODAY);
    expect(e.day).toBe('2027-03-01');
    expect(e.summary).toBe('Deadline for Zeta: Removal ordered; phones, too');
  });

  it('a month-precision deadline is the last day of the month (leap years included) and says "by"', () => {
    expect(deadlineEvent(event('2028-02'), 'x.example', TODAY).day).toBe('2028-02-29');
    expect(deadlineEvent(event('2027-02'), 'x.example', TODAY).day).toBe('2027-02-28');
    const e = deadlineEvent(event('2027-06'), 'x.example', TODAY);
    expect(e.day).toBe('2027-06-30');
    expect(e.summary).toContain('by June 2027');
  });

  it('a year-precision deadline is 31 December and says "by"', () => {
    const e = deadlineEvent(event('2027'), 'x.example', TODAY);
    expect(e.day).toBe('2027-12-31');
    expect(e.summary).toBe('Deadline for Zeta, by 2027: Removal ordered; phones, too');
    expect(e.description).toContain('31 December 2027');
  });

  it('the end date is the next day, across months and years', () => {
    expect(nextDay('2027-12-31')).toBe('2028-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-02-28')).toBe('2027-03-01');
  });

  it('a deadline still pending after its date says its outcome is not yet recorded', () => {
    const due = { ...event('2026-12-05'), deadlineOutcome: 'pending' as const };
    expect(deadlineEvent(due, 'x.example', TODAY).summary).toContain('(outcome not yet recorded)');
    expect(deadlineEvent(due, 'x.example', '2026-12-05').summary).not.toContain('(');
    expect(deadlineEvent(due, 'x.example', '2026-12-05').description).toContain('Outcome: Not yet due.');
  });

  it('UIDs are built from the entry, the event id and the host', () => {
    expect(deadlineEvent(event('2027'), 'x.example', TODAY).uid).toBe('countries/zeta#removal-law@x.example');
  });

  it('only events with a deadline become calendar events, soonest first', () => {
    const { deadline: _, ...noDeadline } = event('2027');
    const list = deadlineEvents(
      [event('2029'), noDeadline, { ...event('2026-05'), id: 'earlier' }],
      'x.example',
      TODAY,
    );
    expect(list.map((e) => e.day)).toEqual(['2026-05-31', '2029-12-31']);
  });

  it('renders a calendar that ical.js reads back, every line within 75 octets and ended by CRLF', () => {
    const text = renderCalendar({
      prodId: '-//Test//Deadlines//EN',
      name: 'Test: deadlines',
      description: 'Deadlines, with; punctuation\nand lines — and “quotes”',
      url: 'https://x.example/deadlines.ics',
      stamp: '2026-11-22',
      events: deadlineEvents(
        [event('2027'), { ...event('2027-06-15'), id: 'b', detail: 'Détail très long '.repeat(20) }],
        'x.example',
        TODAY,
      ),
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Test: deadlines');
    expect(cal.getFirstPropertyValue('description')).toBe('Deadlines, with; punctuation\nand lines — and “quotes”');
    const [first, second] = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(first!.startDate.toString()).toBe('2027-06-15');
    expect(first!.endDate.toString()).toBe('2027-06-16');
    expect(first!.description).toContain('Détail très long Détail');
    expect(second!.uid).toBe('countries/zeta#removal-law@x.example');
    expect(second!.startDate.isDate).toBe(true);
    expect(second!.startDate.toString()).toBe('2027-12-31');
    expect(second!.summary).toBe('Deadline for Zeta, by 2027: Removal ordered; phones, too');
    expect(String(second!.component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-22T00:00:00Z');
    expect(second!.description).toContain('1. Gazette, official, 14 July 2020, https://gazette.example/a');
  });
});
