// What the build's files weigh: raw, gzip -9 and brotli, and a wasm file's code and data
// sections. Shared by the benchmark's runner and its report.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT } from '../tests/e2e/harness.mjs';

/** The build's list of the files each kind of page needs (tools/files.mjs). */
export const FILES = JSON.parse(await readFile(join(ROOT, 'dist/http-status-files.json'), 'utf8'));

/** Files of dist/ by name, raw, gzip -9 and brotli, with their total. */
export async function weigh(names) {
  const files = [];
  for (const name of [...names].sort()) {
    const bytes = await readFile(join(ROOT, 'dist', name));
    files.push({ file: name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length });
  }
  const total = files.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}

/** Bytes of a wasm file's code and data sections, from its section headers. */
export async function wasmSections(name) {
  const bytes = await readFile(join(ROOT, 'dist', name));
  const sizes = { code: 0, data: 0 };
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at.offset++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  for (const at = { offset: 8 }; at.offset < bytes.length;) {
    const id = bytes[at.offset++];
    const size = leb(at);
    if (id === 10) sizes.code = size;
    if (id === 11) sizes.data = size;
    at.offset += size;
  }
  return sizes;
}
