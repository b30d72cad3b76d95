import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Index a built site with Pagefind's Node API. Only pages marked data-pagefind-body (the entry
 * pages) are indexed. Any error is thrown, so a broken index fails the build instead of shipping.
 */
export async function indexSite(siteDir: string): Promise<{ files: number; pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(errors.join('; '));
    // Only entry and FAQ pages carry data-pagefind-body; reading just those skips parsing every list,
    // timeline and as-of page only to find nothing to index.
    const added = await index.addDirectory({
      path: siteDir,
      glob: '{countries,companies,organizations,faq}/*/index.html',
    });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // Pagefind also writes its ready-made search interfaces; the site has its own (src/client/search.ts).
    for (const name of readdirSync(`${siteDir}/pagefind`)) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name))
        rmSync(join(siteDir, 'pagefind', name));
    }
    // page_count counts the HTML files read; the index itself records how many pages it holds.
    const entry = JSON.parse(readFileSync(`${siteDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    return { files: added.page_count, pages };
  } finally {
    await pagefind.close();
  }
}
