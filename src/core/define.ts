/**
 * Registers an element unless its tag is taken, so that two copies of the
 * library on one page leave the first definition working.
 */
export function defineElement(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
