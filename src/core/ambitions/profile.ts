/**
 * What a contact's fields say for the ambition ranking: which organisation they work for, its sectors,
 * the countries they are tied to, and their functions and seniority. Each finding keeps the field and
 * the text it came from, so the ranking can explain itself.
 */
import type { Contact } from '../model';
import { companyOfDomain, findCompany, type Company } from './companies';
import { countryOfDomain, countryOfName, countryOfPhone } from './countries';
import type { CountryKind, SectorKind } from './evidence';
import { readTitle, type RoleId, type Seniority } from './roles';
import { sectors } from './sectors';
import { compactKey, foldTerms, splitCamel } from '../text/fold';
import { hasTerm, pad } from '../text/terms';

/** Where a finding was read. */
export type ProfileField =
  'company' | 'email' | 'webPage' | 'jobTitle' | 'department' | 'notes' | 'businessAddress' | 'homeAddress' | 'phone';

/** One finding: a value (sector id, country code, role id), how sure it is (0..1) and its source. */
export type Finding<K extends string = string> = {
  readonly value: string;
  readonly confidence: number;
  readonly field: ProfileField;
  readonly kind: K;
  /** The text it was read from, as written on the card. */
  readonly evidence: string;
};

export type ContactProfile = {
  readonly contactId: string;
  readonly company?: Company;
  readonly companyField?: 'company' | 'email' | 'webPage';
  /** Best finding per sector id. */
  readonly sectors: ReadonlyMap<string, Finding<SectorKind>>;
  /** Best finding per country code. */
  readonly countries: ReadonlyMap<string, Finding<CountryKind>>;
  /** Functions named by the title (confidence 1) or only by the department (lower). */
  readonly roles: ReadonlyMap<RoleId, Finding<'title-role' | 'department-role'>>;
  readonly seniority: Seniority;
  readonly title: string;
};

// Personal mailbox providers: their domains say nothing about an employer or, for most, a country.
export const freeMail: ReadonlySet<string> = new Set(
  'gmail.com googlemail.com outlook.com outlook.fr hotmail.com hotmail.fr hotmail.co.uk live.com live.fr live.co.uk msn.com yahoo.com yahoo.fr yahoo.co.uk yahoo.co.jp ymail.com icloud.com me.com mac.com aol.com protonmail.com proton.me pm.me gmx.com gmx.fr gmx.de web.de orange.fr wanadoo.fr free.fr sfr.fr laposte.net neuf.fr bbox.fr numericable.fr btinternet.com sky.com virginmedia.com mail.com zoho.com yandex.com qq.com 163.com naver.com'.split(
    ' ',
  ),
);

/** Folded stems that are only words of a compound brand name ("GreenWind", "AKUOENERGY"). */
const compoundStems = [
  'wind',
  'solar',
  'solaire',
  'energ',
  'pharma',
  'bank',
  'banque',
  'assur',
  'insur',
  'logisti',
  'immo',
  'aero',
  'avia',
  'chem',
  'ventures',
  'capital',
  'invest',
  'finance',
  'food',
  'motor',
  'steel',
  'telecom',
  'media',
  'consult',
  'avocat',
  'biotech',
  'fintech',
  'payment',
  'pay',
  'hydrogen',
  'hydrogene',
];

function keep<K extends string>(map: Map<string, Finding<K>>, f: Finding<K>): void {
  const old = map.get(f.value);
  if (!old || f.confidence > old.confidence) map.set(f.value, f);
}

type TermHit = { sector: string; term: string; strong: boolean };

// Titles and company names repeat across a mailbox; reading each distinct text once keeps ranking fast.
const termCache = new Map<string, TermHit[]>();

/**
 * Sector words found in a text. Read as a `name`, words that only describe an organisation count too;
 * read as a `job` (title, department), words that name a corporate function do not.
 */
export function sectorTerms(text: string, read: 'name' | 'job' | 'text'): TermHit[] {
  const key = `${read}|${text}`;
  const hit = termCache.get(key);
  if (hit) return hit;
  if (termCache.size > 100_000) termCache.clear();
  const found = readSectorTerms(text, read);
  termCache.set(key, found);
  return found;
}

