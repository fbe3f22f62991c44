import { HEIGHT_MESSAGE } from '../utils/snippets';

/**
 * `<embed-preview>`: the live example on the bloggers' page. Its iframe shows one of our embed pages
 * (same origin); like the snippet a blog pastes, it takes the height that page reports, but only
 * from our origin and only from its own frame.
 */
class EmbedPreview extends HTMLElement {
  #listener = (event: MessageEvent) => {
    const frame = this.querySelector('iframe');
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!frame || event.origin !== location.origin || event.source !== frame.contentWindow) return;
    if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !(data.height > 0)) return;
    frame.style.height = `${Math.ceil(data.height)}px`;
  };

  connectedCallback() {
    addEventListener('message', this.#listener);
  }

  disconnectedCallback() {
    removeEventListener('message', this.#listener);
  }
}

if (!customElements.get('embed-preview')) customElements.define('embed-preview', EmbedPreview);
