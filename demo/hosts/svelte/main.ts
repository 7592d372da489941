import { mount } from 'svelte';
import App from './App.svelte';

// What the host page logged, for the tests: an element must not make a host's page fail.
const errors: string[] = ((window as unknown as { hostErrors: string[] }).hostErrors = []);
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

mount(App, { target: document.getElementById('app')! });
