import { append, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { emergencyBox, linkButton, pageTitle } from '../ui.ts';

/** /report/: the emergency numbers first, then the two things people come to do, then who we are. */
export function renderHome(main: HTMLElement): void {
  append(main, [
    pageTitle(t('home.title')),
    h('p', { class: 'lead' }, t('home.lead')),
    emergencyBox(t('emergency.text')),
    h(
      'div',
      { class: 'actions' },
      linkButton('/report/new', t('home.report')),
      linkButton('/report/follow-up', t('home.followUp'), 'secondary'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'about-title' },
      h('h2', { id: 'about-title' }, t('home.aboutTitle')),
      h('p', {}, t('home.about1')),
      h('p', {}, t('home.about2')),
    ),
    h(
      'section',
      { 'aria-labelledby': 'learn-title' },
      h('h2', { id: 'learn-title' }, t('home.learnTitle')),
      h(
        'ul',
        { class: 'link-list' },
        h('li', {}, h('a', { href: '/report/what-to-report' }, t('home.whatToReport'))),
        h('li', {}, h('a', { href: '/report/safety' }, t('home.safety'))),
      ),
    ),
  ]);
}
