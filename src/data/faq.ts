// FAQ answers, loaded once and sorted by their `order`, with their facts filled from the data.
import { getCollection } from 'astro:content';
import { fillFacts } from '../lib/facts.ts';
import type { FaqData } from '../lib/schema/index.ts';
import { urls } from '../lib/urls.ts';
import { getFactContext } from './entries.ts';

export interface FaqView {
  slug: string;
  url: string;
  data: FaqData;
  /** The short answer with its placeholders ({{count:banned}} …) filled from the data. */
  answer: string;
}

let cache: Promise<FaqView[]> | undefined;

export function getFaqs(): Promise<FaqView[]> {
  cache ??= Promise.all([getCollection('faq'), getFactContext()]).then(([list, facts]) =>
    list
      .map((stored) => ({
        slug: stored.id,
        url: urls.faq(stored.id),
        data: stored.data,
        answer: fillFacts(stored.data.answer, facts),
      }))
      .sort((a, b) => a.data.order - b.data.order || (a.slug < b.slug ? -1 : 1)),
  );
  return cache;
}
