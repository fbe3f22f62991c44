/**
 * /embed.js: shows our definition when a reader hovers, focuses or taps a link to one of our
 * glossary terms on someone else's page. One <script src=".../embed.js" defer> tag; no
 * dependencies; fetches /glossary.json (or /en/glossary.json) once, on the first use.
 * Never writes fetched text as HTML. Opt a link out with data-glossary="off".
 */

interface FeedTerm {
  slug: string;
  title: string;
  reading?: string;
  summary: string;
  url: string;
  redirects: string[];
}
interface Strings {
  more: string;
  loading: string;
  close: string;
}

// Replaced at build time with the UI strings of src/i18n (see src/pages/embed.js.ts).
declare const __EMBED_STRINGS__: Record<'ja' | 'en', Strings>;

const script = document.currentScript as HTMLScriptElement | null;
const ORIGIN = new URL(script?.src ?? location.href).origin;
const TERM_PATH = /^\/(ja|en)\/glossary\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;
const feeds = new Map<string, Promise<Map<string, FeedTerm>>>();

const STYLES = `:where(.glossary-card){--glossary-card-bg:#fff;--glossary-card-fg:#1c1e22;--glossary-card-muted:#50555f;--glossary-card-accent:#0a58a8;--glossary-card-border:#d5d8dd;--glossary-card-font:inherit;
position:absolute;z-index:2147483000;box-sizing:border-box;max-inline-size:min(22rem,calc(100vw - 16px));padding:12px 14px;border:1px solid var(--glossary-card-border);border-radius:8px;
background:var(--glossary-card-bg);color:var(--glossary-card-fg);font:15px/1.6 var(--glossary-card-font);box-shadow:0 4px 16px rgb(0 0 0/.15);text-align:start}
:where(.glossary-card) :where(p){margin:0 0 6px}:where(.glossary-card-title){font-weight:700;font-size:16px}
:where(.glossary-card-reading){color:var(--glossary-card-muted);font-size:13px;margin-inline-start:8px;font-weight:400}
:where(.glossary-card-more){color:var(--glossary-card-accent);font-weight:700}
@media (prefers-color-scheme:dark){:where(.glossary-card){--glossary-card-bg:#1d2127;--glossary-card-fg:#e9eaed;--glossary-card-muted:#a8aeb9;--glossary-card-accent:#8cc0ff;--glossary-card-border:#3a4049}}`;

/** The term a link points at, if it is one of ours: language and slug. */
function target(link: HTMLAnchorElement): { lang: 'ja' | 'en'; slug: string } | null {
  if (link.dataset.glossary === 'off' || link.closest('[data-glossary="off"]')) return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  const match = url.origin === ORIGIN ? TERM_PATH.exec(url.pathname) : null;
  return match ? { lang: match[1] as 'ja' | 'en', slug: match[2]! } : null;
}

function feed(lang: 'ja' | 'en'): Promise<Map<string, FeedTerm>> {
  let loaded = feeds.get(lang);
  if (!loaded) {
    loaded = fetch(`${ORIGIN}${lang === 'ja' ? '' : '/en'}/glossary.json`, { mode: 'cors', credentials: 'omit' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: { terms: FeedTerm[] }) => {
        const bySlug = new Map<string, FeedTerm>();
        for (const term of data.terms) for (const slug of [term.slug, ...term.redirects]) bySlug.set(slug, term);
        return bySlug;
      });
    loaded.catch(() => feeds.delete(lang));
    feeds.set(lang, loaded);
  }
  return loaded;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

let card: HTMLElement | null = null;
let owner: HTMLAnchorElement | null = null;
let hideTimer = 0;
let serial = 0;

function hide() {
  clearTimeout(hideTimer);
  if (owner) owner.removeAttribute('aria-describedby');
  card?.remove();
  card = owner = null;
}

function place(link: HTMLAnchorElement, box: HTMLElement) {
  const r = link.getBoundingClientRect();
  const width = box.offsetWidth;
  const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
  const below = r.bottom + 6;
  const top = below + box.offsetHeight > innerHeight && r.top > box.offsetHeight + 6 ? r.top - box.offsetHeight - 6 : below;
  box.style.left = `${left + scrollX}px`;
  box.style.top = `${top + scrollY}px`;
}

async function show(link: HTMLAnchorElement) {
  const to = target(link);
  if (!to || owner === link) return;
  hide();
  const strings = __EMBED_STRINGS__[to.lang];
  const id = `glossary-card-${++serial}`;
  const box = el('div', 'glossary-card');
  box.id = id;
  box.setAttribute('role', 'tooltip');
  box.lang = to.lang;
  box.append(el('p', 'glossary-card-summary', strings.loading));
  box.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  box.addEventListener('mouseleave', () => {
    hideTimer = window.setTimeout(hide, 200);
  });
  card = box;
  owner = link;
  document.body.append(box);
  place(link, box);
  let term: FeedTerm | undefined;
  try {
    term = (await feed(to.lang)).get(to.slug);
  } catch {
    term = undefined;
  }
  if (card !== box) return;
  if (!term) {
    hide();
    return;
  }
  const title = el('p', 'glossary-card-title', term.title);
  if (term.reading) title.append(el('span', 'glossary-card-reading', term.reading));
  const more = el('a', 'glossary-card-more', `${strings.more} →`);
  more.href = term.url;
  more.tabIndex = -1;
  box.replaceChildren(title, el('p', 'glossary-card-summary', term.summary), more);
  link.setAttribute('aria-describedby', id);
  place(link, box);
}

function linkFrom(event: Event): HTMLAnchorElement | null {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  return link instanceof HTMLAnchorElement && target(link) ? link : null;
}

function start() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
  let touch = false;
  // Focus also opens the card during a tap, so "already open" is decided when the tap begins.
  let openAtDown: HTMLAnchorElement | null = null;
  document.addEventListener(
    'pointerdown',
    (e) => {
      touch = e.pointerType !== 'mouse';
      openAtDown = owner;
    },
    true,
  );
  document.addEventListener('mouseover', (e) => {
    const link = linkFrom(e);
    if (link) {
      clearTimeout(hideTimer);
      if (!touch) void show(link);
    }
  });
  document.addEventListener('mouseout', (e) => {
    if (linkFrom(e) && owner) hideTimer = window.setTimeout(hide, 200);
  });
  document.addEventListener('focusin', (e) => {
    const link = linkFrom(e);
    if (link) void show(link);
    else if (!card?.contains(e.target as Node)) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  // Touch: the first tap on a term link opens its card, a second tap follows the link, a tap elsewhere closes it.
  document.addEventListener(
    'click',
    (e) => {
      const link = linkFrom(e);
      if (link && touch && openAtDown !== link) {
        e.preventDefault();
        openAtDown = link;
        void show(link);
        return;
      }
      if (!link && card && !card.contains(e.target as Node)) hide();
    },
    true,
  );
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
