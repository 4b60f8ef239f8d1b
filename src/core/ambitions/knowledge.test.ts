import { companies, companyOfDomain, findCompany } from './companies';
import { profileOf } from './profile';
import { countryOfDomain, countryOfName, countryOfPhone } from './countries';
import { readTitle } from './roles';
import { sectorAffinity, sectors } from './sectors';

describe('company look-up', () => {
  it.each([
    ['Saint-Gobain', 'saint-gobain'],
    ['SAINT-GOBAIN SA', 'saint-gobain'],
    ['Saitn-Gobain', 'saint-gobain'],
    ['Neoen (siège)', 'neoen'],
    ['BNPP aribas', 'bnp-paribas'],
    ['CréditA gricole', 'credit-agricole'],
    ['Crdéit Agricole', 'credit-agricole'],
    ['Business France (siège)', 'business-france'],
    ['Department for Business and Trade France', 'department-for-business-and-trade'],
    ['Toyota sTusho', 'toyota-tsusho'],
    ['Mitsubishi Corporation Ltd', 'mitsubishi-corporation'],
    ['Penynlane', 'pennylane'],
    ['Cap Gemini', 'capgemini'],
    ["L'OREAL", 'l-oreal'],
    // The group, not its French subsidiary listed earlier in the data.
    ['Iberdrola', 'iberdrola'],
    ['Revolut', 'revolut'],
    ['Revolut France', 'revolut-france'],
  ])('recognises "%s"', (name, id) => {
    expect(findCompany(name)?.company.id).toBe(id);
  });

  it.each(['Boulangerie Martin', 'Atelier Dubois', 'Cabinet Lefèvre Avocats', 'Acme', ''])(
    'knows nothing of "%s"',
    (name) => {
      expect(findCompany(name)).toBeUndefined();
    },
  );

  it.each([
    ['rakuten.co.jp', 'rakuten'],
    ['mail.neoen.com', 'neoen'],
    ['bk.mufg.jp', 'mufg'],
    ['gmail.com', undefined],
  ])('finds the organisation of the domain %s', (host, id) => {
    expect(companyOfDomain(host)?.id).toBe(id);
  });

  it('holds several hundred organisations with known sectors, a country and no domain owned twice', () => {
    expect(companies.length).toBeGreaterThanOrEqual(500);
    const known = new Set(sectors.map((s) => s.id));
    const owners = new Map<string, string>();
    for (const c of companies) {
      expect(c.sectors.every((s) => known.has(s))).toBe(true);
      expect(c.country).toMatch(/^[A-Z]{2}$/);
      for (const d of c.domains) {
        expect(owners.get(d) ?? c.id).toBe(c.id);
        owners.set(d, c.id);
      }
    }
  });
});

