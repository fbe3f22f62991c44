import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../utils/snippets';

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

  #ask = () => this.querySelector('iframe')?.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, location.origin);

  connectedCallback() {
    addEventListener('message', this.#listener);
    // The frame may have loaded and reported before this script ran: ask it again, now and on load.
    this.querySelector('iframe')?.addEventListener('load', this.#ask);
    this.#ask();
  }

  disconnectedCallback() {
    removeEventListener('message', this.#listener);
    this.querySelector('iframe')?.removeEventListener('load', this.#ask);
  }
}

if (!customElements.get('embed-preview')) customElements.define('embed-preview', EmbedPreview);
