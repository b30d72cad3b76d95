/** One problem found in the content, located to a file and a field. Collected, never thrown. */
export interface ValidationIssue {
  /** Path relative to the project root, e.g. `content/countries/sweden.md`. */
  file: string;
  /** Field path in the frontmatter (`events[2].date`), or a pseudo-field: `(file)`, `(frontmatter)`, `(body)`. */
  field: string;
  message: string;
}

/** `["events", 2, "date"]` → `events[2].date`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(frontmatter)';
}

/** `content/countries/sweden.md › events[2].date: 2031-01-01 is in the future` */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file} › ${issue.field}: ${issue.message}`;
}

/** Stable order for reports: by file, then in the order found. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.file < b.issue.file ? -1 : a.issue.file > b.issue.file ? 1 : a.i - b.i))
    .map(({ issue }) => issue);
}
