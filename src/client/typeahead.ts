// The header search box on every page. Without JavaScript it is a plain form that submits to
// /search/. This script is tiny: the matcher and its name index load only when the box is used.
const input = document.querySelector<HTMLInputElement>('#header-search');
if (input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./combobox.ts').then(({ enhance }) => enhance(input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  // Already focused (a reader tabbed in before the script ran).
  if (document.activeElement === input) start();
}
