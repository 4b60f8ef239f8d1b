/**
 * Countries and regions: names and demonyms in French and English (to read an ambition and postal
 * addresses), international dialling prefixes and country-code top-level domains (to read phones and
 * e-mail or web domains). ISO 3166-1 alpha-2 codes throughout.
 */
import type { Language } from '../model';
import { foldTerms } from '../text/fold';
import { toWordStartTerm } from '../text/terms';
import data from './data/countries.json';

/** A country the knowledge base can recognise. */
export type Country = {
  readonly code: string;
  readonly labels: Readonly<Record<Language, string>>;
  /**
   * Folded names, demonyms, common forms and major cities ("japon", "japonais", "japan", "nippon",
   * "tokyo"): "a seed round in Berlin" is about Germany. Cities that are also common words or other
   * places' names (Nice, Vienne, Valence, Cambridge, Austin, Santiago) are left out.
   */
  readonly names: readonly string[];
  /** International prefix without "+", e.g. "81"; several countries share "1". */
  readonly dial: string;
  /** Country-code TLDs, without the dot; "uk" for GB. */
  readonly tlds: readonly string[];
  readonly region: RegionId;
};

const regionIds = ['europe', 'north-america', 'latin-america', 'asia', 'middle-east', 'africa', 'oceania'] as const;

export type RegionId = (typeof regionIds)[number];

/** A region an ambition may name ("en Asie"), with its folded names. */
export type Region = {
  readonly id: RegionId;
  readonly labels: Readonly<Record<Language, string>>;
  readonly names: readonly string[];
};

/** Countries named as one market ("the DACH region", "le Benelux"): each country counts. */
export type CountryGroup = { readonly names: readonly string[]; readonly codes: readonly string[] };

/** data/countries.json as written: region ids are strings until checked, names in the knowledge notation. */
type CountriesRecord = {
  readonly countries: readonly (Omit<Country, 'region'> & { readonly region: string })[];
  readonly groups: readonly CountryGroup[];
  readonly regions: readonly (Omit<Region, 'id'> & { readonly id: string })[];
};

const regionId = (id: string, where: string): RegionId => {
  if (!(regionIds as readonly string[]).includes(id)) throw new Error(`Unknown region "${id}" (${where})`);
  return id as RegionId;
};

/** Countries, groups and regions of a data file, their names in the matcher's form (`hasTerm`). */
export function compileCountries(data: CountriesRecord): {
  countries: Country[];
  groups: CountryGroup[];
  regions: Region[];
} {
  return {
    countries: data.countries.map((c) => ({
      code: c.code,
      labels: { fr: c.labels.fr, en: c.labels.en },
      names: c.names.map(toWordStartTerm),
      dial: c.dial,
      tlds: [...c.tlds],
      region: regionId(c.region, c.code),
    })),
    groups: data.groups.map((g) => ({ names: g.names.map(toWordStartTerm), codes: [...g.codes] })),
    regions: data.regions.map((r) => ({
      id: regionId(r.id, 'regions'),
      labels: { fr: r.labels.fr, en: r.labels.en },
      names: r.names.map(toWordStartTerm),
    })),
  };
}

const compiled = compileCountries(data);

/** Every country the knowledge base recognises. */
export const countries: readonly Country[] = compiled.countries;

/** Groups of countries named as one market ("the DACH region", "le Benelux"): each country counts. */
export const countryGroups: readonly CountryGroup[] = compiled.groups;

/** Regions an ambition may name, with their folded names. */
export const regions: readonly Region[] = compiled.regions;

const byCode = new Map(countries.map((x) => [x.code, x]));

/** A country's (or region's) label in the language; the code itself when unknown. */
export function countryLabel(code: string, lang: Language): string {
  return byCode.get(code.toUpperCase())?.labels[lang] ?? regions.find((r) => r.id === code)?.labels[lang] ?? code;
}

/** A region's member countries. */
export function regionCountries(region: string): string[] {
  return countries.filter((x) => x.region === region).map((x) => x.code);
}

/** The region a country belongs to. */
export function regionOf(code: string): RegionId | undefined {
  return byCode.get(code.toUpperCase())?.region;
}

const byTld = new Map(countries.flatMap((x) => x.tlds.map((t) => [t, x.code] as const)));

/** The country of a domain's ccTLD ("rakuten.co.jp" → JP); undefined for generic TLDs. */
export function countryOfDomain(domain: string): string | undefined {
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  return byTld.get(tld);
}

// Longest prefix first so "+351" is Portugal, not "+35…"; NANP (+1) stays ambiguous between US and CA.
const dialCodes = [...countries].sort((a, b) => b.dial.length - a.dial.length);

/**
 * The country of an international phone number ("+81 3 …", "0081 …"); national numbers ("03 …") say
 * nothing on their own and give undefined.
 */
export function countryOfPhone(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  let rest: string;
  if (digits.startsWith('+')) rest = digits.slice(1);
  else if (digits.startsWith('00')) rest = digits.slice(2);
  else return undefined;
  const hit = dialCodes.find((x) => rest.startsWith(x.dial));
  return hit ? (hit.dial === '1' ? 'US' : hit.code) : undefined;
}

/** The country named in a postal address's country field or free text ("Japon", "United Kingdom", "UK"). */
export function countryOfName(text: string): string | undefined {
  const f = ` ${foldTerms(text)} `;
  for (const x of countries) {
    if (x.names.some((n) => f.includes(` ${n.trim()} `)) || f.trim() === x.code.toLowerCase()) return x.code;
  }
  return undefined;
}
