/**
 * The pre-pass in front of ical.js. ical.js parses vCard 3.0 and 4.0 content lines well but not what older
 * producers write, so before a line reaches it this pass:
 * - cuts the file into cards, with the line number each property starts on (for error messages);
 * - unfolds lines: RFC 6350/2426 folding (ical.js would do it too, but we need the line numbers), vCard 2.1
 *   folding (the whitespace is kept), and quoted-printable soft line breaks ("=" at the end of a line);
 * - decodes QUOTED-PRINTABLE values (vCard 2.1, Outlook and Android) in their CHARSET and re-escapes them;
 * - turns 2.1's bare parameters (TEL;WORK;VOICE, EMAIL;INTERNET) into TYPE=… parameters, which ical.js
 *   rejects otherwise ("Invalid parameters");
 * - unescapes "\;" in unstructured text values, which ical.js leaves in place (RFC 2426 requires escaping ";"
 *   in text; ical.js only unescapes it inside structured values);
 * - splits structured values (N, ADR, ORG) itself (splitStructured): ical.js takes the ";" of an escaped
 *   backslash at the end of a component ("\\\\;") for an escaped ";" and merges two components;
 * - declares the X- properties we read as text, so that ical.js unescapes them;
 * - drops properties Circles does not read (PHOTO, KEY, LABEL, X-…) before they are parsed, so a broken
 *   photo or a malformed LABEL from some exporter cannot fail the whole file.
 */
import { decodeCharset } from '../encoding';
import { FileFormatError } from '../errors';

/** A property line ready for ical.js, with where it came from. */
export type ContentLine = {
  /** 1-based line of the decoded text where the property starts. */
  readonly line: number;
  /** Upper-case property name without its group. */
  readonly name: string;
  readonly group?: string;
  /** The normalised content line (vCard 3.0/4.0 syntax). */
  readonly text: string;
  /** The value part of `text`, still escaped. */
  readonly value: string;
};

export type RawCard = {
  readonly line: number;
  readonly version: '2.1' | '3.0' | '4.0';
  readonly lines: readonly ContentLine[];
};

/** The properties the mapping reads; every other property is dropped unparsed. */
export const READ_PROPERTIES: ReadonlySet<string> = new Set([
  'UID',
  'FN',
  'N',
  'NICKNAME',
  'EMAIL',
  'TEL',
  'ADR',
  'ORG',
  'TITLE',
  'ROLE',
  'NOTE',
  'URL',
  'BDAY',
  'CATEGORIES',
  'RELATED',
  'X-ABLABEL',
  'X-ABRELATEDNAMES',
  'X-SPOUSE',
  'X-MS-SPOUSE',
  'X-EVOLUTION-SPOUSE',
  'X-KADDRESSBOOK-X-SPOUSENAME',
  'X-MANAGER',
  'X-MS-MANAGER',
  'X-EVOLUTION-MANAGER',
  'X-KADDRESSBOOK-X-MANAGERSNAME',
  'X-ASSISTANT',
  'X-MS-ASSISTANT',
  'X-EVOLUTION-ASSISTANT',
  'X-KADDRESSBOOK-X-ASSISTANTSNAME',
]);

/** Properties whose value must be on its own (folded) line: a colon-less line after them is an error. */
const STRICT: ReadonlySet<string> = new Set([...READ_PROPERTIES, 'VERSION', 'BEGIN', 'END']);

const STRUCTURED: ReadonlySet<string> = new Set(['N', 'ADR', 'ORG']);

/** Splits "a;b=\"x;y\";c" on separators outside double quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Index of the ":" that ends the name and parameters (outside quoted parameter values), or -1. */
function valueColon(s: string): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

const utf8 = new TextEncoder();

const hexValue = (code: number): number =>
  code >= 48 && code <= 57
    ? code - 48
    : code >= 65 && code <= 70
      ? code - 55
      : code >= 97 && code <= 102
        ? code - 87
        : -1;

