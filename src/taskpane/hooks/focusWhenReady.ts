/**
 * Where focus goes after an action changes the page. An action that removes or disables the focused element
 * (a card that leaves the list, a button that turns disabled) leaves focus on <body>: a keyboard or
 * screen-reader user loses their place. The action names where focus should go next (WAI-ARIA APG: the next
 * item, the element it created, its result message, the trigger of a closed panel) and this moves it there.
 */

/** About a second of frames: long enough for a save and React's render, short enough not to steal focus later. */
const FRAMES = 60;

/**
 * Focuses what `find` returns as soon as it returns an element that is in the document and enabled, checking
 * once per animation frame for about a second; `find` returns nothing while the page is not there yet (the
 * card still shown, the new element not rendered). Gives up quietly if the user moved focus elsewhere
 * meanwhile, so a late render never pulls them back.
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined): void {
  const start = document.activeElement;
  const attempt = (left: number) => {
    const moved = document.activeElement !== start && document.activeElement !== document.body;
    if (moved) return;
    const target = find();
    if (target && target.isConnected && !target.matches(':disabled')) {
      target.focus();
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(FRAMES));
}

/**
 * The element at `index` among `items`, or the last one when fewer are left: the item that takes the place
 * of one that left the list.
 */
export function itemAt<T extends Element>(items: ArrayLike<T>, index: number): T | undefined {
  return items.length === 0 ? undefined : items[Math.min(index, items.length - 1)];
}
