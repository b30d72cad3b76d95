// content/coverage.yaml: the sovereign states searched with no public decision found. Checked like
// an entry: the shape by its schema, then rules against the entries.
import yaml from 'js-yaml';
import { isAfter } from '../calendar-date.ts';
import { CoverageFileSchema, type CoverageItem, isSovereignState } from '../coverage/coverage.ts';
import { formatFieldPath, type ValidationIssue } from './issue.ts';
import type { ContentFile, ParsedEntry } from './parse-file.ts';

export const COVERAGE_FILE = 'coverage.yaml';

export interface ParsedCoverage {
  file: string;
  items: Record<string, CoverageItem>;
}

/** Parse and check the shape of the coverage file. */
export function parseCoverageFile({ file, bytes }: ContentFile): {
  coverage?: ParsedCoverage;
  issues: ValidationIssue[];
} {
  let data: unknown;
  try {
    data = yaml.load(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    return {
      issues: [{ file, field: '(file)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }],
    };
  }
  const result = CoverageFileSchema.safeParse(data);
  if (!result.success) {
    return { issues: result.error.issues.map((i) => ({ file, field: formatFieldPath(i.path), message: i.message })) };
  }
  return { coverage: { file, items: result.data }, issues: [] };
}

/** Rules across the coverage file and the entries. */
export function coverageRules(
  coverage: ParsedCoverage,
  entries: readonly ParsedEntry[],
  today: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: coverage.file, field, message });
  const withEntry = new Map(entries.flatMap((e) => ('iso2' in e.data ? [[e.data.iso2, e.file] as const] : [])));
  for (const [code, item] of Object.entries(coverage.items)) {
    if (!isSovereignState(code)) add(code, `${code} is not one of the sovereign states the coverage page accounts for`);
    const file = withEntry.get(code);
    if (file) add(code, `${code} has an entry (${file}): remove it from ${COVERAGE_FILE}`);
    if (isAfter(item.searched, today))
      add(`${code}.searched`, `${item.searched} is in the future (build date ${today})`);
  }
  return issues;
}
