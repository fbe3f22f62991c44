/**
 * What every demo gets when it mounts: its id and strings, its state read from the URL (with a
 * visible message for each value it could not use), a debounced `replaceState` for every change,
 * the "copy a link to this setting" button and the link-and-embed panel kept on the current state.
 */
import { copyText } from '../../scripts/clipboard';
import { type ParamSpec, type StateOf, readState, writeState } from './params';
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
  const specs = typeof view.specs === 'function' ? view.specs(root) : view.specs;
  const { state, problems } = readState(id, location.search, specs, aliases);
  const message = root.querySelector<HTMLElement>('.demo-message')!;
  const say = (text: string | null) => {
    message.textContent = text ?? '';
    message.hidden = text === null;
  };
  if (problems.length > 0) say(describeUrlProblems(problems, strings['demo.urlProblem']!));

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
  };
  refreshPanel();
  void Promise.resolve(view.mount(ctx)).catch(ctx.fail);
}
