import iconv from 'iconv-lite';
import { decodeBytes, decodeCharset, encodeText } from './encoding';

const text = 'Prénom,Société\r\nHélène,Café €\r\n';

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(text), 'utf-8'],
    ['UTF-8 with BOM', encodeText(text, 'utf-8-bom'), 'utf-8-bom'],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]), 'utf-16be'],
    ['UTF-16BE without BOM', Uint8Array.from(iconv.encode(text, 'utf-16be')), 'utf-16be'],
    ['Windows-1252', Uint8Array.from(iconv.encode(text, 'windows-1252')), 'windows-1252'],
  ] as const)('reads %s', (_, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeCharset', () => {
  it('decodes bytes in the declared charset', () => {
    expect(decodeCharset(Uint8Array.from([0x44, 0xfc]), 'ISO-8859-1')).toBe('Dü');
  });

  it('falls back to detection when the declared UTF-8 is not UTF-8', () => {
    expect(decodeCharset(Uint8Array.from([0x44, 0xfc]), 'utf-8')).toBe('Dü');
  });

  it('falls back to detection for an unknown charset', () => {
    expect(decodeCharset(new TextEncoder().encode('Dü'), 'x-unknown')).toBe('Dü');
  });
});
