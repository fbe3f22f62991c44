import { describe, expect, it } from 'vitest';
import { OEMBED_CACHE_AGE, OEMBED_WIDTH, oembed, oembedPath } from '../../src/utils/oembed';
import { iframeHtml } from '../../src/utils/snippets';

const SITE = 'https://zukan.example';
const base = { site: SITE, providerName: '正則化ずかん', providerPath: '/ja/' };

describe('oembed', () => {
  it('describes a term or an article as a link, with absolute URLs and the Open Graph image', () => {
    const json = oembed({ ...base, title: 'ドロップアウト', thumbnail: '/og/ja/glossary/dropout.png' });
    expect(json).toEqual({
      version: '1.0',
      type: 'link',
      title: 'ドロップアウト',
      provider_name: '正則化ずかん',
      provider_url: 'https://zukan.example/ja/',
      thumbnail_url: 'https://zukan.example/og/ja/glossary/dropout.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
      cache_age: OEMBED_CACHE_AGE,
    });
    expect(Object.keys(json).slice(0, 2)).toEqual(['version', 'type']);
    expect(json).not.toHaveProperty('html');
  });

  it("describes a demo's embed page as rich: the snippet's iframe at the registry height", () => {
    const json = oembed({
      ...base,
      title: 'A "quoted" <title>',
      thumbnail: '/og/ja/glossary/overfitting.png',
      embed: { path: '/ja/embed/overfit/', height: 1180 },
    });
    expect(json.type).toBe('rich');
    if (json.type !== 'rich') return;
    expect(json.html).toBe(iframeHtml('https://zukan.example/ja/embed/overfit/', 'A "quoted" <title>', 1180));
    expect(json.html).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(json.html).not.toContain('<script');
    expect([json.width, json.height]).toEqual([OEMBED_WIDTH, 1180]);
    expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
  });

  it('puts the file beside its page, and only beside a page', () => {
    expect(oembedPath('/ja/glossary/dropout/')).toBe('/ja/glossary/dropout/oembed.json');
    expect(oembedPath('/en/embed/paths/')).toBe('/en/embed/paths/oembed.json');
    expect(() => oembedPath('/ja/glossary/dropout')).toThrow();
    expect(() => oembedPath('ja/glossary/dropout/')).toThrow();
  });
});
