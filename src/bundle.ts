/**
 * The pre-bundled module for a `<script type="module">` with nothing else to
 * load: every element and its dependencies in one file, registered as
 * `workos-…` on load.
 */
import { define } from './index.js';

export * from './index.js';

define();
