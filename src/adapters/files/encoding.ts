/**
 * Byte → text decoding for contact files. Outlook writes Windows-1252 ("ANSI") CSV by default, UTF-16LE with
 * a BOM for "Unicode text" (tab separated), and newer versions UTF-8 with or without a BOM; vCards come in
 * UTF-8, Latin-1/Windows-1252 and occasionally UTF-16 without a BOM. We decide from the BOM, then from the
 * NUL-byte pattern (UTF-16 without BOM), then "valid UTF-8 or not".
 *
 * Only `TextDecoder` (WHATWG Encoding): it is in every browser the taskpane runs in and in Node, so the same
 * code reads a file dropped on the pane and one given to the CLI. No `Buffer`, no iconv.
 */

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

/**
 * Windows-1252's 0x80–0x9F (WHATWG index): the one part that differs from Latin-1. Decoded here rather than by
 * TextDecoder because Node 20–24 decodes "windows-1252" as Latin-1 (nodejs/node#56542: "€" comes out as
 * U+0080), while browsers follow the standard; the five unassigned bytes stay the C1 code points, as there.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode takes its arguments on the stack
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

const decode = (bytes: Uint8Array, label: string): string =>
  label === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);

/** A TextDecoder for a charset name, or undefined when the WHATWG Encoding standard does not know the label. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined; // RangeError: not a label the standard knows
  }
}

/** Decodes a contact file's bytes. Never throws: every byte sequence is some Windows-1252 text. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const nul = nulPattern(bytes);
  if (nul !== 'none') {
    const encoding = nul === 'le' ? 'utf-16le' : 'utf-16be';
    return { text: decode(bytes, encoding), encoding };
  }
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * Decodes bytes in a named charset (a vCard 2.1 CHARSET parameter); unknown charsets fall back to detection.
 * WHATWG labels cover what vCards declare (ISO-8859-x, Windows-125x, UTF-16, Shift_JIS, KOI8…); ISO-8859-1
 * decodes as Windows-1252, its superset, as browsers do.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const decoder = charset ? decoderFor(charset) : undefined;
  // A declared UTF-8 that is not valid UTF-8 is a producer's lie (seen in the wild): detect instead.
  if (decoder && (decoder.encoding !== 'utf-8' || isValidUtf8(bytes))) return decode(bytes, decoder.encoding);
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
