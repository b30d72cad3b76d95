// Facts written into prose come from the data. FAQ answers name them with placeholders the build
// fills ("{{count:banned}}", "{{names:banned}}", "{{as-of}}"); and a checker reads the prose of
// answers, summaries and page descriptions for a count or a list of statuses that the data
// contradicts ("Ten countries are marked banned: … Lithuania"), so a stale sentence fails the build.
import { statusAnswer, inSentence, listOf } from './answer.ts';
import { formatDate } from './dates.ts';
import { KINDS, type Kind } from './kinds.ts';
import { STATUS_INFO, STATUSES, type Status } from './status.ts';
import { escapeHtml } from './escape.ts';

export interface FactEntry {
  name: string;
  aliases?: readonly string[];
  kind: Kind;
  status: Status;
  url?: string;
}

export interface FactContext {
  siteName: string;
  /** The date of the data (the build date). */
  asOf: string;
  /** Every entry, sorted by name. */
  entries: readonly FactEntry[];
}

/** `{{count:banned}}`, `{{names:restricted:companies}}`, `{{answer:banned}}`, `{{as-of}}`. */
const PLACEHOLDER_RE = /\{\{\s*([a-z-]+)(?::([a-z-]+))?(?::([a-z-]+))?\s*\}\}/g;
const FACTS = ['count', 'names', 'answer', 'as-of'] as const;

/** The placeholders a text uses that the build cannot fill, as written. */
export function unknownPlaceholders(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const [whole, fact, status, kind] = m;
    const ok =
      fact === 'as-of'
        ? status === undefined
        : (FACTS as readonly string[]).includes(fact!) &&
          (STATUSES as readonly string[]).includes(status ?? '') &&
          (kind === undefined || (KINDS as readonly string[]).includes(kind));
    if (!ok) bad.push(whole);
  }
  // Braces that look like a placeholder but do not parse as one ("{{ count banned }}").
  for (const m of text.matchAll(/\{\{[^}]*\}\}/g)) if (!m[0].match(PLACEHOLDER_RE)) bad.push(m[0]);
  return bad;
}

function select(ctx: FactContext, status: Status, kind: Kind): FactEntry[] {
  return ctx.entries.filter((e) => e.status === status && e.kind === kind);
}

/**
 * Fill the placeholders of a text. In `html` mode names become links and text is escaped, for a
 * rendered Markdown body; otherwise plain text, for an answer or a meta description.
 */
export function fillFacts(text: string, ctx: FactContext, mode: 'text' | 'html' = 'text'): string {
  return text.replace(PLACEHOLDER_RE, (whole, fact: string, s?: string, k?: string) => {
    if (fact === 'as-of') return formatDate(ctx.asOf);
    const status = s as Status;
    const kind = (k ?? 'countries') as Kind;
    const list = select(ctx, status, kind);
    if (fact === 'count') return String(list.length);
    if (fact === 'names') {
      if (mode === 'text') return listOf(list.map((e) => inSentence(e.name)));
      return listOf(
        list.map((e) =>
          e.url
            ? `<a href="${escapeHtml(e.url)}">${escapeHtml(inSentence(e.name))}</a>`
            : escapeHtml(inSentence(e.name)),
        ),
      );
    }
    if (fact === 'answer') {
      const sentence = statusAnswer({
        siteName: ctx.siteName,
        asOf: ctx.asOf,
        status,
        kind,
        names: list.map((e) => e.name),
        maxNames: Infinity,
      });
      return mode === 'html' ? escapeHtml(sentence) : sentence;
    }
    return whole;
  });
}

// ── The checker ─────────────────────────────────────────────────────────────────────────────────

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** The words that state each status in prose. */
const STATUS_WORDS: Record<Status, RegExp> = {
  banned: /\b(banned|bans|ban)\b/i,
  restricted: /\b(restricted|restricts|restrict)\b/i,
  'under-review': /\bunder review\b/i,
  permitted: /\b(permitted|permit|no restriction)\b/i,
  'no-decision': /\bno status set\b/i,
};

/** Words that make a count a claim about the present ("are", "currently"), not about a past year. */
const PRESENT = /\b(are|is|currently|now|today|lists?|marked|recorded as)\b/i;

export interface ProseProblem {
  /** The sentence, as written. */
  sentence: string;
  message: string;
}

// Every page's description is checked: the index of names and counts is made once per context.
const indexes = new WeakMap<FactContext, { byName: Map<string, FactEntry>; counts: Record<Status, number> }>();

function indexOf(ctx: FactContext): { byName: Map<string, FactEntry>; counts: Record<Status, number> } {
  let index = indexes.get(ctx);
  if (!index) {
    const byName = new Map<string, FactEntry>();
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const e of ctx.entries) {
      if (e.kind !== 'countries') continue;
      counts[e.status] += 1;
      for (const n of [e.name, ...(e.aliases ?? [])]) byName.set(n.toLowerCase(), e);
    }
    indexes.set(ctx, (index = { byName, counts }));
  }
  return index;
}

function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z“"(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseCount(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const i = NUMBER_WORDS.indexOf(word.toLowerCase());
  return i >= 0 ? i : undefined;
}

/** Statuses a sentence states, in the order of the vocabulary. */
function statedStatuses(sentence: string): Status[] {
  return STATUSES.filter((s) => STATUS_WORDS[s].test(sentence));
}

/**
 * What a text states about the data that the data contradicts: a count of countries with a status
 * ("Ten countries are currently marked banned"), or a name listed under a status it does not have
 * ("banned: Australia, …, Lithuania"). Placeholders are filled first, so a filled fact always agrees.
 */
export function proseContradictions(text: string, ctx: FactContext): ProseProblem[] {
  const problems: ProseProblem[] = [];
  const { byName, counts } = indexOf(ctx);
  for (const sentence of sentences(fillFacts(text, ctx))) {
    const stated = statedStatuses(sentence);
    if (stated.length !== 1) continue; // a sentence naming two statuses is a comparison, not a list of one
    const status = stated[0]!;
    const count = /\b(\d+|[A-Za-z]+)\s+(?:[a-z]+\s+){0,2}countries\b/.exec(sentence);
    const n = count ? parseCount(count[1]!) : undefined;
    if (n !== undefined && PRESENT.test(sentence)) {
      const actual = counts[status];
      if (n !== actual) {
        problems.push({
          sentence,
          message: `states ${count![0]} ${STATUS_INFO[status].label.toLowerCase()}, but ${actual} countries have that status: write {{count:${status}}} instead`,
        });
      }
    }
    // A list follows a colon, "such as" or "include(s)": "banned: A, B and C", "such as A and B".
    const lead = /:|\bsuch as\b|\binclud(?:e|es|ing)\b/.exec(sentence);
    if (!lead) continue;
    const listed = sentence
      .slice(lead.index + lead[0].length)
      .replace(/[.;]\s*$/, '')
      .split(/,\s*|\s+and\s+/)
      .map((n) => n.trim().replace(/^the\s+/i, ''));
    for (const name of listed) {
      const entry = byName.get(name.toLowerCase());
      if (entry && entry.status !== status) {
        problems.push({
          sentence,
          message: `lists ${entry.name} as ${STATUS_INFO[status].label.toLowerCase()}, but its status is ${STATUS_INFO[entry.status].label.toLowerCase()}: write {{names:${status}}} instead`,
        });
      }
    }
  }
  return problems;
}
