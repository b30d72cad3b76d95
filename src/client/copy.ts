// Copy buttons (src/components/CopyableAnswer.astro): shown only when the browser can copy, so without
// JavaScript the sentence and its citation are plain text to select.
function copyButtons(): void {
  if (!navigator.clipboard) return;
  for (const actions of document.querySelectorAll<HTMLElement>('[data-copy-actions]')) {
    actions.hidden = false;
    const status = actions.querySelector<HTMLElement>('[role="status"]');
    for (const button of actions.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', () => {
        const text = document.getElementById(button.dataset['copy'] ?? '')?.textContent?.trim() ?? '';
        navigator.clipboard.writeText(text).then(
          () => status && (status.textContent = 'Copied.'),
          () => status && (status.textContent = 'Copying was refused: select the text instead.'),
        );
      });
    }
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', copyButtons);
else copyButtons();
