/** The file formats Circles reads and writes. */
export type FileFormat = 'csv' | 'vcard' | 'mailbox-json';

/**
 * A file that cannot be read as contacts. The message is meant for the user as is; `line` (1-based, in the
 * decoded text) says where the problem is when it is known.
 */
export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly format: FileFormat,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'FileFormatError';
  }
}
