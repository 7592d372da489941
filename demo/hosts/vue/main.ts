import { createApp } from 'vue';
import App from './App.vue';

// What the host page logged, for the tests: an element must not make a host's page fail.
const errors: string[] = ((window as unknown as { hostErrors: string[] }).hostErrors = []);
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const app = createApp(App);
app.config.errorHandler = (error) => errors.push(String(error));
app.config.warnHandler = (message) => errors.push(message);
app.mount('#app');