// Sector words that in a job title name a corporate function, found in every sector: a "Responsable
// logistique" or a "Juriste" works for any kind of company, a "Chef de projet photovoltaïque" does not.
const functionWords = new Set([
  'logisti',
  'supply chain',
  'juridique',
  'avocat',
  'audit',
  'informatique',
  ' it ',
  'digital',
  'numerique',
  'web ',
  'media',
  'immobilier',
  'real estate',
  'edition',
  'education',
  'formation professionnelle',
  'health',
  'sante',
  'medical',
  'transformation digitale',
  'marketing digital',
  'e commerce',
  'ecommerce',
  'retail',
  'magasin',
  'production industrielle',
  'automation',
  'automatisme',
  'mecanique',
  'electronique',
  'electronics',
  'data science',
  'big data',
  'data ',
  'la data ',
  'communication ',
  'relations publiques',
  'public relations',
  'relations presse',
  'events ',
  'cloud',
  'mobilite',
  'mobility',
  'communication agency',
  'construction',
  'architect',
  'distributeur',
  'enseigne',
]);

function readSectorTerms(text: string, read: 'name' | 'job' | 'text'): TermHit[] {
  const asName = read === 'name';
  const padded = pad(foldTerms(splitCamel(text)));
  const compact = asName ? compactKey(text) : '';
  const out: TermHit[] = [];
  for (const s of sectors) {
    const strong = s.terms.find((t) => hasTerm(padded, t) && !(read === 'job' && functionWords.has(t)));
    if (strong) {
      out.push({ sector: s.id, term: strong.trim(), strong: true });
      continue;
    }
    if (!asName) continue;
    const weak =
      s.nameTerms.find((t) => hasTerm(padded, t)) ??
      s.terms.concat(s.nameTerms).find((t) => compoundStems.includes(t.trim()) && compact.includes(t.trim()));
    if (weak) out.push({ sector: s.id, term: weak.trim(), strong: false });
  }
  return out;
}

/**
 * The words of `text` where the folded `term` starts, as written ("Éoliennes" for the stem "eolien"), so
 * a reason quotes the card rather than a stem; the term itself when it cannot be located.
 */
export function wordsAt(text: string, term: string): string {
  const want = term.trim().split(' ');
  const ws = text.match(/[\p{L}\p{N}&+]+/gu) ?? [];
  const folded = ws.map((w) => foldTerms(w));
  for (let i = 0; i + want.length <= ws.length; i++) {
    const last = want.length - 1;
    if (want.every((w, k) => (k === last ? folded[i + k]!.startsWith(w) : folded[i + k] === w)))
      return ws.slice(i, i + want.length).join(' ');
  }
  return term.trim();
}

function hostOf(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  const host = (at >= 0 ? address.slice(at + 1) : address).trim().toLowerCase();
  return host.includes('.') ? host : undefined;
}

