import { defineElement } from '../core/define.js';
import { WorkosProvider } from './workos-provider.js';

defineElement('workos-provider', WorkosProvider);

export { WorkosProvider };
