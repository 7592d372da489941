import { defineElement } from '../core/define.js';
import { WorkosMembersTable } from './workos-members-table.js';

defineElement('workos-members-table', WorkosMembersTable);

export { WorkosMembersTable };
