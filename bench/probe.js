// Loaded before the element's script on benchmark pages: records, from navigation start, when
// the first <http-status> shows a card or badge in its shadow root and when all of them have,
// and the page's layout shifts where the engine reports them. A MutationObserver per shadow root
// fires in the microtask right after the render. The runner awaits `__bench.done` once, so it
// never polls the page it is measuring.
(() => {
  const expected = Number(document.documentElement.dataset.expect || 1);
  let finish;
  const bench = { expected, rendered: 0, first: null, all: null, layoutShift: null, done: new Promise((resolve) => { finish = resolve; }) };
  window.__bench = bench;
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    bench.layoutShift = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) bench.layoutShift += entry.value; }).observe({ type: 'layout-shift', buffered: true });
  }
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const observer = new MutationObserver(() => {
      if (!root.querySelector('.card, .badge, .browser, .explainer')) return;
      observer.disconnect();
      const now = performance.now();
      bench.rendered += 1;
      bench.first ??= now;
      if (bench.rendered === bench.expected) {
        bench.all = now;
        finish();
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
})();
