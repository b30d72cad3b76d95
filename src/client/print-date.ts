// A printed entry says when it was printed: the date is filled in as the print dialog opens (a
// static page cannot know it). Without JavaScript the brief still carries its permalink and data date.
addEventListener('beforeprint', () => {
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  for (const el of document.querySelectorAll('.print-date')) el.textContent = ` on ${today}`;
});
