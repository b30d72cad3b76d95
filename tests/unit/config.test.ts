import { describe, expect, it } from 'vitest';
import {
  basePath,
  ConfigError,
  DEFAULT_BUILD_HEAP_MB,
  PREVIEW_SITE_URL,
  readConfig,
  withBase,
} from '../../src/lib/config.ts';

const TODAY = '2026-12-03';
const PUBLISHED = { siteUrl: 'https://tracker.example.org', repository: 'https://github.com/example/tracker' };

describe('the build configuration', () => {
  it('previews on the local address with nothing configured, and says it is a preview', () => {
    const config = readConfig({ SITE_PREVIEW: '1' }, TODAY);
    expect(config).toEqual({
      siteUrl: PREVIEW_SITE_URL,
      base: '/',
      preview: true,
      publishProblems: [],
      buildDate: TODAY,
      repoUrl: undefined,
      contactEmail: undefined,
      contentDir: './content',
      buildHeapMb: DEFAULT_BUILD_HEAP_MB,
    });
  });

  it('says what a build to publish lacks: a public address, a corrections channel', () => {
    const { publishProblems } = readConfig({}, TODAY, { siteUrl: '', repository: '', correctionsEmail: '' });
    expect(publishProblems).toHaveLength(2);
    expect(publishProblems[0]).toContain(
      'No public address: set siteUrl in site.config.yaml (or SITE_URL in the environment)',
    );
    expect(publishProblems[1]).toContain(
      'No way for readers to send corrections: set repository (or REPO_URL) or correctionsEmail',
    );
    expect(readConfig({}, TODAY, PUBLISHED).publishProblems).toEqual([]);
  });

  it('reads the deployment file, and the environment overrides it', () => {
    const fromFile = readConfig({}, TODAY, PUBLISHED);
    expect([fromFile.siteUrl, fromFile.repoUrl, fromFile.preview]).toEqual([
      'https://tracker.example.org',
      'https://github.com/example/tracker',
      false,
    ]);
    const overridden = readConfig({ SITE_URL: 'https://other.example.org/' }, TODAY, PUBLISHED);
    expect(overridden.siteUrl).toBe('https://other.example.org');
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
      base: '/',
      preview: false,
      buildDate: '2026-11-22',
      repoUrl: 'https://github.com/example/tracker',
      contactEmail: 'corrections@example.org',
      contentDir: '/tmp/content',
      buildHeapMb: 4096,
    });
  });

  it('takes the base path from the address, and puts site paths under it', () => {
    const config = readConfig({ SITE_URL: 'https://owner.github.io/huawei-tracker' }, TODAY, PUBLISHED);
    expect(config.base).toBe('/huawei-tracker/');
    expect(basePath('https://tracker.example.org')).toBe('/');
    expect(withBase('/countries/sweden/', '/huawei-tracker/')).toBe('/huawei-tracker/countries/sweden/');
    expect(withBase('/countries/sweden/', '/')).toBe('/countries/sweden/');
    expect(withBase('https://x.example/', '/huawei-tracker/')).toBe('https://x.example/');
    expect(withBase('#event', '/huawei-tracker/')).toBe('#event');
  });

  it('accepts http only for a local address', () => {
    expect(readConfig({ SITE_URL: 'http://127.0.0.1:4321' }, TODAY, PUBLISHED).siteUrl).toBe('http://127.0.0.1:4321');
    expect(() => readConfig({ SITE_URL: 'http://tracker.example.org' }, TODAY, PUBLISHED)).toThrow(
      'SITE_URL must use https',
    );
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
