/**
 * lz-string (decks kept in the browser; links and reports use DEFLATE, see share/packing.ts), imported the one way that works both in the browser bundle and under Node (tsx, vitest): the package is
 * CommonJS (UMD), so Node's ESM loader exposes it only as `default`, while bundlers also expose named exports.
 */
import * as lzModule from 'lz-string';

type LzString = typeof lzModule;
const lz: LzString = (lzModule as unknown as { default?: LzString }).default ?? lzModule;

// The functions reach their helpers through a closure, not `this`, so they can be taken off the object.
export const compressToEncodedURIComponent = lz.compressToEncodedURIComponent;
export const decompressFromEncodedURIComponent = lz.decompressFromEncodedURIComponent;
export const compressToUTF16 = lz.compressToUTF16;
export const decompressFromUTF16 = lz.decompressFromUTF16;
