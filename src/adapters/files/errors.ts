/** The file formats Circles reads and writes. */
export type FileFormat = 'csv' | 'linkedin-csv' | 'vcard' | 'mailbox-json';

/** A user-facing text in both UI languages. */
export type Bilingual = { readonly en: string; readonly fr: string };

const withLine = (text: string, line: number | undefined, word: string): string =>
  line === undefined ? text : `${word} ${line}: ${text}`;

/**
 * A file that cannot be read as contacts. The text is meant for the user as is, in English (`message`) or
 * French (`messageIn('fr')`); `line` (1-based, in the decoded text) says where the problem is when known.
 */
export class FileFormatError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly format: FileFormat,
    readonly line?: number,
  ) {
    super(withLine(text.en, line, 'line'));
    this.name = 'FileFormatError';
  }

  /** The message in a UI language, with the line when known. */
  messageIn(language: 'fr' | 'en'): string {
    return language === 'fr'
      ? withLine(this.text.fr, this.line, 'ligne').replace(/^(ligne \d+): /, '$1 : ')
      : this.message;
  }
}
