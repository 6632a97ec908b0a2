/**
 * What an unattended touch screen must not allow: a long press opening a context menu, text selected by a
 * dragging finger, a link leading out of the app, the page itself zoomed by a pinch outside the map.
 * Returns the function that lifts every guard.
 */
export function installTouchGuards(win: Window = window): () => void {
  const prevent = (event: Event) => event.preventDefault();
  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const leaves = anchor.origin !== win.location.origin || anchor.target === '_blank' || anchor.hasAttribute('download');
    if (leaves) event.preventDefault();
  };
  // Ctrl + wheel is how a touchpad pinch zooms the page; the map reads the same events for its own zoom.
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey) event.preventDefault();
  };
  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['contextmenu', prevent, { capture: true }],
    ['selectstart', prevent, { capture: true }],
    ['dragstart', prevent, { capture: true }],
    ['gesturestart', prevent, { capture: true, passive: false }],
    ['click', onClick as EventListener, { capture: true }],
    ['wheel', onWheel as EventListener, { passive: false }],
  ];
  for (const [type, listener, options] of listeners) win.addEventListener(type, listener, options);
  return () => {
    for (const [type, listener, options] of listeners) win.removeEventListener(type, listener, options);
  };
}
