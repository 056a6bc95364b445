/**
 * A tiny DOM builder. Text always goes in as text nodes (never innerHTML), so
 * nothing a reporter types or the server sends can become markup (XSS).
 * Handlers are attached with addEventListener: the CSP forbids inline ones.
 */
export type Child = Node | string | null | undefined | false | Child[];
type Value = string | number | boolean | null | undefined;
type Handler = (event: Event) => void;
export type Props = Record<string, Value | Handler>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'string') parent.appendChild(document.createTextNode(child));
    else if (child) parent.appendChild(child);
  }
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Joins ids for aria-describedby, skipping the absent ones. */
export const ids = (...list: (string | false | undefined)[]): string | undefined =>
  list.filter(Boolean).join(' ') || undefined;
