import { decodeBytes, decodeCharset, encodeText } from './encoding';

const text = 'Prénom,Société\r\nHélène,Café €\r\n';

/** UTF-16 code units as bytes, in either order (no BOM). */
function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const [hi, lo] = [s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff];
    out.set(order === 'le' ? [lo, hi] : [hi, lo], i * 2);
  }
  return out;
}

/** Windows-1252 bytes of a text of Latin-1 letters and "€" (TextEncoder writes only UTF-8). */
const windows1252 = (s: string): Uint8Array =>
  Uint8Array.from([...s].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));

const bom = (b: readonly number[], body: Uint8Array) => Uint8Array.from([...b, ...body]);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(text), 'utf-8'],
    ['UTF-8 with BOM', encodeText(text, 'utf-8-bom'), 'utf-8-bom'],
    ['UTF-16LE with BOM', bom([0xff, 0xfe], utf16(text, 'le')), 'utf-16le'],
    ['UTF-16BE with BOM', bom([0xfe, 0xff], utf16(text, 'be')), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(text, 'le'), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(text, 'be'), 'utf-16be'],
    ['Windows-1252', windows1252(text), 'windows-1252'],
  ] as const)('reads %s', (_, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  it('reads a UTF-8 file with one stray byte as UTF-8, the stray byte as Windows-1252, and says where it is', () => {
    const utf8 = new TextEncoder().encode('Nom\r\nZoë Dupré\r\nCafé ');
    const bytes = Uint8Array.from([...utf8, 0xe9, ...new TextEncoder().encode('t\r\n')]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'Nom\r\nZoë Dupré\r\nCafé ét\r\n',
      encoding: 'utf-8',
      strayBytes: { count: 1, lines: [3] },
    });
  });

  it('reads a file with more stray bytes than UTF-8 sequences as Windows-1252', () => {
    const bytes = Uint8Array.from([...windows1252('Hélène été à Noël\r\n'), 0xc3, 0xa9]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Hélène été à Noël\r\nÃ©', encoding: 'windows-1252' });
  });

  it('treats overlong forms and surrogates as stray bytes, not as UTF-8', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('ëëëëëëëë'), 0xc0, 0xaf, 0xed, 0xa0, 0x80]);
    expect(decodeBytes(bytes).strayBytes?.count).toBe(5);
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads the Windows-1252 letters that Latin-1 lacks (€, œ, curly quotes)', () => {
    expect(decodeBytes(Uint8Array.from([0x80, 0x9c, 0x93, 0x94])).text).toBe('€œ“”');
  });
});

describe('decodeCharset', () => {
  it('decodes bytes in the declared charset', () => {
    expect(decodeCharset(Uint8Array.from([0x44, 0xfc]), 'ISO-8859-1')).toBe('Dü');
  });

  it('decodes a charset that is neither UTF nor Western European (KOI8-R)', () => {
    expect(decodeCharset(Uint8Array.from([0xf0, 0xd2, 0xc9]), 'KOI8-R')).toBe('При');
  });

  it('falls back to detection when the declared UTF-8 is not UTF-8', () => {
    expect(decodeCharset(Uint8Array.from([0x44, 0xfc]), 'utf-8')).toBe('Dü');
  });

  it('falls back to detection for an unknown charset', () => {
    expect(decodeCharset(new TextEncoder().encode('Dü'), 'x-unknown')).toBe('Dü');
  });
});
