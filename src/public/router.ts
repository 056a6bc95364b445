/**
 * Client-side navigation. Kept apart from main.ts so pages can navigate
 * without importing the module that imports them.
 */
let draw: () => void = () => {};

export function onNavigate(render: () => void): void {
  draw = render;
}

export function navigate(href: string): void {
  history.pushState(null, '', href);
  draw();
  window.scrollTo(0, 0);
}
