// TEMPORARY: the pre-kit start-up, kept only until every demo mounts through context.ts. Delete with the last user.
/**
 * The first lines of every demo view: its id, its UI strings, its state from the URL, a
 * visible message for any URL value it could not use, and its "link to this setting" button.
 */
import { copyText } from '../../scripts/clipboard';
import { describeUrlProblems } from './text';
import { type ParamSpec, readState } from './params';

export function startDemo<S extends Record<string, ParamSpec>>(root: HTMLElement, specs: S) {
  const id = root.dataset.id!;
  const strings: Record<string, string> = JSON.parse(root.dataset.strings!);
  const { state, problems } = readState(id, location.search, specs);
  const message = root.querySelector<HTMLElement>('.demo-message')!;
  if (problems.length > 0) {
    message.textContent = describeUrlProblems(problems, strings['demo.urlProblem']!);
    message.hidden = false;
  }
  // "Link to this setting": the URL already carries the state (replaceState); the hash scrolls to the demo.
  root.querySelector('[data-copy-link]')?.addEventListener('click', async () => {
    const url = new URL(location.href);
    url.hash = id;
    const ok = await copyText(url.href);
    message.textContent = ok ? strings['demo.copied']! : `${strings['demo.copyFailed']!} ${url.href}`;
    message.hidden = false;
  });
  return { id, strings, state, message };
}
