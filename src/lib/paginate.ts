/**
 * Long lists are split into pages so every list page stays small as the record grows (the budget
 * is 100 KB of gzipped HTML). Page 1 lives at the list's own URL; page n at `<list>page/<n>/`.
 */
export const LIST_PAGE_SIZE = 250;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** The rest-parameter value for Astro routes: undefined for page 1, "page/2" after. */
  param: string | undefined;
}

export function paginate<T>(items: readonly T[], size = LIST_PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    param: i === 0 ? undefined : `page/${i + 1}`,
  }));
}

/** The URL of page `n` of a list whose first page is at `base` ("/status/banned/"). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** " (page 2 of 5)" after a list's title, or nothing when the list fits on one page. */
export function pageOfSuffix(page: Pick<Page<unknown>, 'number' | 'count'>): string {
  return page.count > 1 ? ` (page ${page.number} of ${page.count})` : '';
}
