import { sortIssues, type ValidationIssue } from './issue.ts';
import { parseEntryFile, type ContentFile, type ParsedEntry } from './parse-file.ts';
import { checkEntries, checkSlugs } from './rules.ts';

export * from './issue.ts';
export * from './parse-file.ts';
export * from './rules.ts';

export interface ValidationResult {
  /** Entries that passed their own checks (cross-entry issues may still name them). */
  entries: ParsedEntry[];
  issues: ValidationIssue[];
}

/** Check every file, then the rules across entries; every issue of the whole run, sorted by file. */
export function validateContent(files: readonly ContentFile[], { today }: { today: string }): ValidationResult {
  const entries: ParsedEntry[] = [];
  const named = files.map(({ file, relPath }) => ({ file, slug: relPath.replace(/^.*\//, '').replace(/\.md$/, '') }));
  const issues: ValidationIssue[] = checkSlugs(named);
  for (const file of files) {
    const result = parseEntryFile(file);
    issues.push(...result.issues);
    if (result.entry) entries.push(result.entry);
  }
  issues.push(...checkEntries(entries, { today, slugs: new Set(named.map((n) => n.slug)) }));
  return { entries, issues: sortIssues(issues) };
}
