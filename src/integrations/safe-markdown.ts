// Defence in depth for Markdown bodies, beside the validator and the CSP: whatever reaches the
// renderer, a link may only point to https or a site path, and no image or raw HTML is output.
// Links out also get rel="noopener noreferrer".
// The validator (src/lib/validate/markdown.ts) already rejects all three with a clear message;
// this keeps a bypassed or future gap from becoming markup.
import { defineHastPlugin } from 'satteri';
import { isSafeDestination } from '../lib/validate/markdown.ts';

export const safeMarkdown = defineHastPlugin({
  name: 'huawei-tracker:safe-markdown',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      if (node.tagName === 'img') {
        ctx.removeNode(node);
        return;
      }
      const href = node.properties['href'];
      // An unsafe link keeps its text and loses its target.
      if (typeof href !== 'string' || !isSafeDestination(href)) ctx.replaceNode(node, [...node.children]);
      // Links out go without opener or referrer, like every other external link on the site.
      else if (href.startsWith('https:')) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
  raw(node, ctx) {
    ctx.removeNode(node);
  },
});
