// Small DOM helpers for the kiosk's overlays (countdown, PIN pad, admin panel).

type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** An element with attributes and children; `on*` functions become listeners. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string | null | false)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value as EventListener);
    else if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== false) node.append(child);
  return node;
}

/**
 * Keeps an overlay's touches from reaching the game below: Phaser listens on the window for
 * presses and releases that miss its canvas, and would treat them as taps on the screen under.
 */
export function shieldFromGame(root: HTMLElement) {
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend', 'touchcancel', 'wheel']) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }
}

/** A big button that acts on release (touch screens: no keyboard, no hover). */
export function button(label: string, onPress: () => void, attributes: Attributes = {}): HTMLButtonElement {
  return el('button', { type: 'button', ...attributes, onclick: () => onPress() }, label);
}