describe('country signals', () => {
  it.each([
    ['+81 3 1560 4064', 'JP'],
    ['+33 6 12 34 56 78', 'FR'],
    ['0044 20 7946 0958', 'GB'],
    ['+351 21 000 0000', 'PT'],
    ['+1 415 555 0100', 'US'],
    ['03 1234 5678', undefined],
  ])('reads the phone %s', (phone, code) => {
    expect(countryOfPhone(phone)).toBe(code);
  });

  it.each([
    ['shiseido.co.jp', 'JP'],
    ['greenwind.co.uk', 'GB'],
    ['edf.fr', 'FR'],
    ['neoen.com', undefined],
  ])('reads the domain %s', (domain, code) => {
    expect(countryOfDomain(domain)).toBe(code);
  });

  it.each([
    ['Japan', 'JP'],
    ['Japon', 'JP'],
    ['United Kingdom', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['Deutschland', 'DE'],
    ['Atlantis', undefined],
  ])('reads the address country %s', (name, code) => {
    expect(countryOfName(name)).toBe(code);
  });
});

describe('titles', () => {
  it.each([
    ['Directrice financière', ['finance'], 'director'],
    ['Chief Financial Officer', ['finance'], 'executive'],
    ['Contrôleur de gestion', ['finance'], 'staff'],
    ['Fondatrice & CEO', ['executive', 'founder'], 'executive'],
    ['Responsable des achats', ['buyer'], 'manager'],
    ['Head of Procurement', ['buyer'], 'director'],
    ['HR Business Partner', ['hr'], 'staff'],
    ['Chargée de recrutement', ['recruiter'], 'staff'],
    ['Account Executive', ['sales'], 'staff'],
    ["Ingénieur d'affaires", ['sales'], 'staff'],
    ['Product owner paiements', ['product'], 'staff'],
    ['Associé gérant', ['executive'], 'executive'],
    ["Chargée d'investissement", ['investor'], 'staff'],
    ['VP Partnerships', ['partnerships'], 'director'],
    ['Software Engineer', ['engineering'], 'staff'],
    // Titles abroad: German, Spanish and Italian heads of HR, founders and managing directors.
    ['Directora de Recursos Humanos', ['hr'], 'director'],
    ['Personalleiterin', ['hr'], 'director'],
    ['Gründer & CEO', ['executive', 'founder'], 'executive'],
    ['Geschäftsführer', ['executive'], 'executive'],
    ['Chief Human Resources Officer', ['hr'], 'executive'],
    ['Jefe de Compras', ['buyer'], 'manager'],
  ])('reads "%s"', (title, roles, seniority) => {
    expect(readTitle(title)).toEqual({ roles, seniority });
  });

  it('reads a head of a German department ("Abteilungsleiter") as a director', () => {
    expect(readTitle('Abteilungsleiter Vertrieb').seniority).toBe('director');
  });

  it('reads a 100,000-letter title (the Jest timeout catches a pattern that backtracks over runs of letters)', () => {
    expect(readTitle(`${'a'.repeat(100_000)}b`).seniority).toBe('staff');
    expect(readTitle(`Abteilungs${'x'.repeat(100_000)}leiter`).seniority).toBe('director');
  });
});

describe('sector affinity', () => {
  it.each([
    ['renewables', 'renewables', 1],
    ['energy', 'renewables', 1],
    ['renewables', 'energy', 0.4],
    ['manufacturing', 'automotive', 1],
    ['fintech', 'banking', 0.4],
    ['luxury', 'mining-metals', 0],
  ])('counts %s wanted, %s held as %d', (wanted, held, value) => {
    expect(sectorAffinity(wanted, held)).toBe(value);
  });
});

describe('contact profile', () => {
  const contact = (companyName: string, jobTitle: string) => ({
    id: 'x',
    displayName: 'x',
    emailAddresses: [],
    businessPhones: [],
    homePhones: [],
    categories: [],
    companyName,
    jobTitle,
  });

  it.each([
    // The title names the sector: this person works in renewables wherever the company is unknown.
    ['Atelier Martin', 'Chef de projet photovoltaïque', ['renewables']],
    // The title names a function every company has: it says nothing about the employer's sector.
    ['Atelier Martin', 'Responsable logistique', []],
    ['Atelier Martin', 'Juriste', []],
    // An unknown company's name words are read, compound brand names included.
    ['GREENWIND PARTNERS', 'Comptable', ['renewables']],
    ['Forges de Bretagne', 'Comptable', ['manufacturing']],
    // Organisations abroad named in their own language.
    ['Allianz Versicherung', 'Sachbearbeiter', ['insurance']],
    ['Helios Kliniken', 'Pflegedienstleitung', ['pharma-health']],
    ['Universidad de Sevilla', 'Profesora', ['education']],
    ['Stiftung Kinderhilfe', 'Referentin', ['ngo']],
    // A security title names the cybersecurity sector wherever the person works.
    ['Atelier Martin', 'Responsable cybersécurité', ['cybersecurity']],
  ])('reads %s / %s as %j', (company, title, expected) => {
    expect([...profileOf(contact(company, title)).sectors.keys()].filter((s) => s !== 'energy')).toEqual(expected);
  });
});
