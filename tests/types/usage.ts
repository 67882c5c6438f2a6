// Compiles only if embed/http-status.d.ts types the API the way the README documents it.
import { codes, lookup, ready, search, type HttpStatusEntry } from '../../embed/http-status.js';

await ready;
const notFound: HttpStatusEntry | null = lookup(404);
const phrase: string | undefined = notFound?.phrase;
const byString = lookup('499-esri');
const ranked: HttpStatusEntry[] = search('rate limit', 3);
const byNumber: HttpStatusEntry[] = search(429);
const all: number = codes().length;

const element = document.createElement('http-status');
element.code = '404';
element.view = 'badge';
element.theme = 'dark';
element.linkHash = true;
element.shortcut = false;
// @ts-expect-error: views are a closed set
element.view = 'carousel';
element.addEventListener('http-status-select', (event) => {
  const code: number = event.detail.code;
  const id: string = event.detail.id;
  console.log(code, id, phrase, byString, ranked, byNumber, all);
});
