// Checks every entry in content/ and reports every problem in one run:
//   content/countries/sweden.md › events[2].date: 2031-01-01 is in the future (build date 2026-11-22)
// Deadlines that have passed with their outcome still "pending" are notices, not problems: time
// passing never stops a build. `--strict` (for maintainers, not part of the build or the tests)
// counts them as problems too.
// Usage: node scripts/validate.ts [content-dir] [--strict]   (exit 1 when anything is wrong)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, validateContent } from '../src/lib/validate/index.ts';
import { readContentFiles, type ValidatedContent } from '../src/build/content-files.ts';
import { config } from '../src/config.ts';

export function runValidation(
  contentDir: string,
  today: string,
  { strict = false }: { strict?: boolean } = {},
): { ok: boolean } & ValidatedContent {
  const files = readContentFiles(resolve(contentDir));
  const { entries, faqs, coverage, issues: problems, notices } = validateContent(files, { today });
  const issues = strict
    ? [...problems, ...notices].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    : problems;
  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.length) {
    const bad = new Set(issues.map((i) => i.file)).size;
    console.error(`\n✗ ${issues.length} problem(s) in ${bad} of ${files.length} file(s). Nothing was built.`);
    return { ok: false, entries, faqs, ...(coverage ? { coverage } : {}) };
  }
  if (notices.length) {
    for (const notice of notices) console.warn(`notice: ${formatIssue(notice)}`);
    console.warn(
      `\n⚠  ${notices.length} deadline(s) have passed with no outcome recorded; the site shows "outcome not yet recorded" ` +
        'and `npm run review-queue` lists them first.\n',
    );
  }
  console.log(`✓ ${entries.length} entries and ${faqs.length} FAQ answers valid (build date ${today})`);
  return { ok: true, entries, faqs, ...(coverage ? { coverage } : {}) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { strict: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const { ok } = runValidation(positionals[0] ?? 'content', config.buildDate, { strict: values.strict });
  process.exitCode = ok ? 0 : 1;
}
