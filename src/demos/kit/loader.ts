/**
 * Defines a demo's custom element: the only demo code on a page until the demo comes near the
 * viewport. Then it loads the demo's view and the kit's context together and mounts the view.
 * A link to an old anchor of the demo (`#alias`) still scrolls to it.
 */
import type { DemoView } from './context';
import { whenVisible } from './visible';

export function defineDemo(tag: string, load: () => Promise<DemoView>): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        const aliases = (this.dataset.aliases ?? '').split(' ').filter(Boolean);
        if (aliases.includes(location.hash.slice(1))) this.closest('figure')?.scrollIntoView();
        whenVisible(this, () => {
          void Promise.all([load(), import('./context')]).then(([view, { startDemo }]) => startDemo(this, view));
        });
      }
    },
  );
}
