// The package's types re-export a `.mjs` file that TypeScript cannot resolve
// without a `.d.mts` beside it; this augments the module with its one function.
export {};

declare module '@web/test-runner-visual-regression' {
  /** Compares a screenshot of `element` with the baseline named `name`. */
  export function visualDiff(element: Element, name: string): Promise<void>;
}
