// One invalid fixture per rule (tests/fixtures/invalid/<rule>/), each added to an otherwise valid
// site. Every case must fail with a message naming its file and field.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, MAX_BODY_BYTES, validateContent } from '../../src/lib/validate/index.ts';
import { caseFiles, FIXTURES, fixtureFiles, VALID_DIR } from '../support/fixtures.ts';

const TODAY = '2026-11-22';
const BAD = 'content/countries/badland.md';

/** case folder → [file, field, part of the message] */
export const EXPECTED: Record<string, [string, string, string]> = {
  'status-missing': [BAD, 'status', 'is required'],
  'status-unknown': [BAD, 'status', 'expected one of "banned"'],
  'status-disagrees-with-events': [BAD, 'status', 'the latest status-setting event'],
  'date-impossible': [BAD, 'events[0].date', '"2019-02-30" is not a real calendar date'],
  'date-month-13': [BAD, 'events[0].date', '"2019-13" is not a real calendar date'],
  'date-not-a-date': [BAD, 'events[0].date', '"yesterday" is not a date'],
  'date-in-future': [BAD, 'events[0].date', 'is in the future'],
  'last-verified-in-future': [BAD, 'lastVerified', 'is in the future'],
  'event-without-sources': [BAD, 'events[0].sources', 'at least one source'],
  'source-without-publisher': [BAD, 'events[0].sources[0].publisher', 'is required'],
  'source-without-date': [BAD, 'events[0].sources[0].date', 'is required'],
  'url-not-https': [BAD, 'events[0].sources[0].url', 'must use https'],
  'url-malformed': [BAD, 'events[0].sources[0].url', 'is not a valid URL'],
  // A duplicate is reported on the later of the two files by path, naming the earlier one.
  'duplicate-slug': ['content/countries/exampleland.md', '(file)', 'slug "exampleland" is already used by content/companies/exampleland.md'],
  'duplicate-name': ['content/countries/exampleland.md', 'name', 'is already claimed by content/countries/badland.md'],
  'duplicate-alias': ['content/countries/exampleland.md', 'aliases[1]', '"EXL" is already claimed by content/countries/badland.md'],
  'duplicate-event-id': [BAD, 'events[1].id', 'is already the id of events[0]'],
  'event-id-not-kebab-case': [BAD, 'events[0].id', 'must be kebab-case'],
  'event-id-reserved': [BAD, 'events[0].id', 'is reserved'],
  'related-slug-missing': [BAD, 'related[0]', '"atlantis" is not the slug of any entry'],
  'region-unknown': [BAD, 'region', 'expected one of "Africa"'],
  'scope-unknown': [BAD, 'events[0].scope[0]', 'expected one of "ran"'],
  'type-unknown': [BAD, 'events[0].type', 'expected one of "law"'],
  'iso-code-invalid': [BAD, 'iso2', 'is not an ISO 3166-1 alpha-2 country code'],
  'unknown-field': [BAD, 'capital', 'is not a field of this format'],
  'kind-unknown': ['content/planets/badland.md', '(file)', 'kind one of countries, companies, organizations'],
  'file-name-not-slug': ['content/countries/Bad_Land.md', '(file)', 'is not a valid slug'],
  'empty-file': [BAD, '(file)', 'is empty'],
  'frontmatter-missing': [BAD, '(frontmatter)', 'must start with a line "---"'],
  'frontmatter-not-closed': [BAD, '(frontmatter)', 'not closed'],
  'frontmatter-not-yaml': [BAD, 'lastVerified', 'not valid YAML'],
  'yaml-custom-tag': [BAD, 'summary', 'unknown tag'],
  'raw-html-in-body': [BAD, '(body)', 'raw HTML is not allowed'],
  'script-in-body': [BAD, '(body)', 'raw HTML is not allowed (found "<script>")'],
  'non-utf8-bytes': [BAD, '(file)', 'is not valid UTF-8'],
  'events-missing': [BAD, 'events', 'is required'],
  'faq-without-sources': ['content/faq/why.md', 'sources', 'at least one source'],
  'faq-question-without-question-mark': ['content/faq/why.md', 'question', 'ends with "?"'],
  'faq-related-slug-missing': ['content/faq/why.md', 'related[0]', '"atlantis" is not the slug of any entry'],
  'body-link-to-missing-event': ['content/faq/why.md', '(body)', 'points to no event of /countries/exampleland/'],
  'body-link-not-https': ['content/faq/why.md', '(body)', 'must use https'],
};

describe('the valid fixtures', () => {
  it('validate without a single issue', () => {
    const { entries, faqs, issues } = validateContent(fixtureFiles(VALID_DIR), { today: TODAY });
    expect(issues).toEqual([]);
    expect(entries.map((e) => e.slug).sort()).toEqual(['example-telecom', 'example-union', 'exampleland']);
    expect(faqs.map((f) => f.slug)).toEqual(['why']);
  });
});

describe('one invalid fixture per rule', () => {
  const cases = readdirSync(join(FIXTURES, 'invalid')).sort();

  it('has an expectation for every fixture folder, and a folder for every expectation', () => {
    expect(cases).toEqual(Object.keys(EXPECTED).sort());
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s is rejected, naming the file and the field', (name) => {
    const [file, field, message] = EXPECTED[name]!;
    const { issues } = validateContent(caseFiles(join(FIXTURES, 'invalid', name)), { today: TODAY });
    expect(issues.length, issues.map(formatIssue).join('\n')).toBeGreaterThan(0);
    const lines = issues.map(formatIssue);
    expect(lines.some((l) => l.startsWith(`${file} › ${field}: `) && l.includes(message)), lines.join('\n')).toBe(true);
    // Only one file is blamed: a fixture breaks one rule of an otherwise valid site.
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set([file]));
  });
});

describe('inputs that must be accepted', () => {
  it('a byte-order mark and Windows line endings', () => {
    const files = fixtureFiles(join(FIXTURES, 'accepted', 'bom-crlf'));
    expect([...files[0]!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { entries, issues } = validateContent(files, { today: TODAY });
    expect(issues).toEqual([]);
    expect(entries[0]!.data.name).toBe('Badland');
  });
});

describe('a body over the size limit', () => {
  it('is rejected with its size', () => {
    const [valid] = fixtureFiles(join(FIXTURES, 'accepted', 'bom-crlf'));
    const big = new TextEncoder().encode(`${new TextDecoder().decode(valid!.bytes)}\n${'Lorem ipsum dolor sit amet. '.repeat(40_000)}`);
    expect(big.length).toBeGreaterThan(1_000_000);
    const { issues } = validateContent([{ ...valid!, bytes: big }], { today: TODAY });
    expect(issues.map(formatIssue)).toEqual([`${BAD} › (body): is 1120 KB; the limit is ${MAX_BODY_BYTES / 1000} KB: keep context short and put facts in events`]);
  });
});

describe('every problem in one run', () => {
  it('reports issues from several files and several fields together, sorted by file', () => {
    const files = [
      ...caseFiles(join(FIXTURES, 'invalid', 'status-missing')),
      ...fixtureFiles(join(FIXTURES, 'invalid', 'file-name-not-slug')),
    ];
    const { issues } = validateContent(files, { today: TODAY });
    const located = issues.map((i) => `${i.file} › ${i.field}`);
    expect(located).toContain('content/countries/badland.md › status');
    expect(located).toContain('content/countries/Bad_Land.md › (file)');
    expect([...located].sort()).toEqual(located);
  });
});
