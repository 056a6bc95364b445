// Only the Khmer subset of Noto Sans Khmer (≈23 KB): Latin text uses the phone's own sans-serif.
import '@fontsource/noto-sans-khmer/khmer-400.css';
import './styles.css';
import { h, replace } from './dom.ts';
import { type Lang, lang, savedLang, setLang, t } from './i18n.ts';
import { fillInfo, startInfo } from './info.ts';
import { renderFollowUp } from './pages/follow-up.ts';
import { renderForm } from './pages/form.ts';
import { renderHome } from './pages/home.ts';
import { renderSafety } from './pages/safety.ts';
import { renderWhatToReport } from './pages/what-to-report.ts';
import { navigate, onNavigate } from './router.ts';
import { emergencyLine } from './ui.ts';

/**
 * The public reporting site: one HTML page for every /report/... path (the
 * server sends report/index.html for all of them), routed here with the
 * History API. Links are ordinary <a href>, so they also work when opened in
 * a new tab.
 */
type Page = (main: HTMLElement, fresh: boolean) => void;

const PAGES: Record<string, Page> = {
  '/report/': renderHome,
  '/report/new': renderForm,
  '/report/follow-up': renderFollowUp,
  '/report/what-to-report': renderWhatToReport,
  '/report/safety': renderSafety,
};

const app = document.getElementById('app') as HTMLElement;

/** "/report" and "/report/new/" name the same pages as "/report/" and "/report/new". */
function route(pathname: string): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return path === '/report' ? '/report/' : path;
}

function languageSwitch(): HTMLElement {
  const choice = (code: Lang, label: string) =>
    h(
      'button',
      {
        type: 'button',
        lang: code,
        class: 'lang-choice',
        'aria-pressed': String(lang() === code),
        onClick: () => void changeLang(code),
      },
      label,
    );
  return h(
    'div',
    { class: 'lang', role: 'group', 'aria-label': t('site.language') },
    choice('km', 'ខ្មែរ'),
    choice('en', 'English'),
  );
}

function nav(): HTMLElement {
  const link = (href: string, key: string) => h('li', {}, h('a', { href }, t(key)));
  return h(
    'nav',
    { 'aria-label': t('site.footerNav') },
    h(
      'ul',
      { class: 'foot-links' },
      link('/report/', 'site.home'),
      link('/report/new', 'home.report'),
      link('/report/follow-up', 'home.followUp'),
      link('/report/what-to-report', 'home.whatToReport'),
      link('/report/safety', 'home.safety'),
    ),
  );
}

/** Draws the whole page. `fresh` is false when only the language changed: pages keep what is in memory. */
function render(fresh: boolean, focusTitle: boolean): void {
  const path = route(location.pathname);
  const page = PAGES[path] ?? renderHome;
  const main = h('main', { id: 'main', class: 'wrap', tabindex: '-1' });
  replace(
    app,
    h('a', { class: 'skip', href: '#main' }, t('site.skip')),
    h(
      'header',
      { class: 'top' },
      h(
        'div',
        { class: 'wrap top-row' },
        h('a', { class: 'brand', href: '/report/', 'data-info': 'organisationName' }),
        languageSwitch(),
      ),
    ),
    main,
    h(
      'footer',
      { class: 'foot' },
      h('div', { class: 'wrap' }, emergencyLine(), nav(), h('p', { class: 'small' }, t('site.privacy'))),
    ),
  );
  page(main, fresh);
  fillInfo(app);
  const title = main.querySelector('h1');
  document.title = title?.textContent ?? t('home.title');
  if (focusTitle) title?.focus();
}

async function changeLang(next: Lang): Promise<void> {
  try {
    await setLang(next);
  } catch {
    return; // English could not be fetched (connection lost): stay in the current language
  }
  render(false, false);
  // The switch was redrawn: put focus back on the chosen language, where the person left it.
  app.querySelector<HTMLElement>(`.lang-choice[lang="${next}"]`)?.focus();
}

/** Same-site links are routed here instead of reloading the page (a full reload is slow on 3G). */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element).closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || link.target || link.origin !== location.origin) return;
  if (link.hash && link.pathname === location.pathname) {
    // In-page links (skip link): move focus without a history entry that would redraw the page.
    event.preventDefault();
    document.getElementById(link.hash.slice(1))?.focus();
    return;
  }
  if (!link.pathname.startsWith('/report')) return;
  event.preventDefault();
  navigate(link.pathname);
});

window.addEventListener('popstate', () => render(true, true));
onNavigate(() => render(true, true));

async function boot(): Promise<void> {
  startInfo(() => fillInfo(document)); // first: the numbers must not wait for anything else
  // Khmer is built in; if the remembered English cannot be fetched, the page must still appear.
  await setLang(savedLang()).catch(() => setLang('km'));
  render(true, false);
}

void boot();
