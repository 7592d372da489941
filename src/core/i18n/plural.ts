/** A message's forms by plural category; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The plural chooser of a language, for its catalogue: English needs `one`
 * and `other`, Arabic six forms, Japanese one. `Intl.PluralRules` picks the
 * form; the number is written the language's way.
 */
export function plural(language: string) {
  const rules = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  return (count: number, forms: PluralForms) =>
    (forms[rules.select(count)] ?? forms.other).replace('#', numbers.format(count));
}
