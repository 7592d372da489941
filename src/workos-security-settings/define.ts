import { defineElement } from '../core/define.js';
import { WorkosSecuritySettings } from './workos-security-settings.js';

defineElement('workos-security-settings', WorkosSecuritySettings);

export { WorkosSecuritySettings };
