import { copyText } from './clipboard';
import { snippets } from '../utils/snippets';

/**
 * `<link-panel>`: each copy button copies its snippet; a `link-panel:update` event with
 * `{ url, embed }` rewrites every snippet (a demo whose state changed).
 */
class LinkPanel extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('.copy-status')!;
    this.addEventListener('click', async (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-key]');
      if (!button) return;
      const text = this.querySelector(`[data-snippet="${button.dataset.copyKey}"]`)!.textContent!.trim();
      status.textContent = `${(await copyText(text)) ? this.dataset.copied : this.dataset.failed} ${text}`;
    });
    this.addEventListener('link-panel:update', (event) => {
      const { url, embed } = (event as CustomEvent<{ url: string; embed?: string }>).detail;
      const height = Number(this.dataset.height);
      for (const s of snippets({ url, title: this.dataset.title!, embed: embed && height ? { src: embed, height } : undefined })) {
        const code = this.querySelector(`[data-snippet="${s.key}"]`);
        if (code) code.textContent = s.text;
      }
    });
  }
}

if (!customElements.get('link-panel')) customElements.define('link-panel', LinkPanel);
