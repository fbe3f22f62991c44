/** Katakana → hiragana (ァ-ヶ → ぁ-ゖ); other characters unchanged. */
export const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
/** Hiragana → katakana (ぁ-ゖ → ァ-ヶ); other characters unchanged. */
export const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/**
 * Words a search for a term should match: its title, reading and aliases, each also in the other
 * kana (Pagefind does not fold hiragana and katakana), so "りっじ" finds リッジ and "ラッソ" finds らっそ.
 */
export function searchKeywords(names: (string | undefined)[]): string[] {
  const words = names.filter((n): n is string => Boolean(n)).flatMap((n) => [n, toHiragana(n), toKatakana(n)]);
  return [...new Set(words)];
}
