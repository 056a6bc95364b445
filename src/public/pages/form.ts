import { type Receipt, sendReport } from '../api.ts';
import { append, h, replace } from '../dom.ts';
import { clearDraft, emptyDraft, hasContent, loadDraft, newKey, saveDraft } from '../draft.ts';
import { lang, t } from '../i18n.ts';
import { fillInfo } from '../info.ts';
import { emergencyBox, message, pageTitle } from '../ui.ts';
import { fixAddress, MAX_URLS, serverMessageKey, toBody, validate } from '../validate.ts';
import { clearErrors, showErrors } from './form-errors.ts';
import {
  categoryField,
  contactField,
  detailFields,
  emergencyField,
  honeypot,
  urlRows,
  urlSection,
} from './form-fields.ts';
import { renderReceipt } from './receipt.ts';

/**
 * /report/new. The draft (draft.ts) is the single source of truth: every
 * input updates it and saves it, and the form is drawn from it, so a reload,
 * a language switch or a failed send loses nothing.
 */
let receipt: (Receipt & { emergency: boolean }) | undefined; // in memory only: shown once, gone on "Done" or reload

export function renderForm(main: HTMLElement): void {
  if (receipt) {
    renderReceipt(main, receipt, () => {
      receipt = undefined;
    });
    return;
  }
  let draft = loadDraft();
  let sending = false;

  const status = h('div', { class: 'form-status' });
  const dangerBox = h('div', { class: 'danger-box' });
  const form = h(
    'form',
    // autocomplete off: on a shared phone the browser must not remember and suggest what was typed here.
    { class: 'report-form', novalidate: true, autocomplete: 'off' },
    emergencyField(draft),
    dangerBox,
    categoryField(draft),
    urlSection(draft),
    detailFields(draft),
    contactField(draft),
    honeypot(),
    status,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button button-primary', id: 'send' }, t('form.send')),
      h('button', { type: 'button', class: 'button button-quiet', id: 'clear' }, t('form.clear')),
    ),
  );

  /** Shows or hides the parts that depend on earlier answers. */
  function sync(): void {
    if (draft.emergency && !dangerBox.firstChild) {
      replace(dangerBox, emergencyBox(t('emergency.formText'), true));
      fillInfo(dangerBox);
    } else if (!draft.emergency) dangerBox.replaceChildren();
    (form.querySelector('#urls') as HTMLElement).hidden = draft.category !== 'online_content';
    (form.querySelector('#contact-fields') as HTMLElement).hidden = draft.contactMode !== 'contact';
  }

  function redrawUrls(focusIndex?: number): void {
    replace(form.querySelector('#url-rows') as HTMLElement, urlRows(draft));
    (form.querySelector('#url-add') as HTMLElement).hidden = draft.urls.length >= MAX_URLS;
    if (focusIndex !== undefined) form.querySelector<HTMLElement>(`#f-url-${focusIndex}`)?.focus();
  }

  function update(target: HTMLInputElement): void {
    const { name, value } = target;
    if (name === 'emergency') draft.emergency = target.checked;
    else if (name === 'url') draft.urls[Number(target.dataset.index)] = value;
    else if (name === 'contactMode') draft.contactMode = value === 'contact' ? 'contact' : 'anonymous';
    else if (name in draft && name !== 'key' && name !== 'urls') (draft as Record<string, unknown>)[name] = value;
    else return; // the honeypot and anything unknown stay out of the draft
    saveDraft(draft);
    sync();
  }

  form.addEventListener('input', (e) => update(e.target as HTMLInputElement));
  form.addEventListener('change', (e) => update(e.target as HTMLInputElement));
  form.addEventListener('focusout', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.name !== 'url' || fixAddress(input.value) === input.value) return;
    input.value = fixAddress(input.value);
    update(input);
  });
  form.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (!button) return;
    if (button.id === 'url-add') {
      draft.urls.push('');
      saveDraft(draft);
      redrawUrls(draft.urls.length - 1);
    } else if (button.dataset.remove !== undefined) {
      const index = Number(button.dataset.remove);
      draft.urls.splice(index, 1);
      saveDraft(draft);
      redrawUrls(Math.max(0, index - 1));
    } else if (button.id === 'clear' && (!hasContent(draft) || window.confirm(t('form.clearConfirm')))) {
      clearDraft();
      draft = emptyDraft();
      replace(main);
      renderForm(main);
      main.querySelector('h1')?.focus();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!sending) void submit();
  });

  async function submit(): Promise<void> {
    replace(status);
    draft.urls = draft.urls.map(fixAddress);
    if (draft.category === 'online_content') {
      // Empty rows are dropped so that row numbers match the server's `urls.N`.
      const filled = draft.urls.filter((u) => u.trim());
      draft.urls = filled.length ? filled : [''];
      redrawUrls();
    }
    saveDraft(draft);
    const errors = validate(draft);
    if (Object.keys(errors).length > 0) {
      replace(status, message('error', t('errors.summary')));
      showErrors(form, errors);
      return;
    }
    clearErrors(form);
    sending = true;
    const button = form.querySelector('#send') as HTMLButtonElement;
    button.textContent = t('form.sending');
    button.setAttribute('aria-disabled', 'true');
    const website = (form.querySelector('#f-website') as HTMLInputElement).value;
    let result = await sendReport(toBody(draft, lang(), website), draft.key);
    if (!result.ok && result.kind === 'conflict') {
      // The key was used for an earlier version of this report (sent, but the answer was lost, then edited).
      // Send the edited version as a new report rather than lose what was added.
      draft.key = newKey();
      saveDraft(draft);
      result = await sendReport(toBody(draft, lang(), website), draft.key);
    }
    sending = false;
    button.textContent = t('form.send');
    button.removeAttribute('aria-disabled');
    if (result.ok) {
      receipt = { ...result.data, emergency: draft.emergency };
      clearDraft();
      replace(main);
      renderForm(main);
      main.querySelector('h1')?.focus();
      window.scrollTo(0, 0);
      return;
    }
    if (result.kind === 'validation') {
      const keys = Object.fromEntries(Object.entries(result.fields).map(([p, m]) => [p, serverMessageKey(p, m)]));
      replace(status, message('error', t('errors.summary')));
      const orphans = showErrors(form, keys, result.fields);
      for (const path of orphans)
        append(status.firstChild as Node, [h('br'), h('small', {}, `${path}: ${result.fields[path]}`)]);
      return;
    }
    const text =
      result.kind === 'network'
        ? t('errors.network') // the draft and its key are kept: pressing Send again is a safe retry
        : result.kind === 'rate_limited'
          ? t('errors.rateLimited')
          : result.kind === 'too_large'
            ? t('errors.tooLarge')
            : t('errors.server');
    replace(status, message('error', text));
  }

  append(main, [pageTitle(t('form.title')), h('p', { class: 'lead' }, t('form.intro')), form]);
  append(main, [h('p', { class: 'small' }, t('form.draftKept'))]);
  sync();
}
