/**
 * The form names and addresses are searched in: lower case, accents removed
 * (`Élodie` → `elodie`), so a search finds a name however it is typed.
 * The database calls it as `search_fold()` to fill `users.search_text`.
 */
export function searchFold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
