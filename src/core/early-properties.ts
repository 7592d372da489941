import type { ReactiveElement } from 'lit';

/**
 * Frameworks often set properties on an element before its class is defined.
 * Such a value is a plain own property that hides the class's reactive
 * accessor. Called from a constructor, this takes those values off the
 * instance; the function it returns sets them again through the accessors,
 * once the subclass's own defaults are in place.
 */
export function takeEarlyProperties(element: ReactiveElement): () => void {
  const early: [string, unknown][] = [];
  const record = element as unknown as Record<string, unknown>;
  const names = (element.constructor as typeof ReactiveElement).elementProperties.keys();

  for (const name of names) {
    if (typeof name === 'string' && Object.hasOwn(element, name)) {
      early.push([name, record[name]]);
      delete record[name];
    }
  }
  return () => {
    for (const [name, value] of early.splice(0)) record[name] = value;
  };
}
