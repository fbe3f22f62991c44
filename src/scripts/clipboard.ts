/**
 * Copies text with the Clipboard API. Where it is missing or refused (plain http, old browsers),
 * returns false and the caller shows the text for copying by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
