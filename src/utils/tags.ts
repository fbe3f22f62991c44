import { TAGS, type Tag } from '../data/tags';
import type { Lang } from '../i18n';

/** The vocabulary entry of a tag as written in content of one language (`線形モデル`, `linear models`). */
export function findTag(lang: Lang, name: string): Tag | undefined {
  return TAGS.find((tag) => tag[lang] === name);
}

/** Names a contributor may use in one language, for error messages. */
export const tagNames = (lang: Lang) => TAGS.map((tag) => tag[lang]);
