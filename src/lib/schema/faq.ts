import { z } from 'zod';
import { DayDateSchema } from './calendar-date.ts';
import { KebabSchema } from './event.ts';
import { SourceSchema } from './source.ts';
import { plainText } from './text.ts';

/** A question readers arrive with: `content/faq/<slug>.md`. The body is the longer answer. */
export const FaqSchema = z.strictObject({
  /** Required. The question, as a reader would ask it, ending with "?". */
  question: z
    .string()
    .trim()
    .min(10)
    .max(160)
    .refine((q) => q.endsWith('?'), { error: 'a question ends with "?"' }),
  /** Required. The short answer: one to three sentences in our own words. */
  answer: plainText({ min: 40, max: 700 }),
  /** Required. Position on the FAQ page, smallest first. */
  order: z.number().int().min(0),
  /** Required. The day someone last checked the answer against its sources (YYYY-MM-DD). */
  lastVerified: DayDateSchema,
  /** Optional. Slugs of the entries the answer is about; they are linked under it. */
  related: z.array(KebabSchema).default([]),
  /** Required, at least one. The same rules as an event's sources; reader comments are never sources. */
  sources: z.array(SourceSchema).min(1, { error: 'every answer needs at least one source' }),
});

export type FaqData = z.output<typeof FaqSchema>;
