import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_BUILD_HEAP_MB, PLACEHOLDER_SITE_URL, readConfig } from '../../src/lib/config.ts';

const TODAY = '2026-12-03';

describe('the build configuration', () => {
  it('falls back to the placeholder address and the given day, and says so', () => {
    const config = readConfig({}, TODAY);
    expect(config).toEqual({
      siteUrl: PLACEHOLDER_SITE_URL,
      siteUrlIsPlaceholder: true,
      buildDate: TODAY,
      repoUrl: undefined,
      contactEmail: undefined,
      contentDir: './content',
      buildHeapMb: DEFAULT_BUILD_HEAP_MB,
    });
  });

  it('reads every setting and trims a trailing slash from addresses', () => {
    const config = readConfig(
      {
        SITE_URL: 'https://tracker.example.org/',
        BUILD_DATE: '2026-11-22',
        REPO_URL: 'https://github.com/example/tracker',
        CONTACT_EMAIL: 'corrections@example.org',
        CONTENT_DIR: '/tmp/content',
        BUILD_HEAP_MB: '4096',
      },
      TODAY,
    );
    expect(config).toMatchObject({
      siteUrl: 'https://tracker.example.org',
      siteUrlIsPlaceholder: false,
      buildDate: '2026-11-22',
      repoUrl: 'https://github.com/example/tracker',
      contactEmail: 'corrections@example.org',
      contentDir: '/tmp/content',
      buildHeapMb: 4096,
    });
  });

  it('accepts http only for a local preview address', () => {
    expect(readConfig({ SITE_URL: 'http://127.0.0.1:4321' }, TODAY).siteUrl).toBe('http://127.0.0.1:4321');
    expect(() => readConfig({ SITE_URL: 'http://tracker.example.org' }, TODAY)).toThrow('SITE_URL must use https');
  });

  it('reports every bad setting at once', () => {
    let error: unknown;
    try {
      readConfig(
        {
          BUILD_DATE: '2026-02-30',
          SITE_URL: 'not a url',
          REPO_URL: 'ftp://x.example',
          CONTACT_EMAIL: 'nobody',
          BUILD_HEAP_MB: '2 GB',
        },
        TODAY,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split('\n')).toEqual([
      'BUILD_DATE must be a date written YYYY-MM-DD, got "2026-02-30"',
      'SITE_URL must be an https address, got "not a url"',
      'REPO_URL must use https, got "ftp://x.example"',
      'CONTACT_EMAIL must be an e-mail address, got "nobody"',
      'BUILD_HEAP_MB must be a whole number of megabytes, at least 256, got "2 GB"',
    ]);
  });
});
