/**
 * Text that comes from a contact or a message (a name, a company, a subject, a reason's evidence): untrusted
 * in two ways React text alone does not cover. Its direction is isolated (`<bdi dir="auto">`), so an Arabic
 * or Hebrew name, or a U+202E override hidden in a subject, cannot reorder the sentence around it; and a huge
 * value is shortened for display, the whole of it on demand in the tooltip (`title`), so one 100,000-character
 * field cannot stretch the 350-pixel pane.
 */
import type { CSSProperties } from 'react';

/** Characters shown of a field before it is shortened; far more than any real name or title. */
export const DISPLAY_LIMIT = 200;

/** The first `limit` characters (never half of a surrogate pair), and whether anything was cut. */
export function shorten(text: string, limit = DISPLAY_LIMIT): { readonly shown: string; readonly cut: boolean } {
  if (text.length <= limit) return { shown: text, cut: false };
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { shown: `${text.slice(0, end)}…`, cut: true };
}

/**
 * The same isolation inside a plain string (an option's text, a translated sentence, an attribute), where no
 * element can go: U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, which is what `<bdi>` does.
 */
export const isolate = (text: string, limit = DISPLAY_LIMIT): string => `\u2068${shorten(text, limit).shown}\u2069`;

export type UserTextProps = {
  readonly text: string;
  readonly limit?: number;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly 'data-testid'?: string;
};

export function UserText({ text, limit = DISPLAY_LIMIT, className, style, ...rest }: UserTextProps) {
  const { shown, cut } = shorten(text, limit);
  return (
    <bdi dir="auto" className={className} style={style} title={cut ? text : undefined} {...rest}>
      {shown}
    </bdi>
  );
}

/** Stands for the user's text in a translated sentence given to `InSentence`. */
export const SLOT = '{\u2063slot\u2063}';

/**
 * A translated sentence with the user's text in it, isolated: translate with `SLOT` as the value, e.g.
 * `<InSentence sentence={t('message.subject', { subject: SLOT })} text={subject} />`.
 */
export function InSentence({ sentence, text, ...rest }: { readonly sentence: string } & UserTextProps) {
  const at = sentence.indexOf(SLOT);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <UserText text={text} {...rest} />
      {sentence.slice(at + SLOT.length)}
    </>
  );
}
