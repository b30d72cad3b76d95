// Rules that need more than one field or more than one file. Each rule is one exported function,
// named like the invalid fixture folders that prove it (tests/fixtures/invalid/<rule-name>…), and
// listed once in ENTRY_RULES or FAQ_RULES. Every rule returns issues; none throws, so one
// run reports everything.
import { isAfter } from '../calendar-date.ts';
import { isPassed } from '../deadlines.ts';
import { currentStatus, latestStatusEvent } from '../timeline.ts';
import type { Source } from '../schema/source.ts';
import type { ValidationIssue } from './issue.ts';
import type { ParsedDoc, ParsedEntry, ParsedFaq } from './parse-file.ts';
import { markdownLinkTargets } from './markdown.ts';
import { BINDING_TYPES, DEPLOYMENT_TYPES, NON_STATE_TYPES, STRONG_EVIDENCE } from '../evidence.ts';
import { type FactContext, proseContradictions, unknownPlaceholders } from '../facts.ts';
import { markdownText } from '../search.ts';
import { SITE_NAME } from '../site.ts';

/** Names and aliases are compared without case, accents or punctuation: "Türkiye" = "turkiye". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface RuleContext {
  /** The build date, YYYY-MM-DD. Nothing but a deadline may lie after it. */
  today: string;
  /** Slugs of every entry file, valid or not, so a broken entry does not also break links to it. */
  slugs: ReadonlySet<string>;
}

export interface Rule<T> {
  /** Kebab-case; every invalid fixture of this rule is a folder whose name starts with it. */
  name: string;
  check: (docs: readonly T[], ctx: RuleContext) => ValidationIssue[];
}

type Add = (field: string, message: string) => void;

/** Run `fn` for every entry with an `add` that files issues under that entry. */
function eachEntry<T extends { file: string }>(docs: readonly T[], fn: (doc: T, add: Add) => void): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const doc of docs) fn(doc, (field, message) => issues.push({ file: doc.file, field, message }));
  return issues;
}

/** The file name is the slug: it must be unique across kinds, because `related` names entries by slug alone. */
export function duplicateSlug(files: ReadonlyArray<{ file: string; slug: string }>): ValidationIssue[] {
  const seen = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  for (const { file, slug } of files) {
    const first = seen.get(slug);
    if (first) issues.push({ file, field: '(file)', message: `slug "${slug}" is already used by ${first}` });
    else seen.set(slug, file);
  }
  return issues;
}

/** A name or alias leads to one entry only: two entries may not claim the same one. */
export function duplicateName(entries: readonly ParsedEntry[]): ValidationIssue[] {
  const names = new Map<string, { file: string; field: string }>();
  return eachEntry(entries, (entry, add) => {
    const own = new Set<string>();
    for (const { field, value } of claimedNames(entry)) {
      const key = normalizeName(value);
      if (own.has(key)) continue; // repeatedName reports it
      own.add(key);
      const other = names.get(key);
      if (other) add(field, `"${value}" is already claimed by ${other.file} (${other.field})`);
      else names.set(key, { file: entry.file, field });
    }
  });
}

/** An entry does not list the same name twice (its name again as an alias, or an alias twice). */
export function repeatedName(entries: readonly ParsedEntry[]): ValidationIssue[] {
  return eachEntry(entries, (entry, add) => {
    const own = new Set<string>();
    for (const { field, value } of claimedNames(entry)) {
      const key = normalizeName(value);
      if (own.has(key)) add(field, `"${value}" repeats a name or alias of this entry`);
      own.add(key);
    }
  });
}

function claimedNames({ data }: ParsedEntry): Array<{ field: string; value: string }> {
  return [{ field: 'name', value: data.name }, ...data.aliases.map((value, i) => ({ field: `aliases[${i}]`, value }))];
}

/** Event ids are link fragments: unique within their entry. */
export function duplicateEventId(entries: readonly ParsedEntry[]): ValidationIssue[] {
  return eachEntry(entries, ({ data }, add) => {
    const ids = new Map<string, number>();
    data.events.forEach((event, i) => {
      const first = ids.get(event.id);
      if (first !== undefined) add(`events[${i}].id`, `"${event.id}" is already the id of events[${first}]`);
      else ids.set(event.id, i);
    });
  });
}

/**
 * The entry's status is the status of its latest status-setting event, and only `no-decision` may
 * stand without one: every other status rests on a dated event that set it (/methodology/).
 */
