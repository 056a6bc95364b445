import { type Child, h } from './dom.ts';
import { t } from './i18n.ts';

/** Shared pieces of the pages. Every text is set as text, never as HTML. */

/** The page heading; focused after navigation so screen readers announce the new page. */
export const pageTitle = (text: string): HTMLHeadingElement => h('h1', { tabindex: '-1', class: 'title' }, text);

/** A big call button; the number comes from the settings (see info.ts). */
function callLink(who: 'police' | 'hotline'): HTMLAnchorElement {
  const key = who === 'police' ? 'policeNumber' : 'hotlineNumber';
  return h(
    'a',
    { class: `call call-${who}`, 'data-tel': who },
    h('span', { class: 'call-who' }, t(`emergency.${who}`)),
    ' ',
    h('span', { class: 'call-number', 'data-info': key }, '…'),
  );
}

/**
 * The emergency numbers, prominent. In the form (`alert`) the box appears when
 * "in danger" is ticked: it is announced, and says only what to do now.
 */
export function emergencyBox(text: string, alert = false): HTMLElement {
  return h(
    'section',
    { class: 'emergency', role: alert ? 'alert' : null, 'aria-labelledby': 'emergency-title' },
    h('h2', { id: 'emergency-title', class: 'emergency-title' }, alert ? text : t('emergency.title')),
    !alert && h('p', {}, text),
    h('div', { class: 'calls' }, callLink('police'), callLink('hotline')),
  );
}

/** A compact line with both numbers, for the footer. */
export const emergencyLine = (): HTMLElement =>
  h(
    'p',
    { class: 'emergency-line' },
    h('strong', {}, t('emergency.footer')),
    ' ',
    callLink('police'),
    ' ',
    callLink('hotline'),
  );

export const linkButton = (href: string, text: string, kind = 'primary'): HTMLAnchorElement =>
  h('a', { href, class: `button button-${kind}` }, text);

/** A paragraph for messages; `role=alert` is set only when it shows an error so it is announced. */
export function message(kind: 'error' | 'success' | 'info', ...children: Child[]): HTMLElement {
  return h('div', { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

/** Copies text; the Clipboard API needs HTTPS, so fall back to selecting the element and execCommand. */
export async function copyText(text: string, shown: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(shown);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return document.execCommand('copy');
  }
}

const KM_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const khmerDigits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));

/** Dates as each language writes them. Khmer is spelled out here: not every browser ships Khmer locale data. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang !== 'km') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date);
  const day = khmerDigits(date.getDate());
  return `ថ្ងៃទី${day} ខែ${KM_MONTHS[date.getMonth()]} ឆ្នាំ${khmerDigits(date.getFullYear())}`;
}
