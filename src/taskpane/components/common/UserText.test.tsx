/**
 * Text from contacts and messages is isolated in its own direction and shortened for display: an RTL name or a
 * U+202E override cannot reorder our sentence around it, and a 100,000-character field shows a short head with
 * the whole value in its tooltip.
 */
import { render, screen } from '@testing-library/react';
import { describeReasonParts } from '../../../sentences/circleReasons';
import { ReasonLine } from './ReasonLine';
import { DISPLAY_LIMIT, InSentence, SLOT, UserText, isolate, shorten } from './UserText';

const RLO = '\u202E';

describe('UserText', () => {
  it.each([
    ['Arabic', 'مريم الخوري'],
    ['Hebrew', 'דוד כהן'],
    ['an override', `${RLO}gnp.exe`],
  ])('isolates %s in a <bdi dir="auto">, whole and without a tooltip', (_, text) => {
    render(<UserText text={text} data-testid="t" />);
    const el = screen.getByTestId('t');
    expect(el.tagName).toBe('BDI');
    expect(el).toHaveAttribute('dir', 'auto');
    expect(el.textContent).toBe(text);
    expect(el).not.toHaveAttribute('title');
  });

  it('shortens a 100,000-character field for display and keeps the whole of it in the tooltip', () => {
    const huge = 'Directeur '.repeat(10_000);
    render(<UserText text={huge} data-testid="t" />);
    const el = screen.getByTestId('t');
    expect(el.textContent!.length).toBe(DISPLAY_LIMIT);
    expect(el.textContent!.endsWith('…')).toBe(true);
    expect(el.getAttribute('title')).toBe(huge);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'a'.repeat(DISPLAY_LIMIT - 2)}😀😀😀`;
    const { shown, cut } = shorten(text);
    expect(cut).toBe(true);
    expect(shown).toBe(`${'a'.repeat(DISPLAY_LIMIT - 2)}…`);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('isolates inside a plain string with FSI … PDI where no element can go', () => {
    expect(isolate(`${RLO}abc`)).toBe(`\u2068${RLO}abc\u2069`);
  });
});

describe('user text inside our sentences', () => {
  it('keeps a reason’s words outside the isolate that holds an overriding subject', () => {
    const parts = describeReasonParts(
      { field: 'event', kind: 'event-keyword', evidence: `${RLO}Réunion du club`, circle: 'clubs', weight: 1 },
      'en',
    );
    const { container } = render(
      <p data-testid="p">
        <ReasonLine parts={parts} />
      </p>,
    );
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toBe(`${RLO}Réunion du club`);
    // Our words are text nodes of the sentence itself, before and after the isolate: the override cannot
    // reach them.
    const outside = [...screen.getByTestId('p').childNodes].filter((n) => n !== bdi).map((n) => n.textContent);
    expect(outside.join('')).toBe(`${parts.before}${parts.after}`);
    expect(outside.join('')).not.toContain(RLO);
  });

  it('puts the user’s text of a translated sentence in its own isolate', () => {
    const { container } = render(
      <p>
        <InSentence sentence={`Subject: ${SLOT}`} text="שלום" />
      </p>,
    );
    expect(container.querySelector('p')!.innerHTML).toBe('Subject: <bdi dir="auto">שלום</bdi>');
  });
});