export function statusDisagreesWithEvents(entries: readonly ParsedEntry[]): ValidationIssue[] {
  return eachEntry(entries, ({ kind, data }, add) => {
    const latest = latestStatusEvent(data.events);
    if (latest) {
      if (latest.status !== data.status) {
        const i = data.events.indexOf(latest);
        add(
          'status',
          `is "${data.status}" but the latest status-setting event, events[${i}] "${latest.id}" (${latest.date}), sets "${latest.status}"`,
        );
      }
      return;
    }
    if (data.status === 'no-decision') return;
    add(
      'status',
      `is "${data.status}" but no event sets a status: add "status: ${data.status}" to the dated event that decided it` +
        (data.status === 'permitted' && kind !== 'companies'
          ? ' (for Huawei in use, the deal or launch that shows it), or use no-decision'
          : ', or use no-decision'),
    );
  });
}

function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

function typeList(types: ReadonlySet<string>): string {
  const list = [...types];
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? '');
}

/**
 * What may set a status (see /methodology/). For countries and organizations: a report, a lawsuit or
 * "other" sets none; a deal or an operator's choice shows Huawei in use and may set only "permitted";
 * banned or restricted needs a binding act graded official-text, official-statement or
 * multiple-reports. A company's own choices set its status freely.
 */
export function statusNotSetByBindingAct(entries: readonly ParsedEntry[]): ValidationIssue[] {
  return eachEntry(entries, ({ kind, data }, add) => {
    if (kind === 'companies') return;
    const who = kind === 'countries' ? 'a country' : 'an organization';
    data.events.forEach((event, i) => {
      if (event.status === undefined) return;
      const field = `events[${i}].status`;
      if (NON_STATE_TYPES.has(event.type)) {
        add(
          field,
          `${article(event.type)} cannot set the status of ${who}: remove "status", or file the event under the company it concerns`,
        );
      } else if (DEPLOYMENT_TYPES.has(event.type) && event.status !== 'permitted') {
        add(
          field,
          `${article(event.type)} shows Huawei in use and may set only "permitted" for ${who}, not "${event.status}": file a company's choice under the company`,
        );
      } else if (event.status === 'banned' || event.status === 'restricted') {
        if (!BINDING_TYPES.has(event.type)) {
          add(
            field,
            `"${event.status}" must be set by a binding act (${typeList(BINDING_TYPES)}), not a ${event.type}`,
          );
        } else if (!STRONG_EVIDENCE.has(event.evidence)) {
          add(
            field,
            `"${event.status}" needs evidence graded ${typeList(STRONG_EVIDENCE)}, not ${event.evidence}: find the primary text or a second independent outlet`,
          );
        }
      }
    });
  });
}

/**
 * Every deadline records its outcome: `pending` while it lies ahead, and once due met, missed,
 * extended or unknown. A deadline still `pending` after its date is not an error — time passing
 * never breaks a build — but a notice (overdueDeadlines) and the first item of the review queue.
 * An outcome needs a deadline.
 */
export function deadlineOutcome(entries: readonly ParsedEntry[], { today }: RuleContext): ValidationIssue[] {
  return eachEntry(entries, ({ data }, add) => {
    data.events.forEach((event, i) => {
      const field = `events[${i}].deadlineOutcome`;
      if (event.deadline === undefined) {
        if (event.deadlineOutcome !== undefined)
          add(field, 'has no deadline to be the outcome of: add "deadline" or remove it');
        for (const key of ['deadlineNote', 'deadlineSources'] as const) {
          if (event[key] !== undefined)
            add(`events[${i}].${key}`, 'has no deadline to describe: add "deadline" or remove it');
        }
        return;
      }
      const due = isPassed(event.deadline, today);
      if (event.deadlineOutcome === undefined) {
        add(
          field,
          `is required with a deadline: ${due ? 'met, missed, extended or unknown' : 'pending (not yet due)'}`,
        );
      } else if ((event.deadlineOutcome === 'missed' || event.deadlineOutcome === 'unknown') && !due) {
        add(
          field,
          `is "${event.deadlineOutcome}" but the deadline ${event.deadline} is not yet due (build date ${today}): use pending`,
        );
      }
    });
  });
}

/**
 * Deadlines whose date has passed while their outcome is still `pending`: what the build prints as
 * notices, the review queue lists first, and `npm run validate -- --strict` refuses.
 */
export function overdueDeadlines(
  entries: readonly ParsedEntry[],
  { today }: Pick<RuleContext, 'today'>,
): ValidationIssue[] {
  return eachEntry(entries, ({ data }, add) => {
    data.events.forEach((event, i) => {
      if (event.deadline !== undefined && event.deadlineOutcome === 'pending' && isPassed(event.deadline, today)) {
        add(
          `events[${i}].deadlineOutcome`,
          `the deadline ${event.deadline} has passed (build date ${today}) and the outcome is still "pending": record met, missed, extended or unknown`,
        );
      }
    });
  });
}