function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  // Characters outside ASCII can only come from an already-decoded 8-bit file: keep them as UTF-8 bytes.
  const input = utf8.encode(value);
  const bytes = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const hi = input[i] === 61 ? hexValue(input[i + 1] ?? 0) : -1;
    const lo = hi >= 0 ? hexValue(input[i + 2] ?? 0) : -1;
    if (lo >= 0) {
      bytes[n++] = hi * 16 + lo;
      i += 2;
    } else bytes[n++] = input[i]!;
  }
  return decodeCharset(bytes.subarray(0, n), charset);
}

const isQuotedPrintable = (params: readonly string[]): boolean =>
  params.some((p) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(p.trim()));

/** Rewrites one logical line into 3.0/4.0 syntax; undefined when the property is not one we read. */
function normalise(logical: string, line: number, version: RawCard['version']): ContentLine | undefined {
  const colon = valueColon(logical);
  if (colon < 0) {
    const shown = logical.slice(0, 40);
    throw new FileFormatError(
      {
        en: `"${shown}" is not a vCard property (NAME:value expected)`,
        fr: `« ${shown} » n’est pas une propriété vCard (NOM:valeur attendu)`,
      },
      'vcard',
      line,
    );
  }
  const [fullName = '', ...params] = splitOutsideQuotes(logical.slice(0, colon), ';');
  const dot = fullName.indexOf('.');
  const group = dot > 0 ? fullName.slice(0, dot) : undefined;
  const name = (dot > 0 ? fullName.slice(dot + 1) : fullName).trim().toUpperCase();
  if (!READ_PROPERTIES.has(name)) return undefined;
  let value = logical.slice(colon + 1);
  let charset: string | undefined;
  const kept: string[] = [];
  for (const raw of params) {
    const p = raw.trim();
    if (p === '') continue;
    const eq = p.indexOf('=');
    const key = eq < 0 ? '' : p.slice(0, eq).toUpperCase();
    if (key === 'CHARSET') charset = p.slice(eq + 1).replace(/"/g, '');
    else if (key === 'ENCODING' || /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/i.test(p)) {
      // Other encodings (base64) only make sense for binary properties, which we do not read.
      if (!/QUOTED-PRINTABLE|8BIT|7BIT/i.test(p)) return undefined;
    } else if (eq < 0) kept.push(`TYPE=${p}`);
    else kept.push(p);
  }
  // ical.js does not unescape the values of X- properties (type "unknown"); declared as text, it does.
  if (name.startsWith('X-') && !kept.some((p) => /^VALUE=/i.test(p))) kept.push('VALUE=text');
  const qp = isQuotedPrintable(params);
  if (qp) value = decodeQuotedPrintable(value, charset);
  // vCard 2.1 has one escape, "\;": every other backslash is literal ("C:\temp\new" is a path, not a line break).
  if (version === '2.1' && !(name === 'URL')) value = value.replace(/\\(?!;)/g, '\\\\');
  if (qp) value = value.replace(/\r\n|\r|\n/g, '\\n');
  // Before 4.0, URL is a URI, not text: ical.js neither escapes nor unescapes it, and neither do we.
  const isText = !STRUCTURED.has(name) && !(name === 'URL' && version !== '4.0');
  if (isText) value = value.replace(/\\\\|\\;/g, (m) => (m === '\\;' ? ';' : m));
  const head = [group ? `${group}.${name}` : name, ...kept].join(';');
  return { line, name, group, text: `${head}:${value}`, value };
}

/** The upper-case name of a content line, without its group. */
function propertyName(line: string): string {
  const head = /^[^;:]*/.exec(line)?.[0] ?? '';
  return head
    .slice(head.indexOf('.') + 1)
    .trim()
    .toUpperCase();
}

const BEGIN = /^BEGIN\s*:\s*VCARD\s*$/i;
const END = /^END\s*:\s*VCARD\s*$/i;

function versionOf(lines: readonly string[]): RawCard['version'] {
  for (const l of lines) {
    const m = /^VERSION\s*:\s*(\S+)/i.exec(l);
    if (m) return m[1] === '2.1' ? '2.1' : m[1]!.startsWith('4') ? '4.0' : '3.0';
  }
  return '3.0';
}

/** Turns one card's physical lines into normalised content lines. */
function cardLines(physical: readonly { text: string; line: number }[], version: RawCard['version']): ContentLine[] {
  // Each property is decided once (its name, whether it is quoted-printable) and its pieces are joined once:
  // re-reading or re-building a growing line for every continuation would make long values quadratic.
  type Logical = { parts: string[]; line: number; name: string; qp: boolean };
  const logical: Logical[] = [];
  for (const { text, line } of physical) {
    const last = logical[logical.length - 1];
    const tail = last?.parts[last.parts.length - 1];
    if (last?.qp && tail?.endsWith('=')) {
      last.parts[last.parts.length - 1] = tail.slice(0, -1);
      last.parts.push(text.replace(/^[ \t]+/, ''));
    } else if (last && /^[ \t]/.test(text)) last.parts.push(version === '2.1' ? text : text.slice(1));
    else if (text.trim() === '') continue;
    // A raw line break inside the value of a property we skip anyway (seen in some exporters' LABELs).
    else if (last && valueColon(text) < 0 && !STRICT.has(last.name)) last.parts.push('\\n', text);
    else {
      const colon = valueColon(text);
      const qp = colon > 0 && isQuotedPrintable(splitOutsideQuotes(text.slice(0, colon), ';'));
      logical.push({ parts: [text], line, name: propertyName(text), qp });
    }
  }
  return logical.flatMap(({ parts, line }) => {
    const normalised = normalise(parts.join(''), line, version);
    return normalised ? [normalised] : [];
  });
}

/** Cuts a decoded vCard file into cards of normalised content lines. Throws FileFormatError with the line. */
export function splitCards(text: string): RawCard[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: RawCard[] = [];
  let current: { line: number; lines: { text: string; line: number }[] } | undefined;
  let nested = 0;
  /** BEGIN:VCARD or END:VCARD folded over several lines ("BEGIN:VCA" + " RD"): how many lines it spans. */
  const folded = (i: number, marker: RegExp): number => {
    let joined = physical[i]!.trim();
    let j = i + 1;
    while (j < physical.length && /^[ \t]/.test(physical[j]!) && joined.length < 16) joined += physical[j++]!.slice(1);
    return j > i + 1 && marker.test(joined.trim()) ? j - i : 0;
  };
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const line = i + 1;
    if (!current) {
      if (raw.trim() === '') continue;
      const span = BEGIN.test(raw.trim()) ? 1 : folded(i, BEGIN);
      if (!span)
        throw new FileFormatError(
          {
            en: `expected BEGIN:VCARD, found "${raw.trim().slice(0, 40)}"`,
            fr: `BEGIN:VCARD attendu, trouvé « ${raw.trim().slice(0, 40)} »`,
          },
          'vcard',
          line,
        );
      current = { line, lines: [] };
      i += span - 1;
      continue;
    }
    const endSpan = END.test(raw.trim()) ? 1 : folded(i, END);
    if (BEGIN.test(raw.trim()))
      nested++; // an embedded vCard (2.1 AGENT): skipped with its content
    else if (endSpan) {
      i += endSpan - 1;
      if (nested > 0) nested--;
      else {
        const version = versionOf(current.lines.map((l) => l.text));
        cards.push({ line: current.line, version, lines: cardLines(current.lines, version) });
        current = undefined;
      }
    } else if (nested === 0) current.lines.push({ text: raw, line });
  }
  if (current)
    throw new FileFormatError(
      { en: 'the card that starts here has no END:VCARD', fr: 'la fiche qui commence ici n’a pas de END:VCARD' },
      'vcard',
      current.line,
    );
  if (cards.length === 0)
    throw new FileFormatError(
      { en: 'no BEGIN:VCARD found: this is not a vCard file', fr: 'aucun BEGIN:VCARD : ce n’est pas un fichier vCard' },
      'vcard',
      1,
    );
  return cards;
}

/**
 * The components of a structured value (N, ADR, ORG; ";") or the values of a list (CATEGORIES; ","),
 * unescaped: an escape always covers exactly the next character, so "\\\\;" is a backslash then a separator
 * (ical.js gets this wrong in both cases).
 */
export function splitStructured(value: string, separator: ';' | ',' = ';'): string[] {
  const components: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      cur += next === 'n' || next === 'N' ? '\n' : next;
    } else if (ch === separator) {
      components.push(cur);
      cur = '';
    } else cur += ch;
  }
  components.push(cur);
  return components;
}
