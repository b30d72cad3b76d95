// The annotated template is the authors' reference: it must stay a valid entry of the current schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, REGIONS, SCOPES } from '../../src/lib/schema/index.ts';
import { STATUSES } from '../../src/lib/status.ts';
import { parseEntryFile } from '../../src/lib/validate/index.ts';

const template = readFileSync(new URL('../../content/_template.md', import.meta.url), 'utf8');

describe('content/_template.md', () => {
  it('parses as a valid country entry once given a real ISO code', () => {
    const text = template.replace('iso2: EX', 'iso2: DE');
    const { entry, issues } = parseEntryFile({
      file: 'content/countries/exampleland.md',
      relPath: 'countries/exampleland.md',
      bytes: new TextEncoder().encode(text),
    });
    expect(issues).toEqual([]);
    expect(entry?.data.events).toHaveLength(1);
  });

  it('documents every value of every vocabulary', () => {
    for (const value of [...STATUSES, ...REGIONS, ...SCOPES, ...EVENT_TYPES]) expect(template).toContain(value);
  });
});

describe('content/faq/_template.md', () => {
  it('parses as a valid FAQ answer', async () => {
    const { parseContentFile } = await import('../../src/lib/validate/index.ts');
    const text = readFileSync(new URL('../../content/faq/_template.md', import.meta.url));
    const { doc, issues } = parseContentFile({ file: 'content/faq/why.md', relPath: 'faq/why.md', bytes: text });
    expect(issues).toEqual([]);
    expect(doc?.type).toBe('faq');
  });
});
