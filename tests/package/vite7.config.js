// Vite 7 (and older) pre-bundles dependencies for its dev server without the wasm beside them:
// the README's one line of configuration for it, as the suite runs it (on the Vite app).
export default {
  root: 'vite',
  optimizeDeps: { exclude: ['http-status-element'] },
};
