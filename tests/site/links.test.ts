// Link integrity over the built HTML: internal links and #fragments resolve, ids are unique per
// page, and external links are https and open with rel="noopener noreferrer".
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, page } from '../support/dist.ts';
import { checkPageLinks, type LinkProblem } from '../support/link-check.ts';

describe('links in the built site', () => {
  const pages = builtPages();
  const files = new Set(builtFiles());
  const problems: LinkProblem[] = [];
  for (const path of pages) problems.push(...checkPageLinks(path, page(path), { files, page }));

  it('visits every page', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('every internal link and fragment resolves', () => {
    expect(problems.filter((p) => p.kind === 'broken-link' || p.kind === 'broken-fragment')).toEqual([]);
  });

  it('no page has duplicate ids', () => {
    expect(problems.filter((p) => p.kind === 'duplicate-id')).toEqual([]);
  });

  it('every external link is https and opens without opener or referrer', () => {
    expect(problems.filter((p) => p.kind === 'external')).toEqual([]);
  });
});
