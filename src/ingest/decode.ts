// Bytes to text: BOMs, UTF-8 validation, a Windows-1252 fallback, and binary detection.
import iconv from 'iconv-lite';
import { InputError } from '../core/index.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

/** True when the bytes look like a binary file (NUL bytes or many control characters in the head). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  // UTF-16 with a BOM has NULs but is text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

/**
 * Decode bytes to a string. `declared` is a charset from HTTP headers or a `<meta charset>`;
 * a BOM wins over it, valid UTF-8 wins over a missing declaration, and Windows-1252 is the fallback.
 */
export function decodeBytes(bytes: Uint8Array, input: string, declared?: string | null): Decoded {
  if (looksBinary(bytes)) throw new InputError('INPUT_BINARY', input, 'binary file, not text');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const label = declared?.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (label && label !== 'utf-8' && label !== 'utf8' && iconv.encodingExists(label)) {
    // A declared legacy charset is honoured unless the bytes are valid UTF-8 with non-ASCII characters.
    if (!(isValidUtf8(buf) && hasNonAscii(buf))) return { text: iconv.decode(buf, label), encoding: label };
  }
  if (isValidUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  // Mixed or legacy encodings: decode valid UTF-8 runs as UTF-8 and other bytes as Windows-1252.
  return { text: decodeMixed(buf), encoding: 'windows-1252' };
}

function hasNonAscii(buf: Buffer): boolean {
  for (const b of buf) if (b > 0x7f) return true;
  return false;
}

/** Strict UTF-8 validation (rejects overlongs and surrogates). */
export function isValidUtf8(buf: Uint8Array): boolean {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return false;
    if (i + need >= n) return false;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** Decode byte by byte: valid UTF-8 sequences as UTF-8, anything else as Windows-1252. */
function decodeMixed(buf: Buffer): string {
  let out = '';
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    if (len > 0 && i + len <= buf.length && isValidUtf8(buf.subarray(i, i + len))) {
      out += buf.subarray(i, i + len).toString('utf8');
      i += len;
    } else {
      out += b < 0x80 ? String.fromCharCode(b) : iconv.decode(buf.subarray(i, i + 1), 'windows-1252');
      i++;
    }
  }
  return out;
}
