/** UI strings of one demo, Japanese first; `en` must have exactly the same keys. */
export const ja = {} as const;
export const en: Record<keyof typeof ja, string> = {};
