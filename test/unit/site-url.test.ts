import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, resolveSite } from '../../src/plugins/site-url';

describe('resolveSite: the origin of canonical, og:url, hreflang and og:image', () => {
  it('fails a production build without SITE and says exactly what to set', () => {
    for (const env of [{}, { SITE: '' }, { SITE: '  ' }, { LOCAL_PREVIEW: '0' }]) {
      expect(() => resolveSite(env, 'build')).toThrow(/SITE is not set/);
    }
    let message = '';
    try {
      resolveSite({}, 'build');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(LOCAL_ORIGIN);
    expect(message).toContain('SITE=https://example.org npm run build');
    expect(message).toContain('npm run build -- --local');
    expect(message).toContain('LOCAL_PREVIEW=1');
  });

  it('lets a local preview build, the dev server and astro check use the local origin', () => {
    expect(resolveSite({ LOCAL_PREVIEW: '1' }, 'build')).toBe(LOCAL_ORIGIN);
    for (const command of ['dev', 'preview', 'sync'] as const) expect(resolveSite({}, command)).toBe(LOCAL_ORIGIN);
  });

  it('uses SITE, normalized to its origin, even in a local preview build', () => {
    expect(resolveSite({ SITE: 'https://zukan.example' }, 'build')).toBe('https://zukan.example');
    expect(resolveSite({ SITE: 'https://zukan.example/' }, 'build')).toBe('https://zukan.example');
    expect(resolveSite({ SITE: ' https://Zukan.Example:8443/ ', LOCAL_PREVIEW: '1' }, 'build')).toBe('https://zukan.example:8443');
  });

  it('rejects a SITE that is not an http(s) origin at the root', () => {
    expect(() => resolveSite({ SITE: 'zukan.example' }, 'build')).toThrow(/is not a URL/);
    for (const SITE of ['ftp://zukan.example', 'https://zukan.example/docs/', 'https://zukan.example/?a=1', 'https://zukan.example/#top']) {
      expect(() => resolveSite({ SITE }, 'build'), SITE).toThrow(/must be an http\(s\) origin without a path/);
    }
  });
});
