/**
 * The sector taxonomy: ids, French and English labels, and the words that reveal a sector in an ambition
 * or in a contact's company, title, department, notes or web domain. General knowledge, not tuned to any
 * mailbox; see docs/KNOWLEDGE.md.
 *
 * Terms are folded (lower case, no accents) stems matched at a word start, so "renouvelab" matches
 * "renouvelables"; a term ending with a space must be a whole word ("ai ").
 */
import type { Language } from '../model';

/** A sector of the taxonomy. */
export type Sector = {
  readonly id: string;
  readonly labels: Readonly<Record<Language, string>>;
  /** Words that place a person or an organisation in the sector wherever they appear. */
  readonly terms: readonly string[];
  /**
   * Words that only count inside an organisation's name or web domain ("bank", "capital", "ventures"):
   * in a job title they describe the job, not the employer's sector.
   */
  readonly nameTerms: readonly string[];
  /** Wider sectors this one belongs to (wind farms are energy; car makers are industry). */
  readonly broader: readonly string[];
  /** Neighbouring sectors whose people can still open a door, with how much they count (0..1). */
  readonly related: Readonly<Record<string, number>>;
};

const s = (
  id: string,
  fr: string,
  en: string,
  terms: string[],
  nameTerms: string[] = [],
  broader: string[] = [],
  related: Record<string, number> = {},
): Sector => ({ id, labels: { fr, en }, terms, nameTerms, broader, related });

