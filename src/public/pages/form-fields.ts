import { PROVINCES } from '../../shared/provinces.ts';
import { type Child, h } from '../dom.ts';
import type { Draft } from '../draft.ts';
import { lang, t } from '../i18n.ts';
import { CATEGORIES, MAX_DESCRIPTION, MAX_PLACE, MAX_URLS, today } from '../validate.ts';

/**
 * The form's fields. Each has a visible label, an optional hint and an error
 * slot (`e-<id>`), both linked with aria-describedby so screen readers read
 * them with the field.
 */
const hintId = (id: string) => `h-${id}`;
export const errorId = (id: string) => `e-${id}`;

const errorSlot = (id: string) => h('p', { id: errorId(id), class: 'field-error', hidden: true });
const optional = () => h('span', { class: 'optional' }, ` ${t('form.optional')}`);

/** A labelled control. `control` must already carry the id. */
export function field(id: string, label: string, control: HTMLElement, hint?: string, isOptional = false): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', hintId(id));
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label, isOptional && optional()),
    hint && h('p', { id: hintId(id), class: 'hint' }, hint),
    errorSlot(id),
    control,
  );
}

/**
 * A radio with its label and a one-line explanation. Both sit in the <label>
 * so the whole card is a touch target, but the name is the title alone
 * (aria-labelledby) and the explanation is its description.
 */
function radio(name: string, value: string, checked: boolean, label: string, hint: string): HTMLElement {
  const id = `f-${name}-${value}`;
  return h(
    'div',
    { class: 'choice' },
    h('input', {
      type: 'radio',
      id,
      name,
      value,
      checked,
      'aria-labelledby': `l-${id}`,
      'aria-describedby': hintId(id),
    }),
    h(
      'label',
      { for: id },
      h('span', { id: `l-${id}`, class: 'choice-label' }, label),
      h('span', { id: hintId(id), class: 'hint' }, hint),
    ),
  );
}

function group(id: string, legend: string, ...children: Child[]): HTMLFieldSetElement {
  return h('fieldset', { id, class: 'group' }, h('legend', {}, legend), errorSlot(id), ...children);
}

export function emergencyField(draft: Draft): HTMLElement {
  return h(
    'div',
    { class: 'danger-check' },
    h('input', { type: 'checkbox', id: 'f-emergency', name: 'emergency', checked: draft.emergency }),
    h('label', { for: 'f-emergency' }, t('form.emergencyLabel')),
  );
}

export function categoryField(draft: Draft): HTMLElement {
  return group(
    'f-category',
    t('form.category'),
    CATEGORIES.map((c) => radio('category', c, draft.category === c, t(`categories.${c}`), t(`categories.${c}_hint`))),
  );
}

/** URL rows; rebuilt on add/remove (values come from the draft). */
export function urlRows(draft: Draft): HTMLElement[] {
  const many = draft.urls.length > 1;
  return draft.urls.map((value, i) => {
    const id = `f-url-${i}`;
    const input = h('input', {
      type: 'url',
      id,
      name: 'url',
      'data-index': i,
      value,
      inputmode: 'url',
      autocapitalize: 'off',
      spellcheck: 'false',
      placeholder: 'https://',
    });
    const remove =
      many &&
      h(
        'button',
        { type: 'button', class: 'remove', 'data-remove': i, 'aria-label': t('form.urlRemove', { n: i + 1 }) },
        '✕',
      );
    return h(
      'div',
      { class: 'field url-row' },
      h('label', { for: id }, t('form.urlLabel', { n: i + 1 })),
      errorSlot(id),
      h('div', { class: 'url-input' }, input, remove),
    );
  });
}

export function urlSection(draft: Draft): HTMLElement {
  return h(
    'section',
    { id: 'urls', class: 'urls', 'aria-labelledby': 'urls-title', hidden: draft.category !== 'online_content' },
    h('h2', { id: 'urls-title' }, t('form.urlsTitle')),
    h('p', { class: 'notice', role: 'note' }, t('form.urlsNotice')),
    h('p', { class: 'hint' }, t('form.urlsNeverOpened')),
    errorSlot('f-urls'),
    h('div', { id: 'url-rows' }, urlRows(draft)),
    h(
      'button',
      { type: 'button', id: 'url-add', class: 'button button-secondary', hidden: draft.urls.length >= MAX_URLS },
      t('form.urlAdd'),
    ),
  );
}

export function detailFields(draft: Draft): HTMLElement[] {
  const provinceName = (p: (typeof PROVINCES)[number]) => (lang() === 'km' ? p.km : p.en);
  const description = h('textarea', {
    id: 'f-description',
    name: 'description',
    rows: 7,
    maxlength: MAX_DESCRIPTION,
    'aria-required': 'true',
  });
  description.value = draft.description; // a textarea's text is its value, not an attribute
  return [
    field('f-description', t('form.description'), description, t('form.descriptionHint')),
    field(
      'f-province',
      t('form.province'),
      h(
        'select',
        { id: 'f-province', name: 'province' },
        h('option', { value: '' }, t('form.provinceNone')),
        PROVINCES.map((p) => h('option', { value: p.code, selected: draft.province === p.code }, provinceName(p))),
      ),
      undefined,
      true,
    ),
    field(
      'f-place',
      t('form.place'),
      h('input', { type: 'text', id: 'f-place', name: 'place', value: draft.place, maxlength: MAX_PLACE }),
      t('form.placeHint'),
      true,
    ),
    field(
      'f-occurred',
      t('form.occurredOn'),
      h('input', { type: 'date', id: 'f-occurred', name: 'occurredOn', value: draft.occurredOn, max: today() }),
      undefined,
      true,
    ),
  ];
}

export function contactField(draft: Draft): HTMLElement {
  const anonymous = draft.contactMode === 'anonymous';
  // A name is optional; a phone number or an email is needed to call back (validate.ts checks one is given).
  const input = (id: string, name: 'name' | 'phone' | 'email', type: string, maxlength: number, label: string) =>
    field(id, label, h('input', { type, id, name, value: draft[name], maxlength }), undefined, name === 'name');
  return group(
    'f-contact',
    t('form.contactLegend'),
    radio('contactMode', 'anonymous', anonymous, t('form.anonymous'), t('form.anonymousHint')),
    radio('contactMode', 'contact', !anonymous, t('form.contact'), t('form.contactHint')),
    h(
      'div',
      { id: 'contact-fields', class: 'contact-fields', hidden: anonymous },
      h('p', { class: 'hint' }, t('form.contactHow')),
      input('f-name', 'name', 'text', 200, t('form.name')),
      input('f-phone', 'phone', 'tel', 50, t('form.phone')),
      input('f-email', 'email', 'email', 254, t('form.email')),
    ),
  );
}

/** A field people never see; bots fill it. Off-screen, out of the tab order and hidden from screen readers. */
export const honeypot = (): HTMLElement =>
  h(
    'div',
    { class: 'hp', 'aria-hidden': 'true' },
    h('label', { for: 'f-website' }, t('form.honeypot')),
    h('input', { type: 'text', id: 'f-website', name: 'website', tabindex: '-1', autocomplete: 'off' }),
  );
