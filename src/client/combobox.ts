// Type-ahead for a search box, following the WAI-ARIA combobox pattern (list autocomplete): the input
// is the combobox, a listbox of suggestions opens under it, arrow keys move through the options,
// Enter on an option opens that entry (or does what the page asks: /compare/ adds it) and Enter
// otherwise submits the form (the search page), Escape closes the list (and clears the box when it
// is already closed). A live region says how many suggestions there are. Suggestions are built with
// textContent, never as HTML.
import type { Match, NameRecord } from '../lib/matcher.ts';
import { KIND_INFO } from '../lib/kinds.ts';
import { statusLabel } from '../lib/status.ts';
import { el, statusBadge } from './dom.ts';
import { matchNames, nameFiles } from './names.ts';

let counter = 0;

/** What choosing a suggestion does: by default, open its entry. */
export type Choose = (record: NameRecord) => void;
const open: Choose = (record) => location.assign(record.u);

/** One suggestion: the name, its status badge, and what kind of entry it is and how it matched. */
function optionFor(m: Match, id: string, choose: Choose): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['href'] = m.record.u;
  const meta = [
    KIND_INFO[m.record.k].singular,
    m.matched !== m.record.n ? `“${m.matched}”` : '',
    m.tier === 'close' ? 'close spelling' : '',
  ];
  li.append(
    el('span', m.record.n, 'typeahead__name'),
    ' ',
    statusBadge(m.record.s, statusLabel(m.record.s, m.record.k)),
    ' ',
    el('span', meta.filter(Boolean).join(' · '), 'typeahead__meta'),
  );
  li.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
  li.addEventListener('click', () => choose(m.record));
  return li;
}

/** What the live region says after a search for `query`. */
function announcement(count: number, query: string, choose: Choose): string {
  if (count)
    return `${count} ${count === 1 ? 'suggestion' : 'suggestions'} for “${query}”. Use the arrow keys to choose.`;
  return query ? `No suggestion.${choose === open ? ' Press Enter to search the whole record.' : ''}` : '';
}

export class Combobox {
  readonly #input: HTMLInputElement;
  readonly #id = `typeahead-${++counter}`;
  readonly #list = document.createElement('ul');
  readonly #status = document.createElement('p');
  readonly #choose: Choose;
  #matches: Match[] = [];
  #active = -1;
  /** Counts requests, so an answer that arrives after a later keystroke's is dropped. */
  #generation = 0;

  constructor(input: HTMLInputElement, form: HTMLFormElement, choose: Choose) {
    this.#input = input;
    this.#choose = choose;
    const list = this.#list;
    list.id = `${this.#id}-list`;
    list.className = 'typeahead';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    this.#status.className = 'visually-hidden';
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    form.append(list, this.#status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.addEventListener('input', () => void this.update());
    input.addEventListener('focus', () => this.#matches.length && this.open());
    input.addEventListener('blur', () => this.close());
    input.addEventListener('keydown', (event) => this.onKey(event));
  }

  options(): HTMLLIElement[] {
    return [...this.#list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  }

  setActive(index: number): void {
    this.#active = index;
    this.options().forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const current = this.options()[index];
    if (current) {
      this.#input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  close(): void {
    this.#list.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  open(): void {
    if (this.#matches.length === 0) return this.close();
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  render(query: string): void {
    this.#list.replaceChildren(
      ...this.#matches.map((m, i) => optionFor(m, `${this.#id}-option-${i}`, (r) => this.pick(r))),
    );
    this.#status.textContent = announcement(this.#matches.length, query, this.#choose);
    this.setActive(-1);
    this.open();
  }

  async update(): Promise<void> {
    const query = this.#input.value.trim();
    const mine = ++this.#generation;
    if (!query) {
      this.#matches = [];
      this.#list.replaceChildren();
      this.#status.textContent = '';
      return this.close();
    }
    const found = await matchNames(query, 6);
    if (mine !== this.#generation) return; // a later keystroke has already asked
    this.#matches = found;
    this.render(query);
  }

  pick(record: NameRecord): void {
    this.close();
    this.#choose(record);
  }

  /** Moves through the options, wrapping round: +1 down, -1 up; the list opens if it was closed. */
  move(step: 1 | -1): void {
    const count = this.options().length;
    if (this.#list.hidden) this.open();
    if (!count) return;
    if (step === 1) this.setActive((this.#active + 1) % count);
    else this.setActive(this.#active <= 0 ? count - 1 : this.#active - 1);
  }

  onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const chosen = this.#matches[this.#active];
      // Without a chosen option the form submits to /search/ as it would without JavaScript.
      if (chosen && !this.#list.hidden) {
        event.preventDefault();
        this.pick(chosen.record);
      }
    } else if (event.key === 'Escape') {
      if (!this.#list.hidden) {
        event.preventDefault();
        this.close();
      } else if (this.#input.value) {
        event.preventDefault();
        this.#input.value = '';
        void this.update();
      }
    }
  }
}

/** Makes a search box a combobox with suggestions, once; gives it back to a page that closes it itself. */
export function enhance(input: HTMLInputElement, choose: Choose = open): Combobox | undefined {
  const form = input.form;
  if (!form || input.getAttribute('role') === 'combobox') return undefined;
  void nameFiles(); // so the first keystroke waits for one file, not two in a row
  const box = new Combobox(input, form, choose);
  void box.update();
  return box;
}
