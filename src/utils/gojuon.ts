/**
 * Gojūon rows of the Japanese index. A reading's row is fixed by its first kana after
 * removing voicing marks (が → か, ぱ → は) and folding small kana (ゃ → や).
 */
export const GOJUON_ROWS = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'] as const;
export type GojuonRow = (typeof GOJUON_ROWS)[number];

const ROW_MEMBERS: Record<GojuonRow, string> = {
  あ: 'あいうえおぁぃぅぇぉ',
  か: 'かきくけこゕゖ',
  さ: 'さしすせそ',
  た: 'たちつてとっ',
  な: 'なにぬねの',
  は: 'はひふへほ',
  ま: 'まみむめも',
  や: 'やゆよゃゅょ',
  ら: 'らりるれろ',
  わ: 'わゐゑをんゎ',
};

const ROW_OF = new Map<string, GojuonRow>(GOJUON_ROWS.flatMap((row) => [...ROW_MEMBERS[row]].map((kana) => [kana, row] as const)));

/** The row of a hiragana reading, or `undefined` if it does not start with hiragana. */
export function gojuonRow(reading: string): GojuonRow | undefined {
  const first = reading.normalize('NFD').replace(/[\u3099\u309a]/g, '')[0];
  return first === undefined ? undefined : ROW_OF.get(first);
}

export const jaCollator = new Intl.Collator('ja');
export const enCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface IndexGroup<T> {
  /** Row (あ, か, …) or letter (A, B, …); `other` for anything else. */
  key: string;
  items: T[];
}

/** `L1正則化` → `{ family: 'L', number: 1 }`: a Latin name with a number, read out in kana. */
const numbered = (title: string) => {
  const m = /^([A-Za-z]+)(\d+)/.exec(title);
  return m ? { family: m[1]!.toUpperCase(), number: Number(m[2]) } : undefined;
};

/**
 * Sorts by reading with `Intl.Collator('ja')`, except that names like L1 and L2 keep their numeric
 * order (えるわん would follow えるつー): a family sorts at its first member's reading, then by number.
 */
export function sortByReading<T>(items: T[], reading: (item: T) => string, title: (item: T) => string): T[] {
  const first = new Map<string, string>();
  for (const item of items) {
    const n = numbered(title(item));
    if (n && !(first.has(n.family) && jaCollator.compare(first.get(n.family)!, reading(item)) <= 0)) first.set(n.family, reading(item));
  }
  const keyed = items.map((item) => {
    const n = numbered(title(item));
    return { item, key: n ? first.get(n.family)! : reading(item), number: n?.number ?? -1 };
  });
  keyed.sort(
    (a, b) =>
      jaCollator.compare(a.key, b.key) ||
      a.number - b.number ||
      jaCollator.compare(reading(a.item), reading(b.item)) ||
      jaCollator.compare(title(a.item), title(b.item)),
  );
  return keyed.map((k) => k.item);
}

/** Groups items by gojūon row in row order, each group sorted by `sortByReading`. */
export function groupByGojuon<T>(items: T[], reading: (item: T) => string, title: (item: T) => string): IndexGroup<T>[] {
  const sorted = sortByReading(items, reading, title);
  const order: string[] = [...GOJUON_ROWS, 'other'];
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const key = gojuonRow(reading(item)) ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return order.filter((key) => groups.has(key)).map((key) => ({ key, items: groups.get(key)! }));
}

/** Groups items by initial letter A–Z (others under `other`), sorted alphabetically. */
export function groupByLetter<T>(items: T[], title: (item: T) => string): IndexGroup<T>[] {
  const sorted = [...items].sort((a, b) => enCollator.compare(title(a), title(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = title(item).normalize('NFD')[0]?.toUpperCase() ?? '';
    const key = /^[A-Z]$/.test(letter) ? letter : 'other';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b)));
  return keys.map((key) => ({ key, items: groups.get(key)! }));
}
