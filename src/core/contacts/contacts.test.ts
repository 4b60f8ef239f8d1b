import {
  academicKind,
  isPublicProvider,
  registrableDomain,
  sameCompany,
  sharesSurname,
  textMentionsCompany,
} from './index';
import { fold } from '../text/fold';
import { companyKey } from '../text/company';

describe('company names as people type them', () => {
  it.each([
    ["L'ORÉAL SA", "L'Oréal"],
    ['Decatlhon', 'Decathlon'],
    ['Saint-Gobain (siège)', 'SAINT GOBAIN'],
    ['Renault Group', 'Renault'],
    ['BNPP', 'BNP Paribas'],
    ['SocGen', 'Société Générale'],
    ['Acme GmbH', 'ACME Inc.'],
    ['Widgets Ltd', 'widgets plc'],
  ])('"%s" is the same company as "%s"', (a, b) => {
    expect(sameCompany(a, b)).toBe(true);
  });

  it.each([
    ['Orange', 'Oracle'],
    ['Axa', 'Ava'],
    ['Thales', 'Total'],
  ])('"%s" is not "%s"', (a, b) => {
    expect(sameCompany(a, b)).toBe(false);
  });

  it('drops legal forms and decorations from the key', () => {
    expect(companyKey('Dupont & Fils SARL (siège)')).toBe('dupont fils');
  });

  it('finds a company in free text despite a typo', () => {
    expect(textMentionsCompany(fold('Ancienne équipe Decatlhon'), 'decathlon')).toBe(true);
  });
});

describe('e-mail domains', () => {
  it.each([
    ['jane@eu.mail.acme.co.uk', 'acme.co.uk'],
    ['x@dept.univ-lyon1.fr', 'univ-lyon1.fr'],
    ['X@Sub.Example.COM', 'example.com'],
  ])('the registrable domain of %s is %s', (address, domain) => {
    expect(registrableDomain(address)).toBe(domain);
  });

  it.each(['a@gmail.com', 'a@orange.fr', 'a@wanadoo.fr', 'a@laposte.net', 'a@free.fr', 'a@sfr.fr', 'a@btinternet.com'])(
    '%s is a public provider',
    (a) => {
      expect(isPublicProvider(a)).toBe(true);
    },
  );

  it('a company address is not a public provider', () => {
    expect(isPublicProvider('a@acme-energie.fr')).toBe(false);
  });

  it.each([
    ['a@harvard.edu', 'school'],
    ['a@lse.ac.uk', 'school'],
    ['a@u-tokyo.ac.jp', 'school'],
    ['a@univ-rennes1.fr', 'school'],
    ['a@alumni.insead.edu', 'alumni'],
    ['a@hec-alumni.fr', 'alumni'],
    ['a@acme.com', 'none'],
  ])('%s is %s', (address, kind) => {
    expect(academicKind(address)).toBe(kind);
  });
});

describe('surnames', () => {
  it.each([
    ['Claire Fontaine', 'Fontaine', true],
    ['Jean-Pierre Le Roux', 'Leroux', true],
    ['Jean-Pierre Le Roux', 'Roux', true],
    ['Claire Fontaine', 'Claire', false],
    ['Claire Fontaine', 'Font', false],
  ])('"%s" shares the surname "%s": %s', (owner, surname, expected) => {
    expect(sharesSurname(owner, surname)).toBe(expected);
  });
});
