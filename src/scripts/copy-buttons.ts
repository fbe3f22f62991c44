import { copyText } from './clipboard';

/** `<copy-buttons>`: every `button[data-copy]` inside copies its text and reports it in `.copy-status`. */
class CopyButtons extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('.copy-status');
    this.addEventListener('click', async (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      const text = button.dataset.copy!;
      const ok = await copyText(text);
      if (status) status.textContent = `${ok ? this.dataset.copied : this.dataset.failed} ${text}`;
    });
  }
}

if (!customElements.get('copy-buttons')) customElements.define('copy-buttons', CopyButtons);
