/**
 * Byte → text decoding for contact files. Outlook writes Windows-1252 ("ANSI") CSV by default, UTF-16LE with
 * a BOM for "Unicode text" (tab separated), and newer versions UTF-8 with or without a BOM; vCards come in
 * UTF-8, Latin-1/Windows-1252 and occasionally UTF-16 without a BOM. We decide from the BOM, then from the
 * NUL-byte pattern (UTF-16 without BOM), then "valid UTF-8 or not".
 */
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = {
  readonly text: string;
  readonly encoding: TextEncodingName;
};

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: text made of ASCII has a NUL in every other byte. */
function nulPattern(bytes: Uint8Array): 'le' | 'be' | 'none' {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return 'none';
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.6 && even < half * 0.1) return 'le';
  if (even > half * 0.6 && odd < half * 0.1) return 'be';
  return 'none';
}

const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Decodes a contact file's bytes. Never throws: every byte sequence is some Windows-1252 text. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const nul = nulPattern(bytes);
  if (nul !== 'none') {
    const encoding = nul === 'le' ? 'utf-16le' : 'utf-16be';
    return { text: iconv.decode(toBuffer(bytes), encoding), encoding };
  }
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: iconv.decode(toBuffer(bytes), 'windows-1252'), encoding: 'windows-1252' };
}

/** Decodes bytes in a named charset (a vCard 2.1 CHARSET parameter); unknown charsets fall back to detection. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  if (charset && iconv.encodingExists(charset)) {
    // A declared UTF-8 that is not valid UTF-8 is a producer's lie (seen in the wild): detect instead.
    if (!/^utf-?8$/i.test(charset) || isValidUtf8(bytes)) return iconv.decode(toBuffer(bytes), charset);
  }
  return decodeBytes(bytes).text;
}

/** Encodes text for writing. CSV gets a UTF-8 BOM so that Excel and Outlook's import read it as UTF-8. */
export function encodeText(text: string, encoding: 'utf-8' | 'utf-8-bom'): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