function webHost(url: string): string | undefined {
  const m = /^(?:[a-z]+:\/\/)?(?:www\.)?([^/:?#\s]+)/i.exec(url.trim());
  return m?.[1] ? hostOf(m[1]) : undefined;
}

// Contacts are immutable: a profile is read once per contact object, however often the user edits the chips.
const profiles = new WeakMap<Contact, ContactProfile>();

/** Reads one contact. Pure: the same contact always gives the same profile. */
export function profileOf(contact: Contact): ContactProfile {
  let p = profiles.get(contact);
  if (!p) profiles.set(contact, (p = readProfile(contact)));
  return p;
}

function readProfile(contact: Contact): ContactProfile {
  const sectorMap = new Map<string, Finding<SectorKind>>();
  const countryMap = new Map<string, Finding<CountryKind>>();
  const roleMap = new Map<RoleId, Finding<'title-role' | 'department-role'>>();

  // The organisation: the company field first; the work e-mail or web domain when the field is empty or unknown.
  let company: Company | undefined;
  let companyField: ContactProfile['companyField'];
  if (contact.companyName) {
    const m = findCompany(contact.companyName);
    if (m) {
      company = m.company;
      companyField = 'company';
    }
  }
  const hosts = contact.emailAddresses
    .map((e) => hostOf(e.address))
    .filter((h): h is string => !!h && !freeMail.has(h));
  const web = contact.businessHomePage ? webHost(contact.businessHomePage) : undefined;
  if (!company && !contact.companyName) {
    for (const h of hosts) {
      company = companyOfDomain(h);
      if (company) {
        companyField = 'email';
        break;
      }
    }
    if (!company && web) {
      company = companyOfDomain(web);
      if (company) companyField = 'webPage';
    }
  }
  if (company && companyField) {
    const shown = companyField === 'company' ? (contact.companyName ?? company.name) : company.name;
    company.sectors.forEach((sector, i) =>
      keep(sectorMap, {
        value: sector,
        confidence: i === 0 ? 1 : 0.6,
        field: companyField!,
        kind: 'company-sector',
        evidence: shown,
      }),
    );
    keep(countryMap, {
      value: company.country,
      confidence: 1,
      field: companyField,
      kind: 'company-hq',
      evidence: company.name,
    });
  }

  // Words: a name like "GreenWind Partners" or "Solaire Direct Ouest" is evidence even when unknown.
  if (contact.companyName && !company) {
    for (const t of sectorTerms(contact.companyName, 'name'))
      keep(sectorMap, {
        value: t.sector,
        confidence: t.strong ? 0.95 : 0.85,
        field: 'company',
        kind: 'company-term',
        evidence: contact.companyName,
      });
  }
  if (!company) {
    const domainOwner = contact.companyName ? undefined : hosts[0];
    for (const h of hosts) {
      const label = h.split('.').slice(0, -1).join(' ');
      for (const t of sectorTerms(label, 'name'))
        keep(sectorMap, {
          value: t.sector,
          confidence: domainOwner ? 0.7 : 0.5,
          field: 'email',
          kind: 'domain-term',
          evidence: h,
        });
    }
  }
  if (contact.jobTitle) {
    for (const t of sectorTerms(contact.jobTitle, 'job'))
      keep(sectorMap, {
        value: t.sector,
        confidence: 0.7,
        field: 'jobTitle',
        kind: 'title-term',
        evidence: contact.jobTitle,
      });
  }
  if (contact.department) {
    for (const t of sectorTerms(contact.department, 'job'))
      keep(sectorMap, {
        value: t.sector,
        confidence: 0.5,
        field: 'department',
        kind: 'department-term',
        evidence: contact.department,
      });
  }
  if (contact.personalNotes) {
    for (const t of sectorTerms(contact.personalNotes, 'text'))
      keep(sectorMap, {
        value: t.sector,
        confidence: 0.2,
        field: 'notes',
        kind: 'notes-term',
        evidence: wordsAt(contact.personalNotes, t.term),
      });
  }

  // Countries: postal addresses, international phone prefixes, country-code domains.
  // Many address books fill the city and leave the country empty: "Berlin" says Germany.
  const address = contact.businessAddress?.countryOrRegion || contact.businessAddress?.city;
  if (address) {
    const code = countryOfName(address);
    if (code)
      keep(countryMap, {
        value: code,
        confidence: 0.7,
        field: 'businessAddress',
        kind: 'address-country',
        evidence: address,
      });
  }
  const home = contact.homeAddress?.countryOrRegion || contact.homeAddress?.city;
  if (home) {
    const code = countryOfName(home);
    if (code)
      keep(countryMap, { value: code, confidence: 0.4, field: 'homeAddress', kind: 'address-country', evidence: home });
  }
  contact.businessPhones.forEach((p) => {
    const code = countryOfPhone(p);
    if (code) keep(countryMap, { value: code, confidence: 0.5, field: 'phone', kind: 'phone-prefix', evidence: p });
  });
  if (contact.mobilePhone) {
    const code = countryOfPhone(contact.mobilePhone);
    if (code)
      keep(countryMap, {
        value: code,
        confidence: 0.3,
        field: 'phone',
        kind: 'phone-prefix',
        evidence: contact.mobilePhone,
      });
  }
  for (const h of hosts) {
    const code = countryOfDomain(h);
    if (code) keep(countryMap, { value: code, confidence: 0.6, field: 'email', kind: 'country-domain', evidence: h });
  }
  if (web) {
    const code = countryOfDomain(web);
    if (code)
      keep(countryMap, { value: code, confidence: 0.5, field: 'webPage', kind: 'country-domain', evidence: web });
  }

  // A country the title or department names ("Chargé d'affaires export Allemagne", "Sales DACH"): a desk
  // or a practice there, a weaker tie than living there.
  for (const [field, text] of [
    ['jobTitle', contact.jobTitle],
    ['department', contact.department],
  ] as const) {
    const code = text ? countryOfName(text) : undefined;
    if (code && text) keep(countryMap, { value: code, confidence: 0.5, field, kind: 'title-country', evidence: text });
  }

  // Functions and seniority: the title says it; a department only hints at it.
  const title = contact.jobTitle ?? contact.profession ?? '';
  const read = readTitle(title);
  for (const role of read.roles)
    roleMap.set(role, { value: role, confidence: 1, field: 'jobTitle', kind: 'title-role', evidence: title });
  if (contact.department) {
    for (const role of readTitle(contact.department).roles)
      if (!roleMap.has(role))
        roleMap.set(role, {
          value: role,
          confidence: 0.4,
          field: 'department',
          kind: 'department-role',
          evidence: contact.department,
        });
  }

  return {
    contactId: contact.id,
    ...(company ? { company, companyField } : {}),
    sectors: sectorMap,
    countries: countryMap,
    roles: roleMap,
    seniority: read.seniority,
    title,
  };
}
