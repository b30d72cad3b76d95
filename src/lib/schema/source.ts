import { z } from 'zod';
import { CalendarDateSchema, DayDateSchema } from './calendar-date.ts';
import { plainText } from './text.ts';

/** An https URL; http, other schemes and malformed addresses are rejected. */
export const HttpsUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a valid URL` });
    return;
  }
  if (url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: `"${value}" must use https` });
  else if (!url.hostname.includes('.')) ctx.addIssue({ code: 'custom', message: `"${value}" has no valid host` });
});

/** One citation. Reader comments and opinion pieces are never sources. */
export const SourceSchema = z
  .strictObject({
    publisher: plainText({ min: 1, max: 200 }).describe(
      'Required. The outlet or body that published it: "Reuters", "Ofcom", "ChannelE2E".',
    ),
    date: CalendarDateSchema.describe('Required. Publication date at the precision the source shows.'),
    approximate: z
      .boolean()
      .optional()
      .describe('Optional. True when the date is inferred (e.g. "on Monday" in an undated page); shown as "c.".'),
    title: plainText({ min: 1, max: 400 }).optional().describe("Optional. The headline, in the source's language."),
    url: HttpsUrlSchema.optional().describe(
      'Optional. Only a URL that is really known (seen, not constructed); https only.',
    ),
    accessed: DayDateSchema.optional().describe(
      'Optional, with `url` only. The day the address was last seen to support the claim (YYYY-MM-DD). A source without it shows its address as not re-checked.',
    ),
    archiveUrl: HttpsUrlSchema.optional().describe('Optional. An archived copy (archive.org, archive.is).'),
    primary: z.boolean().optional().describe("Optional. True for laws, regulators' decisions and official statements."),
    via: plainText({ min: 1, max: 200 })
      .optional()
      .describe('Optional. Where we read it when we did not see the original: "ChannelE2E list, page one".'),
    viaUrl: HttpsUrlSchema.optional().describe('Optional. The address of the page named in `via`, when known.'),
  })
  .refine((s) => s.viaUrl === undefined || s.via !== undefined, {
    error: 'viaUrl needs via: name the page it points to',
    path: ['viaUrl'],
  })
  .refine((s) => s.accessed === undefined || s.url !== undefined, {
    error: 'accessed needs url: it records when that address was checked',
    path: ['accessed'],
  });

export type Source = z.output<typeof SourceSchema>;
