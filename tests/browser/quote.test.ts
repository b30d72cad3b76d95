// A copyable answer: the Copy buttons copy the sentence and the citation (Chromium, with the
// clipboard permission granted), and without JavaScript the same text is there to select.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const chromium = useBrowser();

describe('a quoted answer', () => {
  it.each(['/', '/status/banned/', '/groups/eu/', '/countries/united-kingdom/'])(
    'the Copy button of %s copies its sentence, then its citation',
    async (path) => {
      const w = await chromium.open(path, { permissions: ['clipboard-read', 'clipboard-write'] });
      const sentence = (await w.page.locator('#quote-sentence').textContent())!.trim();
      expect(sentence).toMatch(/^As of \d{1,2} \w+ \d{4}, .*Huawei Tracker (lists|records) /);
      await w.page.getByRole('button', { name: 'Copy the sentence' }).click();
      await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);
      await expect.poll(() => w.page.locator('[data-copy-actions] [role="status"]').textContent()).toBe('Copied.');
      await w.page.getByRole('button', { name: 'Copy the citation' }).click();
      const cite = (await w.page.locator('#quote-cite').textContent())!.trim();
      await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toBe(cite);
      await chromium.done(w);
    },
  );

  it('without JavaScript, the sentence and the citation are text and no button shows', async () => {
    const w = await chromium.open('/', { javaScriptEnabled: false });
    expect(await w.page.locator('#quote-sentence').isVisible()).toBe(true);
    expect(await w.page.locator('#quote-cite').isVisible()).toBe(true);
    expect(await w.page.getByRole('button', { name: 'Copy the sentence' }).isVisible()).toBe(false);
    await chromium.done(w);
  });
});
