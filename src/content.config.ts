// The three collections of entries, read from the top-level content/ folder. The schema is the one
// in src/lib/schema, shared with the standalone validator (scripts/validate.ts).
import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, glob } from 'astro/loaders';
import { config } from './config.ts';
import { CoverageItemSchema } from './lib/coverage/coverage.ts';
import { ENTRY_SCHEMAS, FaqSchema } from './lib/schema/index.ts';

// CONTENT_DIR lets the build and the benchmark point the site at another content folder.
const { contentDir } = config;

const entries = (kind: keyof typeof ENTRY_SCHEMAS) =>
  defineCollection({
    // retainBody: false keeps only the rendered HTML in Astro's data store, not the Markdown too:
    // less memory and a smaller store to serialise at 10,000 entries.
    loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/${kind}`, retainBody: false }),
    schema: ENTRY_SCHEMAS[kind],
  });

export const collections = {
  countries: entries('countries'),
  companies: entries('companies'),
  organizations: entries('organizations'),
  faq: defineCollection({ loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/faq` }), schema: FaqSchema }),
  // States searched with no public decision found, keyed by ISO code (optional: a benchmark's
  // generated content has none).
  ...(existsSync(`${contentDir}/coverage.yaml`)
    ? { coverage: defineCollection({ loader: file(`${contentDir}/coverage.yaml`), schema: CoverageItemSchema }) }
    : {}),
};
