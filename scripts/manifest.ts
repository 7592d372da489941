import { readFileSync } from 'node:fs';

/**
 * The custom elements that custom-elements.json declares, by tag name, for
 * the scripts that write documentation and types from it. `Declaration` is
 * the part of the analyzer's schema a script reads.
 */
export function readElements<Declaration extends { tagName?: string }>(): Declaration[] {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
}
