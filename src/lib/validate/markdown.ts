// The Markdown body is parsed, not matched with regular expressions, and by the parser Astro renders
// it with (Sätteri): a reference-style link, an image or a tag inside a code span is seen exactly as
// the renderer will see it.
import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';

export interface MarkdownProblem {
  message: string;
}

export function parseMarkdown(body: string): Root {
  return markdownToMdast(body) as unknown as Root;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** A destination the site may link to: https, a site path ("/countries/…") or a fragment ("#…"). */
export function isSafeDestination(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return true;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true;
  return /^https:\/\/[^/?#\s]+\.[^/?#\s]/i.test(trimmed);
}

/** Every link, image and reference-definition destination of a body, in document order. */
export function markdownLinkTargets(body: string): string[] {
  const out: string[] = [];
  walk(parseMarkdown(body), (node) => {
    if (node.type === 'link' || node.type === 'definition') out.push(node.url);
  });
  return out;
}

/**
 * Problems with a body: raw HTML (the parser's `html` nodes, so code spans and code blocks may show
 * tags), images (a body is prose), and any destination that is not https or a site path.
 */
export function checkMarkdown(body: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  walk(parseMarkdown(body), (node) => {
    if (node.type === 'html') {
      problems.push({
        message: `raw HTML is not allowed (found ${JSON.stringify(node.value.trim().slice(0, 40))}): use Markdown`,
      });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({ message: 'images are not allowed in an entry body: describe the picture and link its source' });
    } else if ((node.type === 'link' || node.type === 'definition') && !isSafeDestination(node.url)) {
      const kind = node.type === 'definition' ? `reference [${node.label ?? node.identifier}]` : 'link';
      problems.push({ message: `${kind} "${node.url}" must use https (or be a site path such as /countries/sweden/)` });
    }
  });
  return problems;
}
