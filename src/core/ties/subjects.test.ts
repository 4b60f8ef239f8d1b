import { baseSubject, isIntroduction } from './subjects';

describe('baseSubject', () => {
  it.each([
    ['RE: Budget', 'budget'],
    ['Re: re: Budget', 'budget'],
    ['TR: RE: Budget', 'budget'],
    ['Fwd: Budget', 'budget'],
    ['FW: Budget', 'budget'],
    ['AW: WG: Budget', 'budget'],
    ['RV: Budget', 'budget'],
    ['SV: Budget', 'budget'],
    ['Réf. : Budget', 'réf. : budget'],
    ['RÉF: Budget', 'budget'],
    ['RE : Budget', 'budget'],
    ['RE[2]: Budget', 'budget'],
    ['[EXT] RE: Budget', 'budget'],
    ['  Budget   2025 ', 'budget 2025'],
    ['Reunion: Budget', 'reunion: budget'],
    ['Trade fair', 'trade fair'],
  ])('%s → %s', (subject, expected) => {
    expect(baseSubject(subject)).toBe(expected);
  });
});

describe('isIntroduction', () => {
  it.each([
    ['Mise en relation : Paul / Anne', true],
    ['RE: Mise en relation', true],
    ['Introduction: Anne, meet Paul', true],
    ['Intro: Paul <> Anne', true],
    ['Introducing Anne (Acme)', true],
    ['Je vous présente Anne', true],
    ['Demande de mise en relation LinkedIn', false],
    ['Budget review', false],
    ['Introspection day', false],
  ])('%s → %s', (subject, expected) => {
    expect(isIntroduction(subject)).toBe(expected);
  });
});
