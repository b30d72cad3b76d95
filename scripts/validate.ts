// Checks every entry in content/ and reports every problem in one run:
//   content/countries/sweden.md › events[2].date: 2031-01-01 is in the future (build date 2026-11-22)
// Usage: node scripts/validate.ts [content-dir]   (exit 1 when anything is wrong)
import { resolve } from 'node:path';
import { formatIssue, type ParsedEntry, validateContent } from '../src/lib/validate/index.ts';
import { readContentFiles } from '../src/build/content-files.ts';
import { config } from '../src/config.ts';

export function runValidation(contentDir: string, today: string): { ok: boolean; entries: ParsedEntry[] } {
  const files = readContentFiles(resolve(contentDir));
  const { entries, faqs, issues } = validateContent(files, { today });
  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.length) {
    const bad = new Set(issues.map((i) => i.file)).size;
    console.error(`\n✗ ${issues.length} problem(s) in ${bad} of ${files.length} file(s). Nothing was built.`);
    return { ok: false, entries };
  }
  console.log(`✓ ${entries.length} entries and ${faqs.length} FAQ answers valid (build date ${today})`);
  return { ok: true, entries };
}

if (import.meta.main) {
  const { ok } = runValidation(process.argv[2] ?? 'content', config.buildDate);
  process.exitCode = ok ? 0 : 1;
}
