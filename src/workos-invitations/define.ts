import { defineElement } from '../core/define.js';
import { WorkosInvitations } from './workos-invitations.js';

defineElement('workos-invitations', WorkosInvitations);

export { WorkosInvitations };
