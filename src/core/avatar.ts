import { html } from 'lit';

interface Person {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  profilePictureUrl?: string | null;
}

/** The full name, or the email address for someone without one. */
export function displayName(person: Person): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ') || person.email;
}

/** Up to two letters for an avatar without a picture. */
export function initials(person: Person): string {
  const letters = [person.firstName, person.lastName]
    .filter((part): part is string => Boolean(part))
    .map((part) => Array.from(part)[0]!);
  return (letters.length ? letters.join('') : Array.from(person.email)[0]!).toUpperCase();
}

/** Only http(s) pictures are shown: never `javascript:`, `data:` or other schemes. */
export function safePictureUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A decorative avatar: the name beside it is what assistive technology reads.
 * The initials sit under the picture and show when it fails to load.
 */
export function avatar(person: Person) {
  const url = safePictureUrl(person.profilePictureUrl);
  return html`<span class="avatar" part="avatar" aria-hidden="true">
    ${initials(person)}
    ${
      url
        ? html`<img src=${url} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${hide} />`
        : null
    }
  </span>`;
}

function hide(event: Event) {
  (event.target as HTMLElement).hidden = true;
}
