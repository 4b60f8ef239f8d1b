/**
 * Text bound for a terminal, made inert: contact fields and file names reach the CLI's tables and errors,
 * and an escape sequence in a contact's name could clear the screen, rewrite earlier lines, set the window
 * title or hide text. Escape sequences go whole (CSI and OSC), then every other control character but tab
 * and line feed, and the bidirectional overrides and isolates that reorder what the eye reads.
 * JSON output is unaffected: JSON.stringify already writes control characters as \u escapes.
 */
// Each pattern is linear: its character classes do not overlap, so nothing backtracks.
// eslint-disable-next-line no-control-regex
const CSI = /\u001b\[[0-?]*[ -/]*[@-~]?/g;
// eslint-disable-next-line no-control-regex
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const terminalSafe = (text: string): string => text.replace(CSI, '').replace(OSC, '').replace(CONTROL, '');
