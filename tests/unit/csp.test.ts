import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneCspHashes } from '../../src/lib/csp.ts';

const digest = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('base64');
const hash = (text: string, algorithm = 'sha256') => `'${algorithm}-${digest(algorithm, text)}'`;
const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('the hashes of a page’s meta policy', () => {
  it('drop those of scripts and styles the page does not carry', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('island()')} ${hash('idle()')}; style-src 'self' ${hash('')};`;
    expect(pruneCspHashes(page(policy, '<script type="module" src="/a.js"></script>'), digest)).toBe(
      page(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
        '<script type="module" src="/a.js"></script>',
      ),
    );
  });

  it('keep those of the page’s own inline script and style, in any algorithm', () => {
    const body = '<script>run()</script><style>p{color:red}</style>';
    const policy = `script-src 'self' ${hash('run()', 'sha384')} ${hash('other()')}; style-src 'self' ${hash('p{color:red}')}`;
    expect(pruneCspHashes(page(policy, body), digest)).toBe(
      page(`script-src 'self' ${hash('run()', 'sha384')}; style-src 'self' ${hash('p{color:red}')}`, body),
    );
  });

  it('leave a page without a meta policy, and every other source, alone', () => {
    expect(pruneCspHashes('<p>no policy</p>', digest)).toBe('<p>no policy</p>');
    const policy = "default-src 'self'; img-src 'self' data:; object-src 'none'";
    expect(pruneCspHashes(page(policy), digest)).toBe(page(policy));
  });
});
