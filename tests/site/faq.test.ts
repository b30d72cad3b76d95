// FAQ answers are covered like entries: each has its page and its anchor on /faq/, cites a source,
// and every link it makes to an entry or an event resolves.
import { describe, expect, it } from 'vitest';
import { contentFaqs, page } from '../support/dist.ts';

const faqs = contentFaqs();

describe('FAQ', () => {
  it('has answers', () => {
    expect(faqs.length).toBeGreaterThanOrEqual(5);
  });

  it('lists every question on /faq/ in order, each at its own anchor', () => {
    const doc = page('/faq/');
    const sorted = [...faqs].sort((a, b) => a.data.order - b.data.order);
    expect(doc.querySelectorAll('.faq-item').map((s) => s.id)).toEqual(sorted.map((f) => f.slug));
    for (const f of faqs) expect(doc.querySelector(`a[href="#${f.slug}"]`), f.slug).not.toBeNull();
  });

  it.each(faqs.map((f) => [f.slug, f] as const))('%s: has its page, its sources and resolving links', (slug, f) => {
    const doc = page(`/faq/${slug}/`);
    expect(doc.querySelector('h1')!.text).toBe(f.data.question);
    expect(doc.querySelectorAll('ol.sources > li').length).toBe(f.data.sources.length);
    expect(f.data.sources.length).toBeGreaterThan(0);
    for (const a of doc.querySelectorAll('.prose a[href^="/"]')) {
      const [path, id] = a.getAttribute('href')!.split('#');
      const target = page(path!);
      if (id) expect(target.getElementById(id), a.getAttribute('href') ?? '').not.toBeNull();
    }
  });
});
