import { isAfter } from '../calendar.ts';
import { latestStatusEvent } from '../timeline.ts';
import type { ValidationIssue } from './issue.ts';
import type { ParsedDoc, ParsedEntry, ParsedFaq } from './parse-file.ts';

/** Names and aliases are compared without case, accents or punctuation: "Türkiye" = "turkiye". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface RuleOptions {
  /** The build date, YYYY-MM-DD. Nothing but a deadline may lie after it. */
  today: string;
  /** Slugs of every entry file, valid or not, so a broken entry does not also break links to it. */
  slugs: ReadonlySet<string>;
}

/** The file name is the slug: it must be unique across kinds, because `related` names entries by slug alone. */
export function checkSlugs(files: ReadonlyArray<{ file: string; slug: string }>): ValidationIssue[] {
  const seen = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  for (const { file, slug } of files) {
    const first = seen.get(slug);
    if (first) issues.push({ file, field: '(file)', message: `slug "${slug}" is already used by ${first}` });
    else seen.set(slug, file);
  }
  return issues;
}

/**
 * Rules that need more than one field or more than one entry. Every rule adds issues; none throws,
 * so one run reports everything.
 */
export function checkEntries(entries: readonly ParsedEntry[], { today, slugs }: RuleOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const names = new Map<string, { entry: ParsedEntry; field: string }>();

  for (const entry of entries) {
    const add = (field: string, message: string) => issues.push({ file: entry.file, field, message });
    const { data } = entry;

    const claimed = [{ field: 'name', value: data.name }, ...data.aliases.map((value, i) => ({ field: `aliases[${i}]`, value }))];
    const own = new Set<string>();
    for (const { field, value } of claimed) {
      const key = normalizeName(value);
      if (own.has(key)) {
        add(field, `"${value}" repeats a name or alias of this entry`);
        continue;
      }
      own.add(key);
      const other = names.get(key);
      if (other) add(field, `"${value}" is already claimed by ${other.entry.file} (${other.field})`);
      else names.set(key, { entry, field });
    }

    const ids = new Map<string, number>();
    data.events.forEach((event, i) => {
      const first = ids.get(event.id);
      if (first !== undefined) add(`events[${i}].id`, `"${event.id}" is already the id of events[${first}]`);
      else ids.set(event.id, i);
    });

    const latest = latestStatusEvent(data.events);
    if (!latest) {
      if (data.status !== 'no-decision') {
        add('status', `is "${data.status}" but no event sets a status: add "status: ${data.status}" to the event that decided it`);
      }
    } else if (latest.status !== data.status) {
      const i = data.events.indexOf(latest);
      add('status', `is "${data.status}" but the latest status-setting event, events[${i}] "${latest.id}" (${latest.date}), sets "${latest.status}"`);
    }

    if (isAfter(data.lastVerified, today)) add('lastVerified', `${data.lastVerified} is in the future (build date ${today})`);
    data.events.forEach((event, i) => {
      if (isAfter(event.date, today)) add(`events[${i}].date`, `${event.date} is in the future (build date ${today}); only a deadline may be`);
      event.sources.forEach((source, j) => {
        if (isAfter(source.date, today)) add(`events[${i}].sources[${j}].date`, `${source.date} is in the future (build date ${today})`);
      });
    });
  }

  for (const entry of entries) {
    entry.data.related.forEach((slug, i) => {
      const field = `related[${i}]`;
      if (slug === entry.slug) issues.push({ file: entry.file, field, message: 'an entry cannot be related to itself' });
      else if (!slugs.has(slug)) issues.push({ file: entry.file, field, message: `"${slug}" is not the slug of any entry` });
      else if (entry.data.related.indexOf(slug) !== i) issues.push({ file: entry.file, field, message: `"${slug}" is listed twice` });
    });
  }
  return issues;
}

/** FAQ answers: a question asked once, links to existing entries, nothing dated in the future. */
export function checkFaqs(faqs: readonly ParsedFaq[], { today, slugs }: RuleOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const questions = new Map<string, string>();
  for (const { file, data } of faqs) {
    const add = (field: string, message: string) => issues.push({ file, field, message });
    const key = normalizeName(data.question);
    const first = questions.get(key);
    if (first) add('question', `is already asked in ${first}`);
    else questions.set(key, file);
    data.related.forEach((slug, i) => {
      if (!slugs.has(slug)) add(`related[${i}]`, `"${slug}" is not the slug of any entry`);
    });
    if (isAfter(data.lastVerified, today)) add('lastVerified', `${data.lastVerified} is in the future (build date ${today})`);
    data.sources.forEach((source, j) => {
      if (isAfter(source.date, today)) add(`sources[${j}].date`, `${source.date} is in the future (build date ${today})`);
    });
  }
  return issues;
}

/** Markdown link targets: `[text](target)`, skipping images. */
export function markdownLinks(body: string): string[] {
  return [...body.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/**
 * Links written in a body must hold: a link to an entry (`/countries/sweden/`) or to one of its
 * events (`/countries/sweden/#2020-pts-auction-ban`) must exist, and links out must be https.
 */
export function checkBodyLinks(docs: readonly ParsedDoc[], entries: readonly ParsedEntry[]): ValidationIssue[] {
  const events = new Map(entries.map((e) => [`/${e.kind}/${e.slug}/`, new Set(e.data.events.map((ev) => ev.id))]));
  const issues: ValidationIssue[] = [];
  for (const doc of docs) {
    for (const target of markdownLinks(doc.body)) {
      const add = (message: string) => issues.push({ file: doc.file, field: '(body)', message: `link "${target}" ${message}` });
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        if (!target.startsWith('https://') && !target.startsWith('mailto:')) add('must use https');
        continue;
      }
      const m = /^(\/(?:countries|companies|organizations)\/[^/#]+\/)(?:#(.+))?$/.exec(target);
      if (!m) continue; // other site pages are checked in the built output
      const ids = events.get(m[1]!);
      if (!ids) add('points to no entry');
      else if (m[2] && !ids.has(m[2])) add(`points to no event of ${m[1]}`);
    }
  }
  return issues;
}
