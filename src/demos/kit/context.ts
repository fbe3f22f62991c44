/**
 * What every demo gets when it mounts: its id and strings, its state read from the URL (with a
 * visible message for each value it could not use as given, naming the value in use as its
 * control shows it, and the URL rewritten to that value), a debounced `replaceState` for every
 * change, the "copy a link to this setting" button and the link-and-embed panel kept on the current state.
 */
import { copyText } from '../../scripts/clipboard';
import { type ParamSpec, type Problem, type StateOf, formatValue, narrow, readState, settle, writeState } from './params';
import { describeUrlProblems, fill } from './text';

export type Specs = Record<string, ParamSpec>;

export interface DemoContext<S extends Specs = Specs> {
  root: HTMLElement;
  /** The instance's anchor and URL prefix (the demo's name unless the page gave another id). */
  id: string;
  strings: Record<string, string>;
  state: StateOf<S>;
  specs: S;
  /** The element with `data-role="<role>"` inside the demo. */
  $<T extends Element = HTMLElement>(role: string): T;
  /** Shows a visible message (null hides it). */
  say(text: string | null): void;
  /** The state changed: write it to the URL (debounced) and to the share links. */
  commit(): void;
  /** Marks the demo as drawn (`data-ready`), for tests and tools. */
  ready(): void;
  /** While true, the demo is computing or playing (`data-busy` and `aria-busy`); tests wait for it to end. */
  busy(on: boolean): void;
  /** A job failed: says so in the demo's message and ends the busy state. Returns undefined (for `.catch`). */
  fail(error: unknown): undefined;
  /** How the demo shows a number param (its control's `<output>`); the URL message names values this way. */
  useFormat(format: (param: string, value: number) => string): void;
  /**
   * The live range of a number param is narrower than its spec (it depends on the data): the
   * value moves inside by the spec's rule, and a URL value that had to move is reported. True if it moved.
   */
  narrow(param: string, min: number, max: number): boolean;
}

export interface DemoView<S extends Specs = Specs> {
  /** The demo's parameters; a function when they depend on the element (a default from a prop). */
  specs: S | ((root: HTMLElement) => S);
  mount(ctx: DemoContext<S>): void | Promise<void>;
}

const WRITE_DELAY = 150;

export function startDemo<S extends Specs>(root: HTMLElement, view: DemoView<S>): void {
  const id = root.dataset.id!;
  const aliases = (root.dataset.aliases ?? '').split(' ').filter(Boolean);
  const strings: Record<string, string> = JSON.parse(root.dataset.strings!);
  const declared = typeof view.specs === 'function' ? view.specs(root) : view.specs;
  // A copy: `narrow` replaces a param's spec by its live range.
  const specs = { ...declared };
  const search = new URLSearchParams(location.search);
  const { state, problems } = readState(id, search, specs, aliases);
  const values = state as Record<string, number | string | boolean>;
  /** The URL's key of a param, if the URL has it. */
  const keyOf = (name: string) => [id, ...aliases].map((p) => `${p}.${name}`).find((k) => search.has(k));
  /** The values that came from the URL, until a narrower live range has been applied to them. */
  const fromUrl = new Map(Object.keys(specs).flatMap((name) => (keyOf(name) ? [[name, values[name]!] as const] : [])));
  const message = root.querySelector<HTMLElement>('.demo-message')!;
  const say = (text: string | null) => {
    message.textContent = text ?? '';
    message.hidden = text === null;
  };
  let format: ((param: string, value: number) => string) | undefined;
  const shown = (p: Problem) => {
    const spec = specs[p.name]!;
    const value = values[p.name]!;
    return spec.kind === 'number' && format ? format(p.name, value as number) : formatValue(spec, value);
  };
  const showProblems = () => problems.length > 0 && say(describeUrlProblems(problems, strings, shown));
  showProblems();

  /** On an embed page the shared link leads to the demo's home page (data-home), else to this page. */
  const shareUrl = () => {
    const url = writeState(id, state, specs, new URL(root.dataset.home ?? location.href, location.href), aliases);
    url.hash = id;
    return url;
  };
  /** The embed page always uses the demo's own name as its prefix (a second instance here may not). */
  const embedUrl = () => writeState(root.dataset.name!, state, specs, new URL(root.dataset.embed!, location.href));
  const panel = root.querySelector<HTMLElement>('link-panel');
  const refreshPanel = () => panel?.dispatchEvent(new CustomEvent('link-panel:update', { detail: { url: shareUrl().href, embed: embedUrl().href } }));

  let timer: number | undefined;
  const commit = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      history.replaceState(history.state, '', writeState(id, state, specs, new URL(location.href), aliases));
      refreshPanel();
    }, WRITE_DELAY);
  };

  root.querySelector('[data-copy-link]')?.addEventListener('click', async () => {
    const url = shareUrl().href;
    say((await copyText(url)) ? strings['demo.copied']! : `${strings['demo.copyFailed']!} ${url}`);
  });

  const ctx: DemoContext<S> = {
    root,
    id,
    strings,
    state,
    specs,
    $: <T extends Element>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)!,
    say,
    commit,
    ready: () => {
      root.dataset.ready = '';
    },
    busy: (on) => {
      root.toggleAttribute('data-busy', on);
      root.setAttribute('aria-busy', String(on));
    },
    fail: (error) => {
      say(fill(strings['demo.failed']!, { message: error instanceof Error ? error.message : String(error) }));
      ctx.busy(false);
      return undefined;
    },
    useFormat: (f) => {
      format = f;
      showProblems();
    },
    narrow: (param, min, max) => {
      const spec = declared[param];
      if (spec?.kind !== 'number') return false;
      const live = narrow(spec, min, max);
      (specs as Specs)[param] = live;
      const before = values[param] as number;
      const after = settle(live, before);
      values[param] = after;
      // Only the URL's own value is reported, once: later moves follow the reader's own changes.
      const given = fromUrl.get(param);
      fromUrl.delete(param);
      if (after === before) return false;
      const key = keyOf(param);
      if (key && given === before) {
        const at = problems.findIndex((p) => p.name === param);
        const problem: Problem = { param: key, name: param, given: search.get(key)!, used: formatValue(live, after), reason: 'out-of-range' };
        // An unreadable value keeps its own reason; the message names the value now in use.
        if (at < 0) problems.push(problem);
        else if (problems[at]!.reason !== 'invalid') problems[at] = problem;
        showProblems();
      }
      commit();
      return true;
    },
  };
  // A link with values the demo could not use as given now says the values in use.
  if (problems.length > 0) history.replaceState(history.state, '', writeState(id, state, specs, new URL(location.href), aliases));
  refreshPanel();
  void Promise.resolve(view.mount(ctx)).catch(ctx.fail);
}
