// The README's npm snippet, bundled by esbuild (which leaves the wasm's URL to the page: the
// build copies the wasm next to the bundle).
import 'http-status-element';
