import * as pagefind from 'pagefind';

/**
 * Index a built site with Pagefind's Node API. Only pages marked data-pagefind-body (the entry
 * pages) are indexed. Any error is thrown, so a broken index fails the build instead of shipping.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
