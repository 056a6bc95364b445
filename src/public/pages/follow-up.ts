import { addMessage, type Failure, reportStatus, type Status } from '../api.ts';
import { append, h, replace } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { formatDate, message, pageTitle } from '../ui.ts';
import { field } from './form-fields.ts';

/**
 * /report/follow-up: check a report's status with its code and secret, then
 * add information. The code and secret stay in memory only (never in
 * storage), and are forgotten when the person leaves this page.
 */
let session: { code: string; secret: string; status: Status; draft: string } | undefined;

function failureText(failure: Failure): string {
  if (failure.kind === 'not_found') return t('errors.notFound');
  if (failure.kind === 'network') return t('errors.networkShort');
  if (failure.kind === 'rate_limited') return t('followUp.tooMany');
  if (failure.kind === 'too_large') return t('errors.tooLarge');
  if (failure.kind === 'validation') return t('followUp.addEmpty');
  return t('errors.server');
}

function busy(button: HTMLButtonElement, text: string | null): void {
  if (text) {
    button.dataset.idle = button.textContent ?? '';
    button.textContent = text;
    button.setAttribute('aria-disabled', 'true');
  } else {
    button.textContent = button.dataset.idle ?? '';
    button.removeAttribute('aria-disabled');
  }
}

function checkForm(main: HTMLElement): HTMLFormElement {
  const input = (id: string, name: string) =>
    h('input', { id, name, type: 'text', autocapitalize: 'characters', spellcheck: 'false', autocomplete: 'off' });
  const status = h('div');
  const button = h('button', { type: 'submit', class: 'button button-primary' }, t('followUp.check'));
  const form = h(
    'form',
    { novalidate: true, autocomplete: 'off' },
    field('f-code', t('followUp.code'), input('f-code', 'code'), t('followUp.codeHint')),
    field('f-secret', t('followUp.secret'), input('f-secret', 'secret')),
    status,
    h('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (button.hasAttribute('aria-disabled')) return;
    const code = (form.querySelector('#f-code') as HTMLInputElement).value.trim();
    const secret = (form.querySelector('#f-secret') as HTMLInputElement).value.trim();
    if (!code || !secret) {
      replace(status, message('error', t('errors.notFound')));
      return;
    }
    replace(status);
    busy(button, t('followUp.checking'));
    const result = await reportStatus(code, secret);
    busy(button, null);
    if (!result.ok) {
      // A malformed code is, for the person, simply a code we cannot find.
      replace(status, message('error', result.kind === 'validation' ? t('errors.notFound') : failureText(result)));
      return;
    }
    session = { code, secret, status: result.data, draft: '' };
    replace(main);
    renderFollowUp(main, false);
    main.querySelector<HTMLElement>('#status-title')?.focus();
  });
  return form;
}

function statusView(status: Status): HTMLElement {
  const s = status.status;
  const name =
    s === 'received' ? t('followUp.received') : s === 'in_review' ? t('followUp.in_review') : t('followUp.closed');
  const text =
    s === 'received'
      ? t('followUp.received_text')
      : s === 'in_review'
        ? t('followUp.in_review_text')
        : t('followUp.closed_text');
  return h(
    'section',
    { class: `status status-${s}`, 'aria-labelledby': 'status-title' },
    h('h2', { id: 'status-title', tabindex: '-1' }, t('followUp.statusTitle', { status: name })),
    h('p', {}, text),
    h(
      'p',
      { class: 'small' },
      `${status.trackingCode} · ${t('followUp.receivedAt', { date: formatDate(status.receivedAt, lang()) })}`,
    ),
  );
}

function addForm(current: NonNullable<typeof session>): HTMLFormElement {
  const textarea = h('textarea', { id: 'f-message', name: 'message', rows: 6, maxlength: 20_000 });
  textarea.value = current.draft; // survives a language switch
  textarea.addEventListener('input', () => {
    current.draft = textarea.value;
  });
  const status = h('div');
  const button = h('button', { type: 'submit', class: 'button button-primary' }, t('followUp.addSend'));
  const form = h(
    'form',
    { novalidate: true, autocomplete: 'off', class: 'add-info' },
    field('f-message', t('followUp.addTitle'), textarea, t('followUp.addHint')),
    status,
    h('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (button.hasAttribute('aria-disabled')) return;
    if (!textarea.value.trim()) {
      replace(status, message('error', t('followUp.addEmpty')));
      textarea.focus();
      return;
    }
    replace(status);
    busy(button, t('form.sending'));
    const result = await addMessage(current.code, current.secret, textarea.value);
    busy(button, null);
    if (!result.ok) {
      replace(status, message('error', failureText(result)));
      return;
    }
    textarea.value = '';
    current.draft = '';
    replace(status, message('success', t('followUp.added')));
  });
  return form;
}

export function renderFollowUp(main: HTMLElement, fresh: boolean): void {
  if (fresh) session = undefined; // arriving by a link: forget any earlier code and secret
  append(main, [pageTitle(t('followUp.title'))]);
  if (!session) {
    append(main, [h('p', { class: 'lead' }, t('followUp.intro')), checkForm(main)]);
    return;
  }
  const again = h('button', { type: 'button', class: 'button button-quiet' }, t('followUp.other'));
  again.addEventListener('click', () => {
    session = undefined;
    replace(main);
    renderFollowUp(main, false);
    main.querySelector<HTMLElement>('#f-code')?.focus();
  });
  append(main, [statusView(session.status), addForm(session), h('div', { class: 'actions' }, again)]);
}