/** Nothing but a deadline lies after the build date: not an event, a source, a check or a review. */
export function dateInFuture(entries: readonly ParsedEntry[], { today }: RuleContext): ValidationIssue[] {
  return eachEntry(entries, ({ data }, add) => {
    if (data.lastVerified !== undefined && isAfter(data.lastVerified, today)) {
      add('lastVerified', `${data.lastVerified} is in the future (build date ${today})`);
    }
    data.events.forEach((event, i) => {
      if (isAfter(event.date, today))
        add(`events[${i}].date`, `${event.date} is in the future (build date ${today}); only a deadline may be`);
      checkSourceDates(event.sources, `events[${i}].sources`, today, add);
      checkSourceDates(event.deadlineSources ?? [], `events[${i}].deadlineSources`, today, add);
    });
  });
}

function checkSourceDates(sources: readonly Source[], path: string, today: string, add: Add): void {
  sources.forEach((source, j) => {
    if (isAfter(source.date, today)) add(`${path}[${j}].date`, `${source.date} is in the future (build date ${today})`);
    if (source.accessed !== undefined && isAfter(source.accessed, today)) {
      add(`${path}[${j}].accessed`, `${source.accessed} is in the future (build date ${today})`);
    }
  });
}

/** `related` names other entries that exist, each once. */
export function relatedSlug(entries: readonly ParsedEntry[], { slugs }: RuleContext): ValidationIssue[] {
  return eachEntry(entries, (entry, add) => {
    entry.data.related.forEach((slug, i) => {
      const field = `related[${i}]`;
      if (slug === entry.slug) add(field, 'an entry cannot be related to itself');
      else if (!slugs.has(slug)) add(field, `"${slug}" is not the slug of any entry`);
      else if (entry.data.related.indexOf(slug) !== i) add(field, `"${slug}" is listed twice`);
    });
  });
}

/**
 * The act itself: a country's or organization's ban or restriction cites the act's own text or the
 * issuing body's own page as a primary source, or says in `primarySearch` what was searched for it.
 */
export function banWithoutPrimaryText(entries: readonly ParsedEntry[]): ValidationIssue[] {
  return eachEntry(entries, ({ kind, data }, add) => {
    if (kind === 'companies') return;
    data.events.forEach((event, i) => {
      if (event.status !== 'banned' && event.status !== 'restricted') return;
      if (event.sources.some((s) => s.primary) || event.primarySearch !== undefined) return;
      add(
        `events[${i}].sources`,
        `"${event.status}" cites no primary source: add the act's own text or the issuing body's page with "primary: true", or say in "primarySearch" what was searched for it`,
      );
    });
  });
}

/** `official-text` means the text itself was read: the event cites it as a primary source. */
export function officialTextWithoutPrimary(entries: readonly ParsedEntry[]): ValidationIssue[] {
  return eachEntry(entries, ({ data }, add) => {
    data.events.forEach((event, i) => {
      if (event.evidence === 'official-text' && !event.sources.some((s) => s.primary)) {
        add(
          `events[${i}].evidence`,
          'is "official-text" but no source is marked "primary: true": cite the text that was read, or grade it by what was cited',
        );
      }
    });
  });
}

/** An operator's countries have entries of their own: the country page is where its table shows. */
export function operatesUnknownCountry(entries: readonly ParsedEntry[]): ValidationIssue[] {
  const countries = new Set(entries.flatMap(({ data }) => ('iso2' in data ? [data.iso2] : [])));
  return eachEntry(entries, ({ data }, add) => {
    if (!('operates' in data) || !data.operates) return;
    data.operates.forEach(({ country }, i) => {
      if (!countries.has(country)) add(`operates[${i}].country`, `"${country}" is the code of no country entry`);
      else if (data.operates!.findIndex((o) => o.country === country) !== i)
        add(`operates[${i}].country`, `"${country}" is listed twice`);
    });
  });
}

/** What the prose checker knows of the data: every entry's names and its status by the one derivation. */
export function factContext(entries: readonly ParsedEntry[], today: string): FactContext {
  return {
    siteName: SITE_NAME,
    asOf: today,
    entries: entries.map(({ kind, data }) => ({
      name: data.name,
      aliases: data.aliases,
      kind,
      status: currentStatus(data.events),
    })),
  };
}

/** A summary states no count or list of statuses that the data contradicts (see facts.ts). */
export function summaryContradictsData(entries: readonly ParsedEntry[], { today }: RuleContext): ValidationIssue[] {
  const ctx = factContext(entries, today);
  return eachEntry(entries, ({ data }, add) => {
    for (const p of proseContradictions(data.summary, ctx)) add('summary', `${p.message} ("${p.sentence}")`);
  });
}

