// Injected by the test server as the first script of every page it serves: collects what a
// reader's console would show, the same way in every engine (no protocol sees it all).
(() => {
  const problems = [];
  const warnings = [];
  const describe = (values) => values.map((value) => (value instanceof Error ? value.message : String(value))).join(' ');
  for (const [level, list, prefix] of [['error', problems, 'console.error: '], ['warn', warnings, '']]) {
    const original = console[level];
    console[level] = (...values) => {
      list.push(prefix + describe(values));
      original.apply(console, values);
    };
  }
  // Capturing: resource load failures (a module that 404s) do not bubble to window. A prefetch
  // is a hint the browser may drop (Firefox drops `no-store` ones, as our test server sends), and
  // Firefox prefetches a site's `<link rel="next">` page too.
  addEventListener('error', (event) => {
    if (event.target === window || event.error) problems.push(`uncaught: ${event.error?.message ?? event.message}`);
    else if (!['prefetch', 'next'].includes(event.target?.rel)) problems.push(`failed to load: ${event.target?.src ?? event.target?.href ?? event.target?.tagName}`);
  }, true);
  addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason?.message ?? event.reason}`));
  addEventListener('securitypolicyviolation', (event) => problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  // Layout shifts, where the engine reports them (Chromium's Layout Instability API).
  const layoutShifts = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    new PerformanceObserver((list) => layoutShifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
  }
  window.__harness = { problems, warnings, layoutShifts };
})();
