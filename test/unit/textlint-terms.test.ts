import { createLinter, loadTextlintrc } from 'textlint';
import { beforeAll, describe, expect, it } from 'vitest';

// The one-word-per-idea rules of prh.yml, run through the project's own .textlintrc.yml as
// `npm run lint` runs them: a variant in the prose is reported with the headword to use.
let lint: (text: string) => Promise<{ rule: string; message: string }[]>;

beforeAll(async () => {
  const linter = createLinter({ descriptor: await loadTextlintrc({ configFilePath: '.textlintrc.yml' }) });
  lint = async (text) => {
    const file = `---\ntitle: 試験\n---\n\n${text}\n`;
    const result = await linter.lintText(file, 'content/glossary/ja/fixture.mdx');
    return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
  };
  // The first lint loads every rule and the prh dictionary (seconds on a busy machine): pay it here, not in a test.
  await lint('準備。');
}, 60_000);

const prh = async (text: string) => (await lint(text)).filter((m) => m.rule === 'prh').map((m) => m.message);

describe('one word per idea (prh.yml)', () => {
  it.each([
    ['荷重減衰を強めます。', '荷重減衰 => 重み減衰'],
    ['早期停止で学習を止めます。', '早期停止 => 早期終了'],
    ['早期打ち切りで学習を止めます。', '早期打ち切り => 早期終了'],
    ['過剰適合を防ぎます。', '過剰適合 => 過学習'],
    ['オーバーフィッティングを防ぎます。', 'オーバーフィッティング => 過学習'],
    ['グループ効果が働きます。', 'グループ効果 => グループ化効果'],
    ['正則化パスを描きます。', '正則化パス => 係数の経路'],
    ['Lasso は係数を0にします。', 'Lasso => ラッソ'],
    ['Elastic Net を使います。', 'Elastic Net => エラスティックネット'],
    ['特徴の数が多いときです。', '特徴 => 特徴量'],
    ['adaptive lasso で重みを変えます。', 'adaptive lasso => 適応型ラッソ'],
    ['リラックスドラッソで当てはめ直します。', 'リラックスドラッソ => 緩和ラッソ'],
    ['stability selection で特徴量を選びます。', 'stability selection => 安定性選択'],
    ['スタビリティセレクションを使います。', 'スタビリティセレクション => 安定性選択'],
    ['サブサンプルを100個作ります。', 'サブサンプル => 部分標本'],
    ['ダブルディセントが起きます。', 'ダブルディセント => 二重降下'],
    ['double descent の山です。', 'double descent => 二重降下'],
  ])('reports %s', async (text, expected) => {
    expect(await prh(text)).toContain(expected);
  });

  it.each([
    '重み減衰は「荷重減衰」とも呼びます。',
    'ラッソ（Lasso）は係数を0にします。',
    'scikit-learn の `Lasso` と `ElasticNet` を使います。',
    '特徴選択と特徴行列の話です。',
    '早期終了と過学習と重み減衰の話です。',
    '緩和ラッソ（relaxed lasso）と「アダプティブラッソ」の話です。',
    '安定性選択（stability selection）は部分標本（「サブサンプル」）を使います。',
    '二重降下（double descent）は「ダブルディセント」とも呼びます。',
  ])('accepts %s', async (text) => {
    expect(await prh(text)).toEqual([]);
  });
});
