/**
 * Scrolls the side panel (only it) so the element with `id` comes to its top, below the sticky
 * tabs. `scrollIntoView` would also scroll the page's hidden-overflow containers and push the
 * header off screen.
 */
export function scrollPanelTo(id: string): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    const body = el?.closest<HTMLElement>('.panel-body');
    if (!el || !body) return;
    const tabs = body.querySelector<HTMLElement>('.panel-tabs')?.offsetHeight ?? 0;
    const top = el.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop - tabs - 8;
    body.scrollTo({ top: Math.max(0, top) });
  });
}
