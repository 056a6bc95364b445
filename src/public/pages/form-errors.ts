import { replace } from '../dom.ts';
import { t } from '../i18n.ts';
import { errorId } from './form-fields.ts';

/**
 * Shows field errors (server paths such as `description`, `urls.0`,
 * `contact.email`) next to their fields and focuses the first one.
 */
const FIELD_IDS: Record<string, string> = {
  category: 'f-category',
  description: 'f-description',
  urls: 'f-urls',
  province: 'f-province',
  place: 'f-place',
  occurredOn: 'f-occurred',
  'contact.name': 'f-name',
  'contact.phone': 'f-phone',
  'contact.email': 'f-email',
};

const idOf = (path: string) => FIELD_IDS[path] ?? (/^urls\.\d+$/.test(path) ? `f-url-${path.slice(5)}` : undefined);

/** The controls an error belongs to: a group's radios, the URL rows for "urls", or the one field. */
function controlsOf(form: HTMLFormElement, id: string): HTMLElement[] {
  if (id === 'f-urls') return [...form.querySelectorAll<HTMLElement>('#url-rows input')];
  const el = form.querySelector<HTMLElement>(`#${id}`);
  if (!el) return [];
  return el instanceof HTMLFieldSetElement ? [...el.querySelectorAll<HTMLElement>('input[type=radio]')] : [el];
}

function describe(control: HTMLElement, errId: string, add: boolean): void {
  const list = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== errId);
  if (add) list.unshift(errId);
  if (list.length) control.setAttribute('aria-describedby', list.join(' '));
  else control.removeAttribute('aria-describedby');
}

export function clearErrors(form: HTMLFormElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>('.field-error')) {
    slot.hidden = true;
    slot.replaceChildren();
  }
  for (const control of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    for (const errId of (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x.startsWith('e-'))) {
      describe(control, errId, false);
    }
  }
}

/**
 * `errors`: path → translation key; `server`: path → the server's English
 * text, shown in small print for whoever helps the person. Returns the
 * paths that have no field on the page (shown in the summary instead).
 */
export function showErrors(form: HTMLFormElement, errors: Record<string, string>, server: Record<string, string> = {}) {
  clearErrors(form);
  const orphans: string[] = [];
  for (const [path, key] of Object.entries(errors)) {
    const id = idOf(path);
    const slot = id && form.querySelector<HTMLElement>(`#${errorId(id)}`);
    if (!id || !slot) {
      orphans.push(path);
      continue;
    }
    const detail = server[path];
    replace(
      slot,
      t(key),
      detail && document.createElement('br'),
      detail &&
        Object.assign(document.createElement('small'), { textContent: t('errors.serverSaid', { message: detail }) }),
    );
    slot.hidden = false;
    for (const control of controlsOf(form, id)) {
      control.setAttribute('aria-invalid', 'true');
      describe(control, errorId(id), true);
    }
  }
  // The first invalid control in page order, so focus goes where the eye would.
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  return orphans;
}
