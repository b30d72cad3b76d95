// FAQ answers, loaded once and sorted by their `order`.
import { getCollection } from 'astro:content';
import type { FaqData } from '../lib/schema/index.ts';
import { urls } from '../lib/urls.ts';

export interface FaqView {
  slug: string;
  url: string;
  data: FaqData;
}

let cache: Promise<FaqView[]> | undefined;

export function getFaqs(): Promise<FaqView[]> {
  cache ??= getCollection('faq').then((list) =>
    list
      .map((stored) => ({ slug: stored.id, url: urls.faq(stored.id), data: stored.data }))
      .sort((a, b) => a.data.order - b.data.order || (a.slug < b.slug ? -1 : 1)),
  );
  return cache;
}
