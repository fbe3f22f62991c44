import { describe, expect, it } from 'vitest';
import { GOJUON_ROWS, gojuonRow, groupByGojuon, groupByLetter } from '../../src/utils/gojuon';

describe('gojuonRow', () => {
  it.each([
    ['あいうえお', 'あ'],
    ['かくりつ', 'か'],
    ['がくしゅう', 'か'],
    ['さいてき', 'さ'],
    ['じょうほう', 'さ'],
    ['たんじゅん', 'た'],
    ['どろっぷあうと', 'た'],
    ['ないせき', 'な'],
    ['はんか', 'は'],
    ['ばいあす', 'は'],
    ['ぱす', 'は'],
    ['まっぷ', 'ま'],
    ['やくわり', 'や'],
    ['ゆう', 'や'],
    ['らっそ', 'ら'],
    ['わいと', 'わ'],
    ['をん', 'わ'],
    ['ゔぁりあんす', 'あ'],
    ['ぁあ', 'あ'],
    ['ゃ', 'や'],
    ['っぷ', 'た'],
  ])('%s is in the %s row', (reading, row) => {
    expect(gojuonRow(reading)).toBe(row);
  });

  it('returns undefined for readings that do not start with hiragana', () => {
    expect(gojuonRow('')).toBeUndefined();
    expect(gojuonRow('ーあ')).toBeUndefined();
    expect(gojuonRow('L1')).toBeUndefined();
  });

  it('maps every basic hiragana to exactly one of the ten rows', () => {
    const basic = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん';
    const rows = [...basic].map(gojuonRow);
    expect(rows.every((r) => r !== undefined && (GOJUON_ROWS as readonly string[]).includes(r))).toBe(true);
    expect(new Set(rows).size).toBe(10);
  });
});

describe('groupByGojuon', () => {
  const terms = [
    { title: 'ラッソ', reading: 'らっそ' },
    { title: 'L2正則化', reading: 'えるつーせいそくか' },
    { title: '過学習', reading: 'かがくしゅう' },
    { title: 'L1正則化', reading: 'えるわんせいそくか' },
    { title: 'ドロップアウト', reading: 'どろっぷあうと' },
    { title: '汎化', reading: 'はんか' },
    { title: 'バイアス', reading: 'ばいあす' },
    { title: 'データ拡張', reading: 'でーたかくちょう' },
    { title: '早期終了', reading: 'そうきしゅうりょう' },
  ];
  const groups = groupByGojuon(
    terms,
    (t) => t.reading,
    (t) => t.title,
  );

  it('orders the groups by row and leaves out empty rows', () => {
    expect(groups.map((g) => g.key)).toEqual(['あ', 'か', 'さ', 'た', 'は', 'ら']);
  });

  it('sorts within a row by reading with Intl.Collator("ja")', () => {
    const byKey = Object.fromEntries(groups.map((g) => [g.key, g.items.map((t) => t.title)]));
    expect(byKey['あ']).toEqual(['L1正則化', 'L2正則化']); // numbers in order, although つ sorts before わ
    expect(byKey['た']).toEqual(['データ拡張', 'ドロップアウト']);
    expect(byKey['は']).toEqual(['バイアス', '汎化']); // ば sorts with は: ばい < はん
  });

  it('keeps a numbered Latin family in numeric order at its first reading, between the other terms', () => {
    const items = [
      { title: 'L2正則化', reading: 'えるつーせいそくか' },
      { title: 'エラスティックネット', reading: 'えらすてぃっくねっと' },
      { title: 'L10ノルム', reading: 'えるてんのるむ' },
      { title: 'L1正則化', reading: 'えるわんせいそくか' },
      { title: 'L0ノルム', reading: 'えるぜろのるむ' },
      { title: 'AdamW', reading: 'あだむだぶりゅー' },
      { title: 'オッカムの剃刀', reading: 'おっかむのかみそり' },
    ];
    const order = groupByGojuon(
      items,
      (t) => t.reading,
      (t) => t.title,
    )[0]!.items.map((t) => t.title);
    expect(order).toEqual(['AdamW', 'エラスティックネット', 'L0ノルム', 'L1正則化', 'L2正則化', 'L10ノルム', 'オッカムの剃刀']);
  });

  it('keeps every item exactly once', () => {
    expect(groups.flatMap((g) => g.items)).toHaveLength(terms.length);
  });
});

describe('groupByLetter', () => {
  it('groups English titles by initial letter, alphabetically and case-insensitively', () => {
    const titles = ['dropout', 'Early stopping', 'Data augmentation', 'L2 regularization', 'L1 regularization', 'Elastic Net', '1-SE rule'];
    const groups = groupByLetter(titles, (t) => t);
    expect(groups.map((g) => g.key)).toEqual(['D', 'E', 'L', 'other']);
    expect(groups[0]!.items).toEqual(['Data augmentation', 'dropout']);
    expect(groups[1]!.items).toEqual(['Early stopping', 'Elastic Net']);
    expect(groups[2]!.items).toEqual(['L1 regularization', 'L2 regularization']);
  });
});
