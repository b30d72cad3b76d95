// The three collections over the benchmark's generated content (CONTENT_DIR), with a permissive
// schema (z.looseObject is zod 4's object().passthrough()): the baseline measures Astro itself,
// not our validation.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['CONTENT_DIR'];
if (!contentDir) throw new Error('CONTENT_DIR must point at a content folder');

const entries = (kind: string) =>
  defineCollection({
    loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/${kind}` }),
    schema: z.looseObject({ name: z.string() }),
  });

export const collections = {
  countries: entries('countries'),
  companies: entries('companies'),
  organizations: entries('organizations'),
};
