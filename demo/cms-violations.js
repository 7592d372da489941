// Records what the Content-Security-Policy blocked, for the tests to read.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push({ directive: event.violatedDirective, blocked: event.blockedURI });
});
