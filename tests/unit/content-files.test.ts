// The build validates once and hands the result to its data-file process through a file: what that
// process reads back must be exactly what was validated.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles, readValidatedContent, writeValidatedContent } from '../../src/build/content-files.ts';
import { validateContent } from '../../src/lib/validate/index.ts';
import { TEST_DATE } from '../support/test-date.ts';

const dir = mkdtempSync(join(tmpdir(), 'ht-validated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validated content handed between processes', () => {
  it('reads back the entries, FAQ answers and coverage exactly as validated', () => {
    const { entries, faqs, coverage, issues } = validateContent(readContentFiles('content'), { today: TEST_DATE });
    expect(issues).toEqual([]);
    const file = join(dir, 'validated');
    writeValidatedContent(file, { entries, faqs, ...(coverage ? { coverage } : {}) });
    const back = readValidatedContent(file);
    expect(back.entries).toEqual(entries);
    expect(back.faqs).toEqual(faqs);
    expect(back.coverage).toEqual(coverage);
    expect(back.entries.length).toBeGreaterThan(300);
  });
});
