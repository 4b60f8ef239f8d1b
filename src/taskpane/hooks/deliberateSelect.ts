/**
 * A native <select> whose choice acts at once (adds a chip, moves a contact to a circle), browsed with the keyboard
 * without acting. Chromium — Outlook's WebView2 on Windows too — changes a closed select's value on ↑/↓ (and on
 * a typed letter) and fires `change` at each step: a keyboard user reading the options would add every one in
 * turn or move the person through every circle (review2 #13). Here a value reached with those keys is only shown;
 * Enter acts on it, Escape or leaving the select goes back. A choice made in the open list (a click, or Enter in
 * the list Alt+↓ or Space opened: its keys never reach the page) acts at once, as before.
 */
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** Keys with which a closed select steps through its options. */
const BROWSING = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export type DeliberateSelect = {
  /** The value reached with the keyboard and not acted on yet, if any. */
  readonly pending: string | undefined;
  /** Spread on the <select> (Fluent's Select passes them to it). */
  readonly props: {
    readonly value: string;
    readonly onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
    readonly onKeyDown: (e: KeyboardEvent<HTMLSelectElement>) => void;
    readonly onBlur: () => void;
  };
};

export function useDeliberateSelect(committed: string, act: (value: string) => void): DeliberateSelect {
  const [draft, setDraft] = useState<string>();
  // Whether the next change comes from a browsing key on the closed select (Chromium fires it after keydown).
  const browsing = useRef(false);
  const pending = draft !== undefined && draft !== committed ? draft : undefined;
  return {
    pending,
    props: {
      value: pending ?? committed,
      onKeyDown: (e) => {
        if (e.key === 'Enter' && pending !== undefined) {
          e.preventDefault();
          setDraft(undefined);
          act(pending);
          return;
        }
        if (e.key === 'Escape' && pending !== undefined) {
          // Back to the committed value; the panel around the select stays open.
          e.preventDefault();
          e.stopPropagation();
          setDraft(undefined);
          return;
        }
        // Space and Alt+↓ open the list; a choice made there acts at once.
        browsing.current = !e.altKey && (BROWSING.has(e.key) || (e.key.length === 1 && e.key !== ' '));
      },
      onChange: (e) => {
        const value = e.target.value;
        if (browsing.current) {
          browsing.current = false;
          setDraft(value);
          return;
        }
        setDraft(undefined);
        act(value);
      },
      onBlur: () => {
        browsing.current = false;
        setDraft(undefined);
      },
    },
  };
}