// A table: one entry per line reads better than one word per line.
// prettier-ignore
export const sectors: readonly Sector[] = [
  s(
    'renewables',
    'Énergies renouvelables',
    'Renewable energy',
    ['renouvelab', 'renewab', 'eolien', 'eolienne', 'wind farm', 'wind energ', 'wind power', 'offshore wind', 'windpark', 'solaire', 'solar', 'photovolta', ' pv ', 'hydrogene vert', 'green hydrogen', 'biomass', 'biogaz', 'biogas', 'methanisation', 'geotherm', 'hydroelectri', 'hydroelectricite', 'energie verte', 'energies nouvelles', 'energie nouvelle', 'new energies', 'green energy', 'biomethan', 'hydrolien', 'tidal energy', 'power purchase agreement', 'clean energy', 'cleantech', 'energies propres', 'transition energetique', 'energy transition', 'climate tech', 'climatetech', 'greentech', 'green tech', 'decarbon', 'agrivolta', 'eolia'],
    ['wind', 'green power', 'greenpower', 'ventus', 'hydro ', 'soleil', 'sun power', 'sunpower', 'eole', 'heliosol', 'helio '],
    ['energy'],
    { 'energy': 0.4 },
  ),
  s(
    'energy',
    'Énergie',
    'Energy',
    ['hydrogen', 'hydrogene', 'batteries', 'battery', 'water treatment', 'traitement de l eau', 'waste management', 'gestion des dechets', 'dechets', 'recyclage', 'recycling', 'stadtwerke', 'energie', 'energy', 'energies', 'petrol', 'oil and gas', 'oil & gas', 'gaz naturel', 'natural gas', 'utilities', 'utility', 'electricite', 'electricity', 'nucleaire', 'nuclear', 'raffin', 'refiner', 'upstream', 'lng '],
    ['power', 'gas ', 'oil ', 'petroleum', 'energ', 'electric company'],
    [],
    { renewables: 0.8 },
  ),
  s(
    'banking',
    'Banque & finance',
    'Banking & finance',
    ['asset manager', 'bank ', 'banks ', 'banque', 'banking', 'bancaire', 'investment bank', 'asset management', 'gestion d actifs', 'gestion de patrimoine', 'wealth management', 'marches financiers', 'capital markets', 'secteur financier', 'financial services', 'services financiers', 'la finance', 'de la finance', 'dans la finance', 'in finance', 'finance sector', 'bourse', 'trading floor'],
    ['bank', 'banque', 'banco', 'banca', 'credit', 'caisse d epargne', 'epargne', 'finance', 'financial', 'securities'],
    [],
    { fintech: 0.5, insurance: 0.3, 'venture-capital': 0.3 },
  ),
  s(
    'fintech',
    'Fintech',
    'Fintech',
    ['web3', 'defi ', 'fintech', 'neobanque', 'neo banque', 'neobank', 'neo bank', 'paiement', 'payment', 'insurtech', 'regtech', 'wealthtech', 'cryptomonnaie', 'cryptocurrenc', 'crypto ', 'blockchain', 'open banking', 'embedded finance', 'banque en ligne', 'online bank', 'digital bank', 'banque mobile', 'mobile bank'],
    ['pay', 'wallet', 'coin', 'money', 'cash', 'lend', 'neobank'],
    [],
    { banking: 0.4, 'venture-capital': 0.4, insurance: 0.2, software: 0.2 },
  ),
  s(
    'venture-capital',
    'Capital-risque & investissement',
    'Venture capital & private equity',
    ['impact investing', 'investissement a impact', 'capital risque', 'capital-risque', 'capital investissement', 'venture capital', 'private equity', 'fonds d investissement', 'investment fund', 'business angel', 'family office', 'seed fund', 'fonds de capital', 'growth equity', 'leveraged buyout', ' lbo ', ' vc '],
    ['ventures', 'venture', 'capital', 'invest', 'equity', 'fund ', 'funds', 'angels'],
    [],
    { banking: 0.4, fintech: 0.2 },
  ),
  s(
    'insurance',
    'Assurance',
    'Insurance',
    ['underwrit', 'souscripteur', 'souscriptrice', 'versicherung', 'seguros', 'assicurazion', 'verzekering', 'assurance', 'insurance', 'assureur', 'insurer', 'reassuran', 'reinsuran', 'mutuelle', 'prevoyance', 'actuari', 'courtier en assurance', 'insurance broker'],
    ['assur', 'insur', 'mutual', 'life '],
    [],
    { banking: 0.3, fintech: 0.2 },
  ),
  s(
    'luxury',
    'Luxe, mode & cosmétique',
    'Luxury, fashion & cosmetics',
    ['luxe ', 'luxueu', 'luxury', 'cosmeti', 'beaute', 'beauty', 'parfum', 'perfume', 'fragrance', 'haute couture', 'maroquinerie', 'leather goods', 'joaillerie', 'jewel', 'horlogerie', 'watchmak', 'mode ', 'fashion', 'pret a porter', 'ready to wear'],
    ['couture', 'maison', 'beauty', 'cosmetic'],
    [],
    { retail: 0.3, 'consumer-goods': 0.3 },
  ),
  s(
    'retail',
    'Distribution & e-commerce',
    'Retail & e-commerce',
    ['grande distrib', 'grandes surfaces', 'gms ', 'centrale d achat', 'centrales d achat', 'grande distribution', 'distribution alimentaire', 'retail', 'commerce de detail', 'e commerce', 'ecommerce', 'marketplace', 'supermarch', 'hypermarch', 'magasin', 'retailer', 'distributeur', 'enseigne', 'vente en ligne', 'online retail'],
    ['shop', 'store', 'mart ', 'boutique'],
    [],
    { 'consumer-goods': 0.3, luxury: 0.2 },
  ),
  s(
    'consumer-goods',
    'Biens de consommation',
    'Consumer goods',
    ['cosmeti', 'skincare', 'skin care', 'soins du visage', 'beauty products', 'produits de beaute', 'dtc ', 'd2c ', 'direct to consumer', 'consumer brand', 'marque grand public', 'jouet', 'toys', 'furniture', 'ameublement', 'biens de consommation', 'consumer goods', 'fmcg', 'cpg ', 'grande consommation', 'produits de grande consommation', 'consumer products'],
    [],
    [],
    { retail: 0.3, 'food-agri': 0.3, luxury: 0.2 },
  ),
  s(
    'food-agri',
    'Agroalimentaire & agriculture',
    'Food & agriculture',
    ['fromage', 'cheese', 'produits bio', 'produits du terroir', 'epicerie fine', 'chocolat', 'cafe torrefie', 'coffee roast', 'agtech', 'agritech', 'viticul', 'vin ', 'vins ', 'wine', 'spiritueux', 'spirits industry', 'brauerei', 'brewery', 'weingut', 'bodegas', 'winery', 'vignobles', 'agroalimentaire', 'agro alimentaire', 'agri food', 'agrifood', 'food industry', 'industrie alimentaire', 'agriculture', 'agricol', 'agritech', 'foodtech', 'viticult', 'vignoble', 'winery', 'boisson', 'beverage', 'laitier', 'dairy', 'cooperative agricole', 'farming'],
    ['food', 'foods', 'aliment', 'agri', 'bio ', 'brasserie', 'brewery', 'wine', 'vins'],
    [],
    { 'consumer-goods': 0.4, retail: 0.2 },
  ),
  s(
    'automotive',
    'Automobile',
    'Automotive',
    ['automobile', 'automotive', 'constructeur auto', 'car maker', 'carmaker', 'equipementier', 'vehicule', 'vehicle', 'mobilite electrique', 'electric vehicle', 'pneumati', 'tyre', 'tire '],
    ['auto', 'motor', 'motors', 'cars'],
    ['manufacturing'],
    { transport: 0.2 },
  ),
  s(
    'aerospace-defence',
    'Aéronautique, spatial & défense',
    'Aerospace & defence',
    ['drone', 'drones', 'aeronauti', 'aerospace', 'aerospatial', 'spatial', 'space industry', 'defense', 'defence', 'armement', 'avionique', 'avionics', 'satellite', 'aviation'],
    ['aero', 'space', 'avia'],
    ['manufacturing'],
    { transport: 0.2 },
  ),
  s(
    'pharma-health',
    'Santé, pharmacie & biotech',
    'Pharma, biotech & health',
    ['nursing', 'infirmi', 'klinik', 'krankenhaus', 'clinica', 'sanidad', 'salud ', 'sanita ', 'gesundheit', 'pharma', 'biotech', 'sante', 'health', 'medical', 'medic', 'hopital', 'hopitaux', 'hospitalier', 'hospitaliere', 'hospital', 'ehpad', 'nursing home', 'clinique', 'clinic', 'medtech', 'dispositifs medicaux', 'medical device', 'laboratoire pharmaceutique', 'diagnosti', 'life science', 'sciences de la vie', 'therapeut', 'vaccin'],
    ['bio', 'laboratoire', 'laboratoires', 'pharm', 'medical', 'health'],
    [],
    { chemicals: 0.2 },
  ),
  s(
    'software',
    'Logiciel, cloud & IA',
    'Software, cloud & AI',
    ['esn ', 'ssii', 'edtech', 'healthtech', 'proptech', 'appli ', 'application mobile', 'mobile app', 'saas ', 'deeptech', 'deep tech', 'quantum', 'quantique', 'la data ', 'data ', 'logiciel', 'software', 'saas', 'cloud', 'intelligence artificielle', 'artificial intelligence', ' ia ', ' ai ', 'machine learning', 'data science', 'big data', 'numerique', 'digital', 'la tech ', 'in tech ', 'tech industry', 'tech sector', 'secteur tech', 'tech company', 'tech companies', 'tech firm', 'tech scale', 'big tech', 'start up tech', 'startup tech', 'scale up tech', 'scaleup tech', 'editeur de logiciel', 'informatique', 'devops', 'web '],
    ['soft', 'cloud', 'systems', 'systemes', 'digital', 'ai ', 'io ', 'data'],
    [],
    { telecom: 0.3, consulting: 0.2, fintech: 0.2 },
  ),
  s(
    'cybersecurity',
    'Cybersécurité',
    'Cybersecurity',
    ['cybersecur', 'cyber securit', 'cyberdefen', 'cyber defen', 'cyber', 'securite informatique', 'securite des systemes d information', 'securite du systeme d information', 'information security', 'infosec', 'it security', 'rssi', 'ciso', 'pentest', 'penetration test', 'soc analyst', 'security operations center', 'ethical hack'],
    ['cyber', 'secure', 'securit'],
    ['software'],
    { 'aerospace-defence': 0.2, consulting: 0.2 },
  ),
  s(
    'telecom',
    'Télécommunications',
    'Telecommunications',
    ['telco', 'telcos', 'operateur telecom', 'operateurs telecom', 'telecom', 'telecommunication', 'operateur mobile', 'mobile operator', 'reseau mobile', 'fibre optique', '5g ', 'satellite communication'],
    ['telecom', 'mobile '],
    [],
    { software: 0.3 },
  ),
  s(
    'consulting',
    'Conseil & audit',
    'Consulting & audit',
    ['conseil en', 'cabinet de conseil', 'consulting', 'consultancy', 'audit', 'expertise comptable', 'accounting firm', 'big four', 'big 4 ', 'strategy consulting', 'conseil en strategie', 'management consulting', 'transformation digitale'],
    ['consult', 'conseil', 'advisory', 'audit'],
    [],
    { law: 0.2, software: 0.2 },
  ),
  s(
    'law',
    'Droit',
    'Law',
    ['legaltech', 'legal tech', 'cabinet d avocat', 'avocat', 'law firm', 'lawyer', 'juridique', 'legal sector', 'barreau', 'notaire', 'notarial', 'droit des affaires', 'corporate law', 'rechtsanwalt', 'abogado', 'avvocato'],
    ['avocats', 'law', 'legal', 'llp', 'notaires', 'associes', 'rechtsanwalt', 'rechtsanwalte', 'anwalt', 'kanzlei', 'abogados', 'avvocati', 'advocaten'],
    [],
    { consulting: 0.2 },
  ),
  s(
    'media-advertising',
    'Médias, publicité & communication',
    'Media, advertising & communications',
    ['marketing agency', 'agence marketing', 'agence de communication', 'agence de com ', 'agence de pub', 'ad agency', 'advertising agency', 'agence digitale', 'digital agency', 'communication ', 'relations publiques', 'public relations', 'relations presse', 'media', 'publicite', 'advertising', 'agence de communication', 'communication agency', 'adtech', 'marketing digital', 'presse', 'journalis', 'edition', 'publishing', 'television', 'broadcast', 'audiovisuel', 'cinema', 'film ', 'musique', 'music', 'entertainment', 'divertissement', 'jeu video', 'video game', 'gaming'],
    ['verlag', 'editorial', 'media', 'studio', 'films', 'records', 'games', 'tv ', 'publicis'],
    [],
    { software: 0.2 },
  ),
  s(
    'logistics',
    'Logistique & transport de marchandises',
    'Logistics & freight',
    ['warehouse', 'entrepot', 'entrepots', 'logisti', 'supply chain', 'fret', 'freight', 'shipping', 'transport maritime', 'maritime', 'entreposage', 'warehous', 'messagerie', 'parcel', 'colis', 'courier'],
    ['logistic', 'cargo', 'shipping', 'freight'],
    [],
    { transport: 0.4 },
  ),
  s(
    'transport',
    'Transport, rail & aérien',
    'Transport, rail & airlines',
    ['ferroviaire', 'railway', ' rail ', 'airline', 'compagnie aerienne', 'transport de voyageurs', 'passenger transport', 'transports publics', 'public transport', 'mobilite', 'mobility', 'autoroute', 'motorway', 'aeroport', 'airport'],
    ['bahn', 'ferrocarril', 'ferrovie', 'rail', 'air ', 'airways', 'airlines', 'transport', 'mobility', 'mobilite'],
    [],
    { logistics: 0.3, 'hospitality-tourism': 0.2 },
  ),
  s(
    'construction-real-estate',
    'BTP, matériaux & immobilier',
    'Construction, materials & real estate',
    ['btp', 'chantier', 'chantiers', 'construction', 'btp ', 'batiment', 'building material', 'materiaux de construction', 'travaux publics', 'genie civil', 'civil engineering', 'immobilier', 'real estate', 'promoteur immobilier', 'property develop', 'proptech', 'inmobiliari', 'immobiliar', 'immobilien', 'commercial property', 'office space', 'bureaux a louer', 'coworking', 'architect', 'cimen', 'cement'],
    ['construct', 'build', 'batiment', 'immo', 'property', 'properties', 'realty', 'habitat'],
    [],
    { manufacturing: 0.3 },
  ),
  s(
    'manufacturing',
    'Industrie',
    'Manufacturing & industry',
    ['usine', 'usines', 'factory', 'factories', 'pme industrielle', 'industrial company', 'textile', 'industrie', 'industry', 'industriel', 'industrial', 'manufactur', 'fabricant', 'usine', 'factory', 'sidérurg', 'metallurg', 'equipements electriques', 'electrical equipment', 'machinerie', 'machinery', 'mecanique', 'engineering company', 'production industrielle', 'automatisme', 'automation', 'electronique', 'electronics', 'semiconduct', 'semi conduct', 'robotique', 'robotics', 'plasturg', 'verre', 'glass'],
    ['industr', 'industries', 'manufactur', 'electric ', 'steel', 'acier', 'machines', 'forge', 'fonderie', 'foundry', 'usinage', 'machining', 'composite', 'plasturg', 'precision', 'mecani', 'equipements', 'materials', 'materiaux'],
    [],
    { 'construction-real-estate': 0.2, chemicals: 0.5, 'mining-metals': 0.5 },
  ),
  s(
    'chemicals',
    'Chimie',
    'Chemicals',
    ['chimie', 'chimique', 'chemical', 'chemistry', 'petrochimi', 'petrochemical', 'gaz industriels', 'industrial gases', 'specialty chemicals', 'polymer', 'plastique'],
    ['chem', 'chimie'],
    ['manufacturing'],
    {},
  ),
  s(
    'mining-metals',
    'Mines & métaux',
    'Mining & metals',
    ['mining', 'miniere', 'minier', 'exploitation miniere', 'metals', 'metaux', 'aluminium', 'aluminum', 'iron ore', 'minerai', 'nickel', 'lithium', 'copper', 'cuivre'],
    ['mining', 'mines', 'metal', 'metals', 'steel', 'minerals'],
    ['manufacturing'],
    {},
  ),
  s(
    'public-sector',
    'Secteur public',
    'Public sector',
    ['conseil regional', 'conseil departemental', 'conseil general', 'communaute de communes', 'communaute d agglomeration', 'transit authority', 'local authority', 'diplomat', 'diplomatie', 'ambassade', 'embassy', 'united nations', 'nations unies', 'onu ', 'politics', 'political', 'think tank', 'ministerio', 'ministero', 'ministerium', 'gemeinde', 'ayuntamiento', 'bundesamt', 'landesamt', 'comune di', 'secteur public', 'public sector', 'fonction publique', 'civil service', 'administration publique', 'ministere', 'ministry', 'collectivite', 'mairie', 'city council', 'prefecture', 'gouvernement', 'government', 'agence publique', 'public agency', 'etablissement public', 'service public'],
    ['metropole', 'departement', 'region ', 'agglomeration', 'authority', 'ministere', 'ministry', 'department for', 'government', 'gouv', 'gov ', 'mairie', 'conseil departemental', 'conseil regional', 'city of', 'ville de'],
    [],
    { 'trade-promotion': 0.3, education: 0.2 },
  ),
  s(
    'trade-promotion',
    'Export & développement international',
    'Export & trade promotion',
    ['handelskammer', 'camara de comercio', 'camera di commercio', 'trade & invest', 'trade and invest', 'export agency', 'trade agency', 'chambre franco', 'chambre de commerce et d industrie', 'agence de promotion', 'trade promotion', 'promotion des exportations', 'export promotion', 'team france export', 'chambre de commerce', 'chamber of commerce', 'accompagnement a l export', 'developpement international', 'trade commission', 'investment promotion', 'conseiller du commerce exterieur'],
    ['cci ', 'ahk ', 'chamber', 'chambre', 'export'],
    [],
    { 'public-sector': 0.3 },
  ),
  s(
    'education',
    'Éducation & recherche',
    'Education & research',
    ['universit', 'campus', 'enseignement superieur', 'higher education', 'professeur', 'professeure', 'enseignant', 'enseignante', 'teacher', 'lecturer', 'maitre de conferences', 'universidad', 'universita', 'hochschule', 'universitat', 'education', 'enseignement', 'universite', 'university', 'ecole', 'school', 'business school', 'grande ecole', 'college', 'formation professionnelle', 'edtech', 'recherche academique', 'academic research', 'laboratoire de recherche', 'research institute', 'institut de recherche', 'lycee', 'academ'],
    ['universit', 'school', 'ecole', 'institut', 'college', 'academy', 'academie', 'edu'],
    [],
    { 'public-sector': 0.2 },
  ),
  s(
    'ngo',
    'Associations & ONG',
    'Non-profits & NGOs',
    ['fundacion', 'stiftung', 'fondazione', 'hilfswerk', 'ong ', 'ngo', 'non profit', 'nonprofit', 'non-profit', 'association humanitaire', 'humanitarian', 'humanitaire', 'charity', 'charitable', 'fondation', 'foundation', 'economie sociale', 'social economy', 'solidaire', 'impact social', 'social impact', 'philanthrop'],
    ['fondation', 'foundation', 'association', 'charity'],
    [],
    { 'public-sector': 0.2 },
  ),
  s(
    'sport',
    'Sport',
    'Sport',
    ['sport', 'sports', 'sportif', 'sportive', 'football', 'foot ', 'rugby', 'tennis', 'basket', 'handball', 'volley', 'cyclisme', 'cycling', 'golf ', 'natation', 'swimming', 'athleti', 'running', 'trail ', 'marathon', 'fitness', 'salle de sport', 'gym ', 'olympi', 'paralympi', 'stade', 'stadium', 'club de foot', 'club de rugby', 'football club', 'ligue 1', 'premier league', 'federation francaise de', 'esport', 'e sport', 'ski ', 'surf '],
    ['fc ', 'racing', 'olympique', 'athletic', 'stade ', 'sport', 'sports'],
    [],
    { 'media-advertising': 0.2, 'hospitality-tourism': 0.2, 'consumer-goods': 0.2 },
  ),
  s(
    'climate-esg',
    'Climat, RSE & ESG',
    'Climate, sustainability & ESG',
    ['rse ', 'csr ', 'esg ', 'sustainab', 'durabilite', 'developpement durable', 'responsabilite societale', 'responsabilite sociale des entreprises', 'corporate social responsibility', 'climat', 'climate', 'carbone', 'carbon', 'net zero', 'zero emission', 'bilan ges', 'decarbon', 'environnement', 'environnemental', 'environmental', 'ecologi', 'ecological', 'biodiversit', 'transition ecologique', 'ecological transition', 'economie circulaire', 'circular economy', 'finance durable', 'finance verte', 'green finance', 'sustainable finance', 'greentech', 'green tech', 'climate tech', 'climatetech'],
    ['climate', 'carbon'],
    [],
    { renewables: 0.5, energy: 0.2, consulting: 0.2, ngo: 0.3 },
  ),
  s(
    'hospitality-tourism',
    'Hôtellerie, restauration & tourisme',
    'Hospitality & tourism',
    ['event management', 'events ', 'hotellerie', 'hotel', 'hospitality', 'tourisme', 'tourism', 'restauration', 'restaurant', 'food service', 'voyage', 'travel', 'croisiere', 'cruise', 'loisirs', 'leisure', 'evenementiel', 'events industry'],
    ['hotel', 'hotels', 'resort', 'resorts', 'travel', 'voyages', 'tours', 'restaurant'],
    [],
    { transport: 0.2 },
  ),
];

const byId = new Map(sectors.map((x) => [x.id, x]));

/** The sector with this id, if the taxonomy knows it. */
export function sectorById(id: string): Sector | undefined {
  return byId.get(id);
}

/** A sector's label in the language, or the id itself for an unknown (user-typed) sector. */
export function sectorLabel(id: string, lang: Language): string {
  return byId.get(id)?.labels[lang] ?? id;
}

/**
 * How much a person in sector `held` counts for an ambition aimed at sector `wanted` (0..1).
 * A subsector counts fully for its wider sector (a wind developer is in energy); the wider sector counts
 * a little for a subsector (an oil major opens fewer doors to wind than a wind developer does).
 */
export function sectorAffinity(wanted: string, held: string): number {
  if (wanted === held) return 1;
  const h = byId.get(held);
  const w = byId.get(wanted);
  if (h?.broader.includes(wanted)) return 1;
  let best = w?.related[held] ?? 0;
  if (w?.broader.includes(held)) best = Math.max(best, 0.35);
  return best;
}
