import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// What the host page logged, for the tests: an element must not make a host's page fail.
const errors: string[] = ((window as unknown as { hostErrors: string[] }).hostErrors = []);
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

createRoot(document.getElementById('root')!).render(<App />);
