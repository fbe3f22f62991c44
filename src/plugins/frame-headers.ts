/**
 * After the build, gives every page its `frame-ancestors` in `dist/_headers`: the demo embed
 * pages (`/<lang>/embed/<demo>/`) may be framed by any site, every other page only by our own.
 * One exact rule per page, because hosts join the values of overlapping rules (and two CSP
 * headers both apply, so a `/*` rule of 'self' would block the embeds too).
 */
import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { DEMO_NAMES } from '../demos/registry.ts';

const EMBED = new RegExp(`^(ja|en)/embed/(${DEMO_NAMES.join('|')})/$`);

export function frameAncestorsFor(pathname: string): string {
  return EMBED.test(pathname.replace(/^\//, '')) ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

export function frameHeaders(): AstroIntegration {
  return {
    name: 'frame-headers',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const rules = pages
          .map(({ pathname }) => `/${pathname}`)
          .filter((path) => path.endsWith('/'))
          .sort()
          .map((path) => `${path}\n  Content-Security-Policy: ${frameAncestorsFor(path)}\n`);
        appendFileSync(new URL('_headers', dir), `\n# Framing, one exact rule per page (src/plugins/frame-headers.ts).\n${rules.join('')}`);
      },
    },
  };
}
