/**
 * Countries and regions: names and demonyms in French and English (to read an ambition and postal
 * addresses), international dialling prefixes and country-code top-level domains (to read phones and
 * e-mail or web domains). ISO 3166-1 alpha-2 codes throughout.
 */
import type { Language } from '../model';

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

export type RegionId = 'europe' | 'north-america' | 'latin-america' | 'asia' | 'middle-east' | 'africa' | 'oceania';

const c = (
  code: string,
  fr: string,
  en: string,
  names: string[],
  dial: string,
  region: RegionId,
  tlds?: string[],
): Country => ({
  code,
  labels: { fr, en },
  names,
  dial,
  tlds: tlds ?? [code.toLowerCase()],
  region,
});

// A table: one entry per line reads better than one word per line.
// prettier-ignore
export const countries: readonly Country[] = [
  c('FR', 'France', 'France', ['france', 'francais', 'francaise', 'french', 'hexagone', 'paris', 'lyon', 'marseille', 'toulouse', 'bordeaux', 'lille', 'nantes', 'strasbourg', 'montpellier', 'rennes', 'grenoble', 'toulon', 'angers', 'dijon', 'reims', 'le havre', 'rouen', 'brest', 'clermont ferrand', 'metz', 'caen', 'ile de france', 'bretagne', 'normandie', 'occitanie', 'nouvelle aquitaine', 'aquitaine', 'auvergne', 'rhone alpes', 'provence', 'paca ', 'alsace', 'lorraine', 'hauts de france', 'grand est', 'pays de la loire', 'centre val de loire', 'bourgogne', 'franche comte', 'corse', 'cote d azur'], '33', 'europe'),
  c('GB', 'Royaume-Uni', 'United Kingdom', ['royaume uni', 'angleterre', 'grande bretagne', 'united kingdom', 'uk ', 'u k ', 'britain', 'great britain', 'england', 'scotland', 'ecosse', 'wales', 'british', 'britannique', 'anglais', 'english market', 'londres', 'london', 'manchester', 'edinburgh', 'edimbourg', 'birmingham', 'bristol', 'glasgow', 'leeds', 'oxford'], '44', 'europe', ['uk']),
  c('DE', 'Allemagne', 'Germany', ['allemagne', 'allemand', 'germany', 'german', 'deutschland', 'berlin', 'munich', 'munchen', 'hamburg', 'hambourg', 'frankfurt', 'francfort', 'koln', 'dusseldorf', 'stuttgart'], '49', 'europe'),
  c('ES', 'Espagne', 'Spain', ['espagne', 'espagnol', 'spain', 'spanish', 'espana', 'madrid', 'barcelone', 'barcelona', 'valencia', 'seville', 'sevilla', 'bilbao', 'malaga'], '34', 'europe'),
  c('IT', 'Italie', 'Italy', ['italie', 'italien', 'italy', 'italian', 'italia', 'milan', 'milano', 'rome', 'roma', 'turin', 'torino', 'naples', 'napoli', 'bologne', 'bologna'], '39', 'europe'),
  c('PT', 'Portugal', 'Portugal', ['portugal', 'portugais', 'portuguese', 'lisbonne', 'lisbon', 'lisboa', 'porto'], '351', 'europe'),
  c('BE', 'Belgique', 'Belgium', ['belgique', 'belge', 'belgium', 'belgian', 'bruxelles', 'brussels', 'anvers', 'antwerp', 'antwerpen', 'gand', 'ghent', 'liege'], '32', 'europe'),
  c('NL', 'Pays-Bas', 'Netherlands', ['pays bas', 'neerlandais', 'hollande', 'netherlands', 'dutch', 'holland', 'amsterdam', 'rotterdam', 'la haye', 'the hague', 'eindhoven', 'utrecht'], '31', 'europe'),
  c('LU', 'Luxembourg', 'Luxembourg', ['luxembourg', 'luxembourgeois'], '352', 'europe'),
  c('CH', 'Suisse', 'Switzerland', ['suisse', 'switzerland', 'swiss', 'geneve', 'geneva', 'zurich', 'lausanne', 'bale', 'basel', 'berne', 'bern'], '41', 'europe'),
  c('AT', 'Autriche', 'Austria', ['autriche', 'autrichien', 'austria', 'austrian', 'vienna', 'wien'], '43', 'europe'),
  c('IE', 'Irlande', 'Ireland', ['irlande', 'irlandais', 'ireland', 'irish', 'dublin'], '353', 'europe'),
  c('SE', 'Suède', 'Sweden', ['suede', 'suedois', 'sweden', 'swedish', 'stockholm', 'gothenburg', 'goteborg'], '46', 'europe'),
  c('NO', 'Norvège', 'Norway', ['norvege', 'norvegien', 'norway', 'norwegian', 'oslo'], '47', 'europe'),
  c('DK', 'Danemark', 'Denmark', ['danemark', 'danois', 'denmark', 'danish', 'copenhague', 'copenhagen'], '45', 'europe'),
  c('FI', 'Finlande', 'Finland', ['finlande', 'finlandais', 'finland', 'finnish', 'helsinki'], '358', 'europe'),
  c('PL', 'Pologne', 'Poland', ['pologne', 'polonais', 'poland', 'polish market', 'varsovie', 'warsaw', 'cracovie', 'krakow'], '48', 'europe'),
  c('CZ', 'Tchéquie', 'Czechia', ['tchequie', 'republique tcheque', 'czechia', 'czech republic', 'czech', 'prague'], '420', 'europe'),
  c('GR', 'Grèce', 'Greece', ['grece', 'grec', 'greece', 'greek', 'athenes', 'athens'], '30', 'europe'),
  c('RO', 'Roumanie', 'Romania', ['roumanie', 'roumain', 'romania', 'romanian', 'bucarest', 'bucharest'], '40', 'europe'),
  c('US', 'États-Unis', 'United States', ['etats unis', 'etats-unis', 'amerique', 'americain', 'united states', 'usa', 'u s ', 'us market', 'america', 'american', 'new york', 'silicon valley', 'californie', 'california', 'new york', 'san francisco', 'silicon valley', 'boston', 'chicago', 'los angeles', 'seattle', 'miami', 'nyc', 'ny ', 'texas', 'houston', 'dallas', 'atlanta', 'denver', 'philadelphia', 'new jersey', 'florida', 'floride'], '1', 'north-america', ['us']),
  c('CA', 'Canada', 'Canada', ['canada', 'canadien', 'canadian', 'quebec', 'montreal', 'toronto', 'vancouver', 'ottawa', 'calgary'], '1', 'north-america'),
  c('MX', 'Mexique', 'Mexico', ['mexique', 'mexicain', 'mexico', 'mexican'], '52', 'latin-america'),
  c('BR', 'Brésil', 'Brazil', ['bresil', 'bresilien', 'brazil', 'brazilian', 'brasil', 'sao paulo', 'rio de janeiro'], '55', 'latin-america'),
  c('AR', 'Argentine', 'Argentina', ['argentine', 'argentina', 'argentinian', 'buenos aires'], '54', 'latin-america'),
  c('CL', 'Chili', 'Chile', ['chili', 'chilien', 'chile', 'chilean'], '56', 'latin-america'),
  c('CO', 'Colombie', 'Colombia', ['colombie', 'colombia', 'colombian', 'bogota', 'medellin'], '57', 'latin-america'),
  c('JP', 'Japon', 'Japan', ['japon', 'japonais', 'japonaise', 'japan', 'japanese', 'nippon', 'tokyo', 'osaka', 'kyoto', 'yokohama', 'nagoya'], '81', 'asia'),
  c('CN', 'Chine', 'China', ['chine', 'chinois', 'china', 'chinese', 'shanghai', 'pekin', 'beijing', 'shenzhen', 'guangzhou'], '86', 'asia'),
  c('KR', 'Corée du Sud', 'South Korea', ['coree', 'coreen', 'korea', 'korean', 'seoul'], '82', 'asia'),
  c('IN', 'Inde', 'India', ['inde', 'indien', 'india', 'indian', 'bangalore', 'mumbai', 'delhi', 'bengaluru', 'hyderabad', 'pune', 'chennai'], '91', 'asia'),
  c('SG', 'Singapour', 'Singapore', ['singapour', 'singapore'], '65', 'asia'),
  c('HK', 'Hong Kong', 'Hong Kong', ['hong kong', 'hongkong'], '852', 'asia'),
  c('TW', 'Taïwan', 'Taiwan', ['taiwan', 'taiwanais', 'taiwanese'], '886', 'asia'),
  c('VN', 'Viêt Nam', 'Vietnam', ['vietnam', 'viet nam', 'vietnamien', 'vietnamese', 'hanoi', 'ho chi minh'], '84', 'asia'),
  c('TH', 'Thaïlande', 'Thailand', ['thailande', 'thailand', 'thai ', 'bangkok'], '66', 'asia'),
  c('ID', 'Indonésie', 'Indonesia', ['indonesie', 'indonesia', 'indonesian', 'jakarta'], '62', 'asia'),
  c('AU', 'Australie', 'Australia', ['australie', 'australien', 'australia', 'australian', 'sydney', 'melbourne', 'brisbane'], '61', 'oceania'),
  c('NZ', 'Nouvelle-Zélande', 'New Zealand', ['nouvelle zelande', 'new zealand', 'auckland'], '64', 'oceania'),
  c('AE', 'Émirats arabes unis', 'United Arab Emirates', ['emirats', 'emirates', 'uae', 'dubai', 'abu dhabi'], '971', 'middle-east'),
  c('SA', 'Arabie saoudite', 'Saudi Arabia', ['arabie saoudite', 'saoudien', 'saudi', 'riyad', 'riyadh', 'djeddah', 'jeddah'], '966', 'middle-east'),
  c('IL', 'Israël', 'Israel', ['israel', 'israelien', 'israeli', 'tel aviv'], '972', 'middle-east'),
  c('QA', 'Qatar', 'Qatar', ['qatar', 'doha'], '974', 'middle-east'),
  c('TR', 'Turquie', 'Turkey', ['turquie', 'turc', 'turkey', 'turkish', 'turkiye', 'istanbul'], '90', 'middle-east'),
  c('MA', 'Maroc', 'Morocco', ['maroc', 'marocain', 'morocco', 'moroccan', 'casablanca', 'rabat', 'marrakech', 'tanger'], '212', 'africa'),
  c('TN', 'Tunisie', 'Tunisia', ['tunisie', 'tunisien', 'tunisia', 'tunisian', 'tunis'], '216', 'africa'),
  c('DZ', 'Algérie', 'Algeria', ['algerie', 'algerien', 'algeria', 'algerian', 'alger', 'algiers', 'oran'], '213', 'africa'),
  c('SN', 'Sénégal', 'Senegal', ['senegal', 'senegalais', 'dakar'], '221', 'africa'),
  c('CI', "Côte d'Ivoire", 'Ivory Coast', ['cote d ivoire', 'ivoirien', 'ivory coast', 'abidjan'], '225', 'africa'),
  c('NG', 'Nigeria', 'Nigeria', ['nigeria', 'nigerian', 'lagos'], '234', 'africa'),
  c('KE', 'Kenya', 'Kenya', ['kenya', 'kenyan', 'nairobi'], '254', 'africa'),
  c('ZA', 'Afrique du Sud', 'South Africa', ['afrique du sud', 'sud africain', 'south africa', 'south african', 'johannesburg', 'le cap', 'cape town'], '27', 'africa'),
  c('EG', 'Égypte', 'Egypt', ['egypte', 'egyptien', 'egypt', 'egyptian', 'le caire', 'cairo'], '20', 'africa'),
];

