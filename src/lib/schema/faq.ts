import { z } from 'zod';
import { DayDateSchema } from './calendar-date.ts';
import { KebabSchema } from './event.ts';
import { SourceSchema } from './source.ts';
import { plainText } from './text.ts';

/** A question readers arrive with: `content/faq/<slug>.md`. The body is the longer answer. */
export const FaqSchema = z.strictObject({
  question: z
    .string()
    .trim()
    .min(10)
    .max(160)
    .refine((q) => q.endsWith('?'), { error: 'a question ends with "?"' })
    .describe('Required. The question, as a reader would ask it, ending with "?".'),
  answer: plainText({ min: 40, max: 700 }).describe(
    'Required. The short answer: one to three sentences in our own words.',
  ),
  order: z.number().int().min(0).describe('Required. Position on the FAQ page, smallest first.'),
  lastVerified: DayDateSchema.describe(
    'Required. The day someone last checked the answer against its sources (YYYY-MM-DD).',
  ),
  related: z
    .array(KebabSchema)
    .default([])
    .describe('Optional. Slugs of the entries the answer is about; they are linked under it.'),
  sources: z
    .array(SourceSchema)
    .min(1, { error: 'every answer needs at least one source' })
    .describe("Required, at least one. The same rules as an event's sources; reader comments are never sources."),
});

export type FaqData = z.output<typeof FaqSchema>;