/** The rules over entries, in the order their issues are reported. */
export const ENTRY_RULES: ReadonlyArray<Rule<ParsedEntry>> = [
  { name: 'duplicate-name', check: duplicateName },
  { name: 'repeated-name', check: repeatedName },
  { name: 'duplicate-event-id', check: duplicateEventId },
  { name: 'status-disagrees-with-events', check: statusDisagreesWithEvents },
  { name: 'status-not-set-by-binding-act', check: statusNotSetByBindingAct },
  { name: 'deadline-outcome', check: deadlineOutcome },
  { name: 'date-in-future', check: dateInFuture },
  { name: 'related-slug', check: relatedSlug },
  { name: 'operates-unknown-country', check: operatesUnknownCountry },
  { name: 'ban-without-primary-text', check: banWithoutPrimaryText },
  { name: 'official-text-without-primary', check: officialTextWithoutPrimary },
  { name: 'summary-contradicts-data', check: summaryContradictsData },
];

/** A question is asked once. */
export function faqDuplicateQuestion(faqs: readonly ParsedFaq[]): ValidationIssue[] {
  const questions = new Map<string, string>();
  return eachEntry(faqs, ({ file, data }, add) => {
    const key = normalizeName(data.question);
    const first = questions.get(key);
    if (first) add('question', `is already asked in ${first}`);
    else questions.set(key, file);
  });
}

/** An answer's related entries exist. */
export function faqRelatedSlug(faqs: readonly ParsedFaq[], { slugs }: RuleContext): ValidationIssue[] {
  return eachEntry(faqs, ({ data }, add) => {
    data.related.forEach((slug, i) => {
      if (!slugs.has(slug)) add(`related[${i}]`, `"${slug}" is not the slug of any entry`);
    });
  });
}

/** Nothing in an answer is dated after the build date. */
export function faqDateInFuture(faqs: readonly ParsedFaq[], { today }: RuleContext): ValidationIssue[] {
  return eachEntry(faqs, ({ data }, add) => {
    if (isAfter(data.lastVerified, today))
      add('lastVerified', `${data.lastVerified} is in the future (build date ${today})`);
    checkSourceDates(data.sources, 'sources', today, add);
  });
}

/** Placeholders in an answer are facts the build can fill: `{{count:banned}}`, `{{names:restricted}}`, `{{as-of}}`. */
export function faqPlaceholder(faqs: readonly ParsedFaq[]): ValidationIssue[] {
  return eachEntry(faqs, ({ data, body }, add) => {
    for (const [field, text] of [
      ['answer', data.answer],
      ['(body)', body],
    ] as const) {
      for (const bad of unknownPlaceholders(text))
        add(
          field,
          `${bad} is not a fact the build can fill: use {{count:<status>}}, {{names:<status>}} or {{answer:<status>}} (optionally :companies or :organizations), or {{as-of}}`,
        );
    }
  });
}

/**
 * An answer states no count or list of statuses that the data contradicts: such facts are written
 * as placeholders, which the build fills from the data.
 */
export function faqContradictsData(
  faqs: readonly ParsedFaq[],
  entries: readonly ParsedEntry[],
  today: string,
): ValidationIssue[] {
  const ctx = factContext(entries, today);
  return eachEntry(faqs, ({ data, body }, add) => {
    for (const [field, text] of [
      ['answer', data.answer],
      ['(body)', markdownText(body)],
    ] as const) {
      for (const p of proseContradictions(text, ctx)) add(field, `${p.message} ("${p.sentence}")`);
    }
  });
}

export const FAQ_RULES: ReadonlyArray<Rule<ParsedFaq>> = [
  { name: 'faq-duplicate-question', check: faqDuplicateQuestion },
  { name: 'faq-related-slug', check: faqRelatedSlug },
  { name: 'faq-date-in-future', check: faqDateInFuture },
  { name: 'faq-placeholder', check: faqPlaceholder },
];

/**
 * Links written in a body must hold: a link to an entry (`/countries/sweden/`) or to one of its
 * events (`/countries/sweden/#2020-pts-auction-ban`) must exist. (Link schemes are checked per file,
 * with the rest of the Markdown: see markdown.ts.)
 */
export function bodyLinkToMissing(docs: readonly ParsedDoc[], entries: readonly ParsedEntry[]): ValidationIssue[] {
  const events = new Map(entries.map((e) => [`/${e.kind}/${e.slug}/`, new Set(e.data.events.map((ev) => ev.id))]));
  return eachEntry(docs, (doc, add) => {
    for (const target of markdownLinkTargets(doc.body)) {
      const m = /^(\/(?:countries|companies|organizations)\/[^/#]+\/)(?:#(.+))?$/.exec(target);
      if (!m) continue; // other site pages are checked in the built output
      const ids = events.get(m[1]!);
      if (!ids) add('(body)', `link "${target}" points to no entry`);
      else if (m[2] && !ids.has(m[2])) add('(body)', `link "${target}" points to no event of ${m[1]}`);
    }
  });
}
