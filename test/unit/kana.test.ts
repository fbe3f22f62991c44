import { describe, expect, it } from 'vitest';
import { searchKeywords, toHiragana, toKatakana } from '../../src/utils/kana';

describe('kana folding for search', () => {
  it('converts between hiragana and katakana, leaving the rest', () => {
    expect(toHiragana('リッジ回帰 Ridge')).toBe('りっじ回帰 Ridge');
    expect(toKatakana('えるわんせいそくか')).toBe('エルワンセイソクカ');
    expect(toHiragana('ドロップアウト')).toBe('どろっぷあうと');
  });

  it('lists each name in both kana once, skipping missing ones', () => {
    expect(searchKeywords(['ラッソ', undefined, 'Lasso', 'らっそ'])).toEqual(['ラッソ', 'らっそ', 'Lasso']);
  });
});
