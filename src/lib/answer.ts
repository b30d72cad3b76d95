// The site's answer as one sentence a reader can paste: "As of 6 December 2026, Huawei Tracker lists
// 9 countries that ban Huawei from their networks: Australia, …". Built from the data, never typed;
// the same sentence is a page's lede, its meta and link-preview description and its copyable answer.
import { countOf, KIND_UNIT } from './counts.ts';
import { formatDate } from './dates.ts';
import type { Kind } from './kinds.ts';
import type { Status } from './status.ts';

/** Names that read with "the" in running text: "the United Kingdom", "the Netherlands". */
const WITH_ARTICLE =
  /^(United |Netherlands|Philippines|Bahamas|Czech Republic|Democratic Republic|Republic of|Maldives|Solomon Islands|Marshall Islands|Comoros|Faroe Islands|Gambia|Central African Republic|Dominican Republic|European Union|Vatican City|Federated States)/;

export function inSentence(name: string): string {
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** What an entry of each status does, after a plural count: "9 countries that ban Huawei …". */
const PREDICATE: Record<'place' | 'company', Record<Status, string>> = {
  place: {
    banned: 'that ban Huawei from their networks',
    restricted: 'that restrict Huawei in their networks',
    'under-review': 'that are reviewing Huawei, with a decision pending or a power not yet used',
    permitted: 'where no restriction on Huawei has been found and its equipment is in use',
    'no-decision': 'with events recorded but no status set',
  },
  company: {
    banned: 'that have cut ties with Huawei',
    restricted: 'that limit or are replacing Huawei equipment',
    'under-review': 'that are reviewing their dealings with Huawei',
    permitted: 'that work with Huawei',
    'no-decision': 'with no decision about Huawei recorded',
  },
};

/** The predicate for one entry: "bans Huawei from its networks". */
const SINGULAR: Record<'place' | 'company', Record<Status, string>> = {
  place: {
    banned: 'as banning Huawei from its networks',
    restricted: 'as restricting Huawei in its networks',
    'under-review': 'as reviewing Huawei, with a decision pending',
    permitted: 'as having no restriction on Huawei found, with its equipment in use',
    'no-decision': 'with events but no status set',
  },
  company: {
    banned: 'as having cut ties with Huawei',
    restricted: 'as limiting or replacing Huawei equipment',
    'under-review': 'as reviewing its dealings with Huawei',
    permitted: 'as working with Huawei',
    'no-decision': 'with no decision about Huawei',
  },
};

const voice = (kind: Kind) => (kind === 'companies' ? 'company' : 'place');

export interface AnswerInput {
  siteName: string;
  /** The date of the data: the build date. */
  asOf: string;
  status: Status;
  kind: Kind;
  /** The entries of that status and kind, in the order to list them. */
  names: readonly string[];
  /** For a group: "of the 27 EU member states". */
  within?: string | undefined;
  /** Name at most this many; the rest are counted ("and 95 more"). */
  maxNames?: number;
}

/** "As of 6 December 2026, Huawei Tracker lists 9 countries that ban Huawei from their networks: …." */
export function statusAnswer({ siteName, asOf, status, kind, names, within, maxNames = 30 }: AnswerInput): string {
  const lead = `As of ${formatDate(asOf)}, ${siteName} lists`;
  const unit = KIND_UNIT[kind];
  const scope = within ? `, ${within},` : '';
  if (names.length === 0)
    return `${lead}${scope} no ${countOf(2, unit).replace(/^2 /, '')} ${PREDICATE[voice(kind)][status]}.`;
  const shown = names.length > maxNames ? names.slice(0, maxNames - 1) : names;
  const rest = names.length - shown.length;
  const list = rest > 0 ? `${shown.map(inSentence).join(', ')} and ${rest} more` : listOf(shown.map(inSentence));
  return `${lead}${scope} ${countOf(names.length, unit)} ${PREDICATE[voice(kind)][status]}: ${list}.`;
}

/** "As of 6 December 2026, Huawei Tracker records the United Kingdom as banning Huawei from its networks since 14 July 2020." */
export function entryAnswer(input: {
  siteName: string;
  asOf: string;
  name: string;
  kind: Kind;
  status: Status;
  since: string | undefined;
}): string {
  const since = input.since && input.status !== 'no-decision' ? ` since ${formatDate(input.since)}` : '';
  return `As of ${formatDate(input.asOf)}, ${input.siteName} records ${inSentence(input.name)} ${SINGULAR[voice(input.kind)][input.status]}${since}.`;
}

/** Status words for a group's members, as a list reads them: "3 ban Huawei, 2 restrict it". */
const GROUP_PART: Record<Status, (n: number) => string> = {
  banned: (n) => `${n} ${n === 1 ? 'bans' : 'ban'} Huawei from its networks`.replace('its', n === 1 ? 'its' : 'their'),
  restricted: (n) => `${n} ${n === 1 ? 'restricts' : 'restrict'} it`,
  'under-review': (n) => `${n} ${n === 1 ? 'is' : 'are'} reviewing it`,
  permitted: (n) => `${n} ${n === 1 ? 'has' : 'have'} no restriction found`,
  'no-decision': (n) => `${n} ${n === 1 ? 'has' : 'have'} no status set`,
};

/**
 * "As of 6 December 2026, of the 27 members of the European Union (27), Huawei Tracker lists 4 that
 * ban Huawei …": a group in one sentence, each status with its count, and members with no entry.
 */
export function groupAnswer({
  siteName,
  asOf,
  group,
  members,
  counts,
  missing,
}: {
  siteName: string;
  asOf: string;
  group: string;
  members: number;
  counts: Readonly<Record<Status, number>>;
  missing: number;
}): string {
  const parts = (Object.keys(GROUP_PART) as Status[]).filter((s) => counts[s] > 0).map((s) => GROUP_PART[s](counts[s]));
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? 'has' : 'have'} no entry`);
  return `As of ${formatDate(asOf)}, of the ${members} members of ${inSentence(group)}, ${siteName} records that ${listOf(parts)}.`;
}
