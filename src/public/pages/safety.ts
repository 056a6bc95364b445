import { append, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { linkButton, pageTitle } from '../ui.ts';

/**
 * /report/safety: online safety tips drawn from the organisation's research
 * recommendations (children should recognise grooming and tell a trusted
 * adult; parents should learn their children's apps, talk with girls and
 * boys alike, and not settle abuse privately).
 */
export function renderSafety(main: HTMLElement): void {
  const section = (id: string, title: string, texts: string[]) =>
    h(
      'section',
      { 'aria-labelledby': id },
      h('h2', { id }, title),
      h(
        'ul',
        { class: 'bullets' },
        texts.map((text) => h('li', {}, text)),
      ),
    );
  append(main, [
    pageTitle(t('safety.title')),
    h('p', { class: 'lead' }, t('safety.intro')),
    section('children', t('safety.childrenTitle'), [
      t('safety.child1'),
      t('safety.child2'),
      t('safety.child3'),
      t('safety.child4'),
      t('safety.child5'),
    ]),
    section('parents', t('safety.parentsTitle'), [
      t('safety.parent1'),
      t('safety.parent2'),
      t('safety.parent3'),
      t('safety.parent4'),
      t('safety.parent5'),
    ]),
    section('everyone', t('safety.everyoneTitle'), [t('safety.everyone1')]),
    h('div', { class: 'actions' }, linkButton('/report/new', t('home.report'))),
  ]);
}