/** Regions an ambition may name, with their folded names. */
/** Groups of countries named as one market ("the DACH region", "le Benelux"): each country counts. */
export const countryGroups: readonly { readonly names: readonly string[]; readonly codes: readonly string[] }[] = [
  { names: ['dach'], codes: ['DE', 'AT', 'CH'] },
  { names: ['benelux'], codes: ['BE', 'NL', 'LU'] },
  {
    names: ['nordics', 'nordic countries', 'pays nordiques', 'scandinavie', 'scandinavia'],
    codes: ['SE', 'NO', 'DK', 'FI'],
  },
  { names: ['iberia', 'peninsule iberique', 'iberian peninsula'], codes: ['ES', 'PT'] },
];

export const regions: readonly {
  readonly id: RegionId;
  readonly labels: Readonly<Record<Language, string>>;
  readonly names: readonly string[];
}[] = [
  { id: 'europe', labels: { fr: 'Europe', en: 'Europe' }, names: ['europe', 'europeen', 'european', 'ue ', 'eu '] },
  {
    id: 'north-america',
    labels: { fr: 'Amérique du Nord', en: 'North America' },
    names: ['amerique du nord', 'north america', 'north american'],
  },
  {
    id: 'latin-america',
    labels: { fr: 'Amérique latine', en: 'Latin America' },
    names: ['amerique latine', 'amerique du sud', 'latin america', 'south america', 'latam'],
  },
  {
    id: 'asia',
    labels: { fr: 'Asie', en: 'Asia' },
    names: ['asie', 'asiatique', 'asia', 'asian', 'apac', 'asie pacifique', 'asia pacific'],
  },
  {
    id: 'middle-east',
    labels: { fr: 'Moyen-Orient', en: 'Middle East' },
    names: ['moyen orient', 'middle east', 'golfe', 'gulf', 'mena'],
  },
  { id: 'africa', labels: { fr: 'Afrique', en: 'Africa' }, names: ['afrique', 'africain', 'africa', 'african'] },
  { id: 'oceania', labels: { fr: 'Océanie', en: 'Oceania' }, names: ['oceanie', 'oceania'] },
];

const byCode = new Map(countries.map((x) => [x.code, x]));

/** A country's (or region's) label in the language; the code itself when unknown. */
export function countryLabel(code: string, lang: Language): string {
  return byCode.get(code.toUpperCase())?.labels[lang] ?? regions.find((r) => r.id === code)?.labels[lang] ?? code;
}

/** A region's member countries. */
export function regionCountries(region: string): string[] {
  return countries.filter((x) => x.region === region).map((x) => x.code);
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
export function countryOfName(text: string, fold: (t: string) => string): string | undefined {
  const f = ` ${fold(text)} `;
  for (const x of countries) {
    if (x.names.some((n) => f.includes(` ${n.trim()} `)) || f.trim() === x.code.toLowerCase()) return x.code;
  }
  return undefined;
}
