import { append, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { linkButton, pageTitle } from '../ui.ts';
import { CATEGORIES } from '../validate.ts';

/** /report/what-to-report: the categories of the form, explained, and the signs to look for. */
export function renderWhatToReport(main: HTMLElement): void {
  const list = (texts: string[]) =>
    h(
      'ul',
      { class: 'bullets' },
      texts.map((text) => h('li', {}, text)),
    );
  append(main, [
    pageTitle(t('what.title')),
    h('p', { class: 'lead' }, t('what.intro')),
    h('h2', {}, t('what.kindsTitle')),
    h(
      'dl',
      { class: 'kinds' },
      CATEGORIES.map((c) => [h('dt', {}, t(`categories.${c}`)), h('dd', {}, t(`categories.${c}_hint`))]),
    ),
    h('h2', {}, t('what.signsTitle')),
    list([t('what.sign1'), t('what.sign2'), t('what.sign3'), t('what.sign4')]),
    h('h2', {}, t('what.whoTitle')),
    h('p', {}, t('what.who')),
    h('div', { class: 'notice' }, h('h2', {}, t('what.neverTitle')), h('p', {}, t('what.never'))),
    h('div', { class: 'actions' }, linkButton('/report/new', t('what.cta'))),
  ]);
}
