/**
 * The library without side effects: the element classes, and `define()` to
 * register them under a prefix of your choice. Importing an element's own
 * entry (`…/workos-members-table.js`) instead registers it as `workos-…`.
 */
import { WorkosInvitations } from './workos-invitations/workos-invitations.js';
import { WorkosMembersTable } from './workos-members-table/workos-members-table.js';
import { WorkosProvider } from './workos-provider/workos-provider.js';
import { WorkosSecuritySettings } from './workos-security-settings/workos-security-settings.js';
import { WorkosUserProfile } from './workos-user-profile/workos-user-profile.js';

export {
  WorkosInvitations,
  WorkosMembersTable,
  WorkosProvider,
  WorkosSecuritySettings,
  WorkosUserProfile,
};
export type { Appearance, Connection, Density } from './core/connection.js';
export { overrideMessages, registerMessages } from './core/i18n/index.js';
export type { MessageOverrides, Messages } from './core/i18n/index.js';
export type * from './core/events.js';
export type { TokenFunction, TokenInput } from './core/token.js';

/** Every element, by the name that follows the prefix in its tag. */
export const elements = {
  provider: WorkosProvider,
  'members-table': WorkosMembersTable,
  invitations: WorkosInvitations,
  'user-profile': WorkosUserProfile,
  'security-settings': WorkosSecuritySettings,
} as const;

export interface DefineOptions {
  /** Tags become `<prefix>-members-table` and so on. Default `workos`. */
  prefix?: string;
  /** Where to register them; default the page's `customElements`. */
  registry?: CustomElementRegistry;
}

/**
 * Registers every element. A tag already taken is left alone, so two copies
 * of the library on one page keep the first working. A class registered
 * under one tag is registered under another as a subclass, since a registry
 * takes each constructor once.
 */
export function define({ prefix = 'workos', registry = customElements }: DefineOptions = {}) {
  for (const [name, element] of Object.entries(elements)) {
    const tag = `${prefix}-${name}`;
    if (registry.get(tag)) continue;
    try {
      registry.define(tag, element);
    } catch {
      registry.define(tag, class extends (element as typeof WorkosProvider) {});
    }
  }
}
