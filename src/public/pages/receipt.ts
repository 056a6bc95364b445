import type { Receipt } from '../api.ts';
import { append, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { navigate } from '../router.ts';
import { copyText, emergencyBox, pageTitle } from '../ui.ts';

/** Groups of four are far easier to copy onto paper; the server ignores spaces and dashes. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * An <output> (labelled, and it wraps) rather than an input: a 24-character
 * secret must be fully visible on a 360 px screen to be written down.
 */
function copyable(id: string, label: string, value: string, copyLabel: string): HTMLElement {
  const output = h('output', { id, class: 'code-value' }, value);
  const done = h('span', { class: 'copied', role: 'status' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button button-secondary copy',
      'aria-label': copyLabel,
      onClick: async () => {
        done.textContent = (await copyText(value.replace(/\s/g, ''), output)) ? t('receipt.copied') : '';
      },
    },
    t('receipt.copy'),
  );
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    output,
    h('div', { class: 'code-row' }, button, done),
  );
}

/**
 * After a successful send: the tracking code and the secret, big, with the
 * advice to write them down (a screenshot stays in the gallery of a phone
 * others may use). The secret is never shown again.
 */
export function renderReceipt(main: HTMLElement, receipt: Receipt & { emergency: boolean }, forget: () => void): void {
  append(main, [
    pageTitle(t('receipt.title')),
    receipt.emergency && emergencyBox(t('emergency.text')),
    h('p', { class: 'lead' }, t('receipt.intro')),
    h(
      'div',
      { class: 'receipt' },
      copyable('receipt-code', t('receipt.code'), receipt.trackingCode, t('receipt.copyCode')),
      copyable('receipt-secret', t('receipt.secret'), grouped(receipt.secret), t('receipt.copySecret')),
    ),
    h('p', { class: 'notice' }, t('receipt.once')),
    h('p', {}, t('receipt.use'), ' ', h('a', { href: '/report/follow-up' }, t('home.followUp'))),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button-primary',
          onClick: () => {
            if (!window.confirm(t('receipt.doneConfirm'))) return;
            forget();
            navigate('/report/');
          },
        },
        t('receipt.done'),
      ),
    ),
  ]);
}
