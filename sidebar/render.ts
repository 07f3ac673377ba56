/** A child of an element: text (always a text node, never parsed as HTML), an element, or nothing. */
export type Child = string | Node | null | undefined | false;

type Attributes = Record<string, string | boolean | undefined>;

/**
 * Builds an element. Text children become text nodes and attributes are set one by one, so data
 * shown here can never become markup or script.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Adds an event handler and returns the element, so a tree can be built in one expression. */
export function on<T extends HTMLElement>(element: T, event: 'click' | 'change' | 'input', handler: (event: Event) => void): T {
  element.addEventListener(event, handler);
  return element;
}
