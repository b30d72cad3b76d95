// Type-ahead for a search box, following the WAI-ARIA combobox pattern (list autocomplete): the input
// is the combobox, a listbox of suggestions opens under it, arrow keys move through the options,
// Enter on an option opens that entry and Enter otherwise submits the form (the search page),
// Escape closes the list (and clears the box when it is already closed). A live region says how
// many suggestions there are. Suggestions are built with textContent, never as HTML.
import type { Match } from '../lib/matcher.ts';
import { KIND_INFO } from '../lib/kinds.ts';
import { STATUS_INFO, statusLabel } from '../lib/status.ts';
import { matchNames } from './names.ts';

let counter = 0;

export function enhance(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.getAttribute('role') === 'combobox') return;
  const id = `typeahead-${++counter}`;
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.className = 'typeahead';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  form.append(list, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let matches: Match[] = [];
  let active = -1;
  let generation = 0;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];

  function setActive(index: number): void {
    active = index;
    options().forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const current = options()[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function open(): void {
    if (matches.length === 0) return close();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function render(query: string): void {
    list.replaceChildren(
      ...matches.map((m, i) => {
        const li = document.createElement('li');
        li.id = `${id}-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset['href'] = m.record.u;
        const name = document.createElement('span');
        name.className = 'typeahead__name';
        name.textContent = m.record.n;
        const badge = document.createElement('span');
        badge.className = `badge badge--${m.record.s}`;
        badge.textContent = `${STATUS_INFO[m.record.s].symbol} ${statusLabel(m.record.s, m.record.k)}`;
        const meta = document.createElement('span');
        meta.className = 'typeahead__meta';
        meta.textContent = [
          KIND_INFO[m.record.k].singular,
          m.matched !== m.record.n ? `“${m.matched}”` : '',
          m.tier === 'close' ? 'close spelling' : '',
        ]
          .filter(Boolean)
          .join(' · ');
        li.append(name, ' ', badge, ' ', meta);
        li.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
        li.addEventListener('click', () => location.assign(m.record.u));
        return li;
      }),
    );
    status.textContent = matches.length
      ? `${matches.length} ${matches.length === 1 ? 'suggestion' : 'suggestions'} for “${query}”. Use the arrow keys to choose.`
      : query
        ? 'No suggestion. Press Enter to search the whole record.'
        : '';
    setActive(-1);
    open();
  }

  async function update(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      matches = [];
      list.replaceChildren();
      status.textContent = '';
      return close();
    }
    const found = await matchNames(query, 6);
    if (mine !== generation) return; // a later keystroke has already asked
    matches = found;
    render(query);
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (matches.length) open();
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden) open();
      if (count) setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) open();
      if (count) setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const chosen = options()[active];
      if (chosen && !list.hidden) {
        event.preventDefault();
        location.assign(chosen.dataset['href']!);
      }
      // Otherwise the form submits to /search/ as it would without JavaScript.
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        void update();
      }
    }
  });
  void update();
}
