import { defineElement } from '../core/define.js';
import { WorkosUserProfile } from './workos-user-profile.js';

defineElement('workos-user-profile', WorkosUserProfile);

export { WorkosUserProfile };
