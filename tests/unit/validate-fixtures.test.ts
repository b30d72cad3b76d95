// One invalid fixture per rule (tests/fixtures/invalid/<rule>/), each added to an otherwise valid
// site. Every case must fail with a message naming its file and field.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_RULES, FAQ_RULES, formatIssue, MAX_BODY_BYTES, validateContent } from '../../src/lib/validate/index.ts';
import { caseFiles, FIXTURES, fixtureFiles, VALID_DIR } from '../support/fixtures.ts';
import { BAD, EXPECTED, TODAY } from '../fixtures/invalid/expected.ts';

describe('the valid fixtures', () => {
  it('validate without a single issue', () => {
    const { entries, faqs, issues } = validateContent(fixtureFiles(VALID_DIR), { today: TODAY });
    expect(issues).toEqual([]);
    expect(entries.map((e) => e.slug).sort()).toEqual(['example-telecom', 'example-union', 'exampleland']);
    expect(faqs.map((f) => f.slug)).toEqual(['why']);
  });
});

describe('one invalid fixture per rule', () => {
  const cases = readdirSync(join(FIXTURES, 'invalid'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('has an expectation for every fixture folder, and a folder for every expectation', () => {
    expect(cases).toEqual(Object.keys(EXPECTED).sort());
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s is rejected, naming the file and the field', (name) => {
    const [file, field, message] = EXPECTED[name]!;
    const { issues } = validateContent(caseFiles(join(FIXTURES, 'invalid', name)), { today: TODAY });
    expect(issues.length, issues.map(formatIssue).join('\n')).toBeGreaterThan(0);
    const lines = issues.map(formatIssue);
    expect(
      lines.some((l) => l.startsWith(`${file} › ${field}: `) && l.includes(message)),
      lines.join('\n'),
    ).toBe(true);
    // Only one file is blamed: a fixture breaks one rule of an otherwise valid site.
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set([file]));
  });
});

describe('every rule across entries has an invalid fixture', () => {
  // A rule without a fixture could be replaced by \`false\` and every test would still pass.
  const folders = Object.keys(EXPECTED);
  const rules = [...ENTRY_RULES, ...FAQ_RULES]
    .map((r) => r.name)
    .concat(['duplicate-slug', 'body-link-to-missing', 'faq-contradicts-data', 'coverage']);
  it.each(rules)('%s', (rule) => {
    expect(folders.filter((f) => f === rule || f.startsWith(`${rule}-`))).not.toEqual([]);
  });
});

describe('inputs that must be accepted', () => {
  it('tags inside code, a link with parentheses, site paths and https references', () => {
    const { entries, issues } = validateContent(caseFiles(join(FIXTURES, 'accepted', 'markdown-code')), {
      today: TODAY,
    });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(entries.map((e) => e.slug)).toContain('badland');
  });

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
    const big = new TextEncoder().encode(
      `${new TextDecoder().decode(valid!.bytes)}\n${'Lorem ipsum dolor sit amet. '.repeat(40_000)}`,
    );
    expect(big.length).toBeGreaterThan(1_000_000);
    const { issues } = validateContent([{ ...valid!, bytes: big }], { today: TODAY });
    expect(issues.map(formatIssue)).toEqual([
      `${BAD} › (body): is 1120 KB; the limit is ${MAX_BODY_BYTES / 1000} KB: keep context short and put facts in events`,
    ]);
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
