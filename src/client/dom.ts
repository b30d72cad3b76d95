// Small DOM builders shared by the browser scripts. Text always goes in as textContent, never as HTML.
import { STATUS_INFO, type Status } from '../lib/status.ts';

/** An element with optional text and class. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A link with its text. */
export function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

/** A status badge as the pages draw it (StatusBadge.astro): the symbol, hidden from screen readers, then the label. */
export function statusBadge(status: Status, label: string): HTMLSpanElement {
  const span = el('span', undefined, `badge badge--${status}`);
  const symbol = el('span', STATUS_INFO[status].symbol, 'badge__symbol');
  symbol.setAttribute('aria-hidden', 'true');
  span.append(symbol, ` ${label}`);
  return span;
}
