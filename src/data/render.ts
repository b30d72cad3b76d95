// Rendering Markdown bodies: the one place pages reach Astro's content store for HTML, so no page
// imports astro:content itself.
import { getEntry, render } from 'astro:content';
import type { Kind } from '../lib/kinds.ts';
import { fillFacts } from '../lib/facts.ts';
import { getFactContext } from './entries.ts';

export interface RenderedBody {
  /** The body as an Astro component. */
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** False when the file has no body text after its frontmatter. */
  hasBody: boolean;
}

// The build validated every file first, so a missing one means the store changed under the build.
function vanished(what: string): never {
  throw new Error(`${what} vanished between loading and rendering`);
}

/** The context section of an entry. */
export async function renderEntryBody(kind: Kind, slug: string): Promise<RenderedBody> {
  const stored = (await getEntry(kind, slug)) ?? vanished(`entry ${kind}/${slug}`);
  const { Content } = await render(stored);
  return { Content, hasBody: Boolean(stored.rendered?.html.trim()) };
}

/**
 * The long answer of a FAQ page, as HTML with its placeholders filled from the data (names become
 * links). The HTML is the Markdown pipeline's own, safe-markdown included; the filled facts are escaped.
 */
export async function renderFaqHtml(slug: string): Promise<string> {
  const stored = (await getEntry('faq', slug)) ?? vanished(`FAQ ${slug}`);
  return fillFacts(stored.rendered?.html ?? '', await getFactContext(), 'html');
}
