import { z } from 'zod';

/** Bidirectional embedding, override and isolate controls: they can make text read differently than it is stored. */
const BIDI_RE = /[\u202A-\u202E\u2066-\u2069]/u;
/** C0 and C1 control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** The start of a tag, a comment or a declaration: `<img`, `</b`, `<!--`. A bare "<" (as in "< 10%") is fine. */
const MARKUP_RE = /<[A-Za-z/!?]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text shown on pages, in feeds and in the API: names, aliases, titles, summaries, notes. It is
 * escaped everywhere it is printed; the validator also keeps markup and invisible controls out, so
 * what an author sees in the file is what a reader sees.
 */
export function plainText({ min, max }: { min: number; max: number }) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      const bidi = BIDI_RE.exec(value);
      if (bidi)
        ctx.addIssue({
          code: 'custom',
          message: `contains the invisible direction control ${codePoint(bidi[0])}: remove it`,
        });
      const control = CONTROL_RE.exec(value);
      if (control)
        ctx.addIssue({ code: 'custom', message: `contains the control character ${codePoint(control[0])}: remove it` });
      const markup = MARKUP_RE.exec(value);
      if (markup)
        ctx.addIssue({
          code: 'custom',
          message: `contains markup ("${value.slice(markup.index, markup.index + 12)}…"): write plain text`,
        });
    });
}
