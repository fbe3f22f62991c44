import { describe, expect, it } from 'vitest';
import { DEMO_NAMES } from '../../src/demos/registry';
import { frameAncestorsFor } from '../../src/plugins/frame-headers';

describe('frameAncestorsFor', () => {
  it('lets any site frame the embed page of every demo, in both languages', () => {
    for (const lang of ['ja', 'en']) for (const demo of DEMO_NAMES) expect(frameAncestorsFor(`/${lang}/embed/${demo}/`)).toBe('frame-ancestors *');
    expect(frameAncestorsFor('ja/embed/overfit/')).toBe('frame-ancestors *');
  });

  it("keeps every other page to 'self': the bloggers' page, terms, articles, the home page, unknown demos", () => {
    for (const path of [
      '/',
      '/ja/',
      '/ja/embed/',
      '/en/embed/',
      '/ja/glossary/dropout/',
      '/en/articles/l1-vs-l2/',
      '/ja/embed/not-a-demo/',
      '/fr/embed/overfit/',
      '/ja/embed/overfit/extra/',
      '/ja/embed/overfit',
      '/x/ja/embed/overfit/',
    ])
      expect(frameAncestorsFor(path), path).toBe("frame-ancestors 'self'");
  });
});
