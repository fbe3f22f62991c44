import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, SNIPPET_KEYS, heightListener, iframeHtml, iframeSnippet, snippets } from '../../src/utils/snippets';

const URL_ = 'https://zukan.example/ja/glossary/dropout/';
const byKey = (list: { key: string; text: string }[]) => Object.fromEntries(list.map((s) => [s.key, s.text]));

describe('snippets', () => {
  it("gives the bare URL, Zenn's card and Hatena's embed forms", () => {
    const s = byKey(snippets({ url: URL_, title: 'ドロップアウト' }));
    expect(s.url).toBe(URL_);
    expect(s.zenn).toBe(`@[card](${URL_})`);
    expect(s.hatena).toBe(`[${URL_}:embed:cite]`);
    expect(s.markdown).toBe(`[ドロップアウト](${URL_})`);
    expect(s.html).toBe(`<a href="${URL_}">ドロップアウト</a>`);
    expect(s.iframe).toBeUndefined();
    expect(Object.keys(s)).toEqual(SNIPPET_KEYS.filter((k) => k !== 'iframe'));
  });

  it('escapes quotes and angle brackets in HTML, and brackets and backslashes in Markdown', () => {
    const title = 'L1 [lasso] & "ridge" <b>\\';
    const s = byKey(snippets({ url: `${URL_}?a=1&b=2`, title }));
    expect(s.html).toBe(`<a href="${URL_}?a=1&amp;b=2">L1 [lasso] &amp; &quot;ridge&quot; &lt;b&gt;\\</a>`);
    expect(s.markdown).toBe(`[L1 \\[lasso\\] & "ridge" <b>\\\\](${URL_}?a=1&b=2)`);
    const frame = iframeHtml('https://zukan.example/ja/embed/overfit/?x="1"', title, 900);
    expect(frame).toContain('src="https://zukan.example/ja/embed/overfit/?x=&quot;1&quot;"');
    expect(frame).toContain('title="L1 [lasso] &amp; &quot;ridge&quot; &lt;b&gt;\\"');
    expect(frame).toContain('height="900"');
    expect(frame).not.toMatch(/<b>|"ridge"/);
  });

  it('adds the iframe and its height listener for a demo', () => {
    const embed = { src: 'https://zukan.example/ja/embed/overfit/', height: 1180 };
    const s = byKey(snippets({ url: URL_, title: '過学習', embed }));
    expect(s.iframe).toBe(iframeSnippet(embed.src, '過学習', 1180));
    expect(s.iframe).toBe(`${iframeHtml(embed.src, '過学習', 1180)}\n${heightListener('https://zukan.example')}`);
    expect(s.iframe).toContain('data-seisokuka-embed');
  });
});

describe('heightListener', () => {
  /** Runs the listener's script against a fake page and returns what happened to two frames. */
  function run(origin: string, event: { origin: string; data: unknown; fromFrame: 0 | 1 | null }) {
    const code = /^<script>([\s\S]*)<\/script>$/.exec(heightListener(origin))![1]!;
    const frames = [0, 1].map(() => ({ contentWindow: {}, style: { height: '' } }));
    let handler: (e: unknown) => void = () => {};
    const addEventListener = (type: string, fn: (e: unknown) => void) => {
      expect(type).toBe('message');
      handler = fn;
    };
    const document = { querySelectorAll: (selector: string) => (selector === 'iframe[data-seisokuka-embed]' ? frames : []) };
    new Function('addEventListener', 'document', code)(addEventListener, document);
    handler({ origin: event.origin, data: event.data, source: event.fromFrame === null ? {} : frames[event.fromFrame]!.contentWindow });
    return frames.map((f) => f.style.height);
  }
  const ORIGIN = 'https://zukan.example';

  it('resizes only the frame that sent the message', () => {
    expect(run(ORIGIN, { origin: ORIGIN, data: { type: HEIGHT_MESSAGE, height: 640.2 }, fromFrame: 1 })).toEqual(['', '641px']);
  });

  it('ignores other origins, other messages and windows that are not our frames', () => {
    expect(run(ORIGIN, { origin: 'https://evil.example', data: { type: HEIGHT_MESSAGE, height: 10 }, fromFrame: 0 })).toEqual(['', '']);
    expect(run(ORIGIN, { origin: `${ORIGIN}.evil.example`, data: { type: HEIGHT_MESSAGE, height: 10 }, fromFrame: 0 })).toEqual(['', '']);
    expect(run(ORIGIN, { origin: ORIGIN, data: { type: 'other', height: 10 }, fromFrame: 0 })).toEqual(['', '']);
    expect(run(ORIGIN, { origin: ORIGIN, data: null, fromFrame: 0 })).toEqual(['', '']);
    expect(run(ORIGIN, { origin: ORIGIN, data: { type: HEIGHT_MESSAGE, height: 10 }, fromFrame: null })).toEqual(['', '']);
  });

  it('compares the origin exactly, as a JSON string literal', () => {
    expect(heightListener(ORIGIN)).toContain(`e.origin!==${JSON.stringify(ORIGIN)}`);
    expect(heightListener('https://a.example"+alert(1)+"')).toContain('"https://a.example\\"+alert(1)+\\""');
  });
});
