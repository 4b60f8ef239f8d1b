/**
 * Byte → text decoding for contact files. Outlook writes Windows-1252 ("ANSI") CSV by default, UTF-16LE with
 * a BOM for "Unicode text" (tab separated), and newer versions UTF-8 with or without a BOM; vCards come in
 * UTF-8, Latin-1/Windows-1252 and occasionally UTF-16 without a BOM. We decide from the BOM, then from the
 * NUL-byte pattern (UTF-16 without BOM), then on the evidence of the bytes: valid UTF-8; UTF-8 with a few
 * stray bytes (more valid multi-byte sequences than invalid bytes: the stray bytes are read as Windows-1252,
 * one by one, and reported with their lines, rather than turning every "ë" of the file into "Ã«");
 * otherwise Windows-1252.
 *
 * Only `TextDecoder` (WHATWG Encoding): it is in every browser the taskpane runs in and in Node, so the same
 * code reads a file dropped on the pane and one given to the CLI. No `Buffer`, no iconv.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** A UTF-8 file with bytes that are not UTF-8: how many, and the 1-based lines of the first ones. */
  readonly strayBytes?: { readonly count: number; readonly lines: readonly number[] };
};

/** The length of the valid UTF-8 sequence starting at i (1 for ASCII), or 0 when the byte there is stray. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number) => (bytes[i + k] ?? 0) >= 0x80 && (bytes[i + k] ?? 0) <= 0xbf;
  const b1 = bytes[i + 1] ?? 0;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Reads bytes as UTF-8 where they are, and each stray byte as Windows-1252; undefined when the bytes do not
 * look like UTF-8 at all (no more valid multi-byte sequences than stray bytes). One pass over the bytes.
 */
function decodeMostlyUtf8(bytes: Uint8Array): DecodedText | undefined {
  let multi = 0;
  let stray = 0;
  let line = 1;
  const lines: number[] = [];
  const parts: string[] = [];
  const utf8 = new TextDecoder('utf-8');
  let runStart = 0;
  for (let i = 0; i < bytes.length;) {
    const n = utf8SequenceAt(bytes, i);
    if (n > 0) {
      if (n > 1) multi++;
      else if (bytes[i] === 10) line++;
      i += n;
      continue;
    }
    stray++;
    if (lines.length < 10 && lines[lines.length - 1] !== line) lines.push(line);
    parts.push(utf8.decode(bytes.subarray(runStart, i)), decode(bytes.subarray(i, i + 1), 'windows-1252'));
    runStart = ++i;
  }
  if (multi <= stray) return undefined;
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), encoding: 'utf-8', strayBytes: { count: stray, lines } };
}

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
  const mostly = decodeMostlyUtf8(bytes);
  if (mostly) return mostly;
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
