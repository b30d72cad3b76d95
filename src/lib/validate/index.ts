import { sortIssues, type ValidationIssue } from './issue.ts';
import { parseContentFile, type ContentFile, type ParsedEntry, type ParsedFaq } from './parse-file.ts';
import {
  bodyLinkToMissing,
  duplicateSlug,
  ENTRY_RULES,
  FAQ_RULES,
  faqContradictsData,
  overdueDeadlines,
} from './rules.ts';
import { COVERAGE_FILE, coverageRules, parseCoverageFile, type ParsedCoverage } from './coverage.ts';

export * from './issue.ts';
export * from './parse-file.ts';
export * from './rules.ts';
export * from './markdown.ts';
export * from './coverage.ts';

export interface ValidationResult {
  /** Entries that passed their own checks (cross-entry issues may still name them). */
  entries: ParsedEntry[];
  /** FAQ answers that passed their own checks. */
  faqs: ParsedFaq[];
  /** content/coverage.yaml, when present and well formed. */
  coverage?: ParsedCoverage;
  issues: ValidationIssue[];
  /**
   * What time passing has made due, never an error: deadlines whose date has passed with the outcome
   * still pending. The build prints them; `validate --strict` refuses them.
   */
  notices: ValidationIssue[];
}

/** Check every file, then the rules across entries; every issue of the whole run, sorted by file. */
export function validateContent(unordered: readonly ContentFile[], { today }: { today: string }): ValidationResult {
  // Sorted by path, so which of two clashing files is reported does not depend on how they were read.
  const files = [...unordered].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  const entries: ParsedEntry[] = [];
  const faqs: ParsedFaq[] = [];
  // Entry slugs share one namespace across kinds (related links name them alone); FAQ slugs are their own.
  const coverageFile = files.find((f) => f.relPath === COVERAGE_FILE);
  const contentFiles = files.filter((f) => f !== coverageFile);
  const named = contentFiles
    .filter(({ relPath }) => !relPath.startsWith('faq/'))
    .map(({ file, relPath }) => ({ file, slug: relPath.replace(/^.*\//, '').replace(/\.md$/, '') }));
  const issues: ValidationIssue[] = duplicateSlug(named);
  for (const file of contentFiles) {
    const { doc, issues: own } = parseContentFile(file);
    for (const issue of own) issues.push(issue);
    if (doc?.type === 'entry') entries.push(doc);
    if (doc?.type === 'faq') faqs.push(doc);
  }
  const slugs = new Set(named.map((n) => n.slug));
  // concat, not push(...list): a list of 100,000 issues would overflow the call stack as arguments.
  const ctx = { today, slugs };
  let all = issues;
  for (const rule of ENTRY_RULES) all = all.concat(rule.check(entries, ctx));
  for (const rule of FAQ_RULES) all = all.concat(rule.check(faqs, ctx));
  all = all.concat(bodyLinkToMissing([...entries, ...faqs], entries));
  all = all.concat(faqContradictsData(faqs, entries, today));
  let coverage: ParsedCoverage | undefined;
  if (coverageFile) {
    const parsed = parseCoverageFile(coverageFile);
    all = all.concat(parsed.issues);
    coverage = parsed.coverage;
    if (coverage) all = all.concat(coverageRules(coverage, entries, today));
  }
  return {
    entries,
    faqs,
    ...(coverage ? { coverage } : {}),
    issues: sortIssues(all),
    notices: sortIssues(overdueDeadlines(entries, ctx)),
  };
}
