/**
 * General French and English knowledge of where people meet, written as data (serialisable rules) so it can
 * be shown, diffed and extended. Terms are folded (lower case, no accents); a trailing `*` on a word accepts
 * any ending ("conferen*" → conférence, conference, conferences). Terms match whole words.
 *
 * Weights are the strength of one match on its own (0..1): 0.8 names the origin outright ("colloque",
 * "devis", "frère"), 0.6 usually does ("forum", "réception"), 0.35 only supports other evidence.
 */
import type { BuiltInCircleId } from './types';

/** Where a rule looks. `text` = notes, message subjects and event subjects/locations. */
export type RuleScope = 'text' | 'company' | 'title' | 'location';

/** One vocabulary rule: terms that point to a circle with a weight. */
export type VocabularyRule = {
  readonly id: string;
  readonly circle: BuiltInCircleId;
  readonly lang: 'fr' | 'en' | 'any';
  readonly weight: number;
  readonly scopes: readonly RuleScope[];
  readonly terms: readonly string[];
};

const S = 0.8;
const M = 0.6;
const W = 0.35;
const text: readonly RuleScope[] = ['text'];

const rule = (
  id: string,
  circle: BuiltInCircleId,
  lang: VocabularyRule['lang'],
  weight: number,
  terms: readonly string[],
  scopes: readonly RuleScope[] = text,
): VocabularyRule => ({ id, circle, lang, weight, scopes, terms });

// Data: kept compact on purpose (one rule per line would run to hundreds of lines).
// prettier-ignore
export const vocabulary: readonly VocabularyRule[] = [
  // Conferences, trade fairs and seminars.
  rule('conference-strong-fr', 'conferences', 'fr', S, [
    'conferen*', 'colloque*', 'congres', 'salon professionnel', 'salon des*', 'salon du', 'salon de', 'symposium',
    'assises', 'sommet', 'journees de*', 'journee de l*', 'rencontres de*', 'rencontres du*', 'rencontres nationales',
    'table ronde', 'keynote*', 'pleniere', 'exposant*', 'visitorat', 'carte de visite', 'cartes de visite',
    'seminaire annuel', 'seminaire des', 'seminaire sur', 'convention annuelle', 'webinaire*',
  ]),
  rule('conference-strong-en', 'conferences', 'en', S, [
    'conference*', 'summit', 'trade fair*', 'trade show*', 'expo', 'exhibition', 'exhibitor*', 'convention',
    'symposium', 'keynote*', 'panel discussion', 'booth', 'business card*', 'webinar*', 'tech week', 'world congress',
    'speaker dinner', 'speakers dinner', 'speakers\' dinner', 'diner des intervenants', 'diner speakers',
  ]),
  rule('conference-medium', 'conferences', 'any', M, [
    'my talk', 'talk at', 'conf',
    'salon', 'forum', 'meetup*', 'meet-up*', 'stand', 'speaker*', 'intervenant*', 'panel', 'seminaire*', 'seminar*',
    'workshop*', 'atelier', 'hackathon*', 'festival',
  ]),
  rule('conference-weak', 'conferences', 'any', W, ['day', 'days', 'week', 'fintech', 'tech', 'innovation', 'digital']),
  rule('conference-followup', 'conferences', 'any', M, [
    'merci pour votre visite', 'thanks for stopping by', 'thanks for visiting our', 'contact pris au', 'contact pris a',
    'echange lors du', 'echange lors de', 'vos slides', 'your slides', 'your talk', 'votre intervention', 'replay',
    'suite a notre echange', 'suite a notre rencontre', 'ravi de notre rencontre', 'ravie de notre rencontre',
    'presentation promise', 'following up from', 'great to meet you at', 'nice to meet you at', 'nice meeting you at',
    'great meeting you at', 'the deck i promised', 'slides i promised', 'following our chat at',
    'following our conversation at', 'good to meet you at', 'good meeting you at', 'lovely to meet you at',
    'pleasure meeting you at', 'pleasure to meet you at', 'suite a notre discussion au', 'suite a notre discussion sur le salon',
  ]),
  // Major trade fairs and conferences, by name (general knowledge): meeting someone there is a conference contact.
  rule('conference-names', 'conferences', 'any', S, [
    'ces las vegas', 'ces 20*', 'mwc', 'mobile world congress', 'hannover messe', 'sibos', 'saastr', 're:invent',
    'reinvent', 'aws summit', 'vivatech', 'viva technology', 'web summit', 'collision conf*', 'dreamforce', 'sial',
    'salon de l\'agriculture', 'mondial de l\'auto', 'mondial de l\'automobile', 'eurosatory', 'paris air show',
    'salon du bourget', 'farnborough', 'gitex', 'slush', 'sxsw', 'cebit', 'gamescom', 'cannes lions', 'mipim',
    'mipcom', 'midem', 'vinexpo', 'prowein', 'wine paris', 'maison et objet', 'maison&objet', 'batimat', 'pollutec',
    'equip auto', 'kubecon', 'devoxx', 'fosdem', 'black hat', 'def con', 'defcon', 'rsa conference', 'money20/20',
    'google i/o', 'wwdc', 'ifa berlin', 'tedx', 'frankfurt book fair', 'foire de francfort', 'salon du livre',
    'nab show', 'bauma', 'drupa', 'interpack', 'anuga', 'arab health', 'ispo', 'eurobike', 'big data paris',
    'laval virtual', 'world economic forum', 'davos', 'infosecurity europe', 'it-sa', 'globalcon', 'salon nautique',
    'retail big show', 'nrf big show', 'vivatech', 'viva tech', 'websummit', 'change now', 'bpifrance inno generation',
    'big bpifrance', 'mobile world', 'emerging valley',
  ], ['text', 'location']),

  // Training and courses.
  rule('training-strong-fr', 'training', 'fr', S, [
    'formation*', 'certification*', 'certificat', 'certifie*', 'bootcamp*', 'mooc*', 'cours du soir', 'cours en ligne',
    'session de formation', 'meme session', 'same session', 'seminaire de formation', 'stage de formation', 'module de formation', 'module de specialisation', 'module de cours', 'slides du module', 'support du module', 'cycle de formation', 'cursus',
    'e-learning', 'elearning', 'formateur', 'formatrice', 'support de cours', 'promo de formation', 'masterclass*',
    'diplome universitaire', 'executive education', 'programme dirigeant*', 'parcours de formation',
    'stagiaires ensemble', 'meme stage', 'parcours leadership',
    'programme de formation', 'programme de leadership', 'programme leadership', 'groupe de revision*',
  ]),
  rule('training-strong-en', 'training', 'en', S, [
    'training*', 'course*', 'certification*', 'certified', 'bootcamp*', 'evening class*', 'night class*',
    'study group*', 'classroom session*', 'trainer', 'instructor', 'coursework', 'upskilling', 'class exercise*',
    'same course', 'same training', 'same workshop', 'same class on', 'meme atelier',
    'same intake', 'study buddy', 'study buddies', 'study partner', 'prep class*', 'prep course*',
    'leadership programme', 'leadership program', 'executive programme', 'executive program',
    'development programme', 'development program', 'training programme', 'training program',
    'graduate programme', 'certificate in', 'certificate programme', 'certificate program', 'revision group*',
    'revision session*', 'workshop series', 'course mate*', 'coursemate*', 'cohort mate*',
  ]),
  rule('training-medium', 'training', 'any', M, [
    'quiz', 'examen', 'exam', 'exams', 'intake', 'revision*', 'revisions', 'stagiaire*', 'parcours', 'attestation de formation', 'assignment*', 'travaux pratiques', 'cas pratique*',
    'evaluation de la formation', 'certificate',
    'exercices', 'exercises', 'groupe de travail', 'lesson*', 'cohort', 'cohorte', 'homework', 'devoirs', 'tutorat', 'coaching', 'prise de parole',
    'public speaking', 'apprentissage', 'pmp', 'prince2', 'itil', 'scrum master', 'toeic', 'toefl', 'six sigma',
  ]),
  rule('training-weak', 'training', 'any', W, ['module', 'cycle', 'programme', 'program']),
  rule('training-providers', 'training', 'any', S, [
    'cegos', 'openclassrooms', 'cnam', 'general assembly', 'orsys', 'coursera', 'udemy', 'edx', 'le wagon', 'ironhack',
    'demos', 'csp formation', 'afpa', 'greta', 'simplon', 'comundi', 'efe', 'learning tree', 'dale carnegie',
    'franklin covey', 'pluralsight', 'datacamp', 'linkedin learning', 'm2i formation', 'ib formation',
    'formaposte', 'crossknowledge', 'unow', 'skillsoft', 'udacity', 'futurelearn', 'fun mooc', 'wild code school',
    'o\'clock', 'jedha', 'dataScientest', 'ifg', 'cesi', 'ifocop', 'pmi',
  ], ['text', 'location', 'company']),

  // Schools, universities and alumni.
  rule('classmates-strong-fr', 'classmates', 'fr', S, [
    'amicale des anciens', 'association des diplomes', 'gala des anciens', 'soiree des diplomes',
    'promo', 'promotion 19*', 'promotion 20*', 'camarade*', 'meme amphi', 'amphi', 'anciens eleves', 'ancien eleve',
    'ancienne eleve', 'diplome*', 'annuaire des anciens', 'reunion de promo', 'reunion des anciens', 'soiree des anciens',
    'gala des diplomes', 'association des anciens', 'bde', 'meme classe', 'meme promo', 'en prepa', 'classe prepa',
    'etudes ensemble', 'etudie ensemble', 'diplomes ensemble', 'meme ecole', 'meme fac', 'meme universite', 'etudiants ensemble', 'etudiantes ensemble', 'etudiant avec moi', 'etudiante avec moi', 'fac ensemble', 'copain de promo', 'copine de promo',
  ]),
  rule('classmates-strong-en', 'classmates', 'en', S, [
    'homecoming', 'alumni weekend', 'alumni dinner', 'alumni association',
    'class of', 'classmate*', 'alumni', 'alumnus', 'alumna', 'alumnae', 'graduates', 'graduating class',
    'same class', 'same year at', 'studied together', 'study together', 'uni friend', 'college friend', 'old boys',
    'class reunion', 'school reunion', 'alumni reunion', 'same uni', 'same university', 'same school', 'graduated together',
    'graduated with', 'fellow student*', 'same mba', 'mba cohort', 'mba class', 'mba classmate*',
    'freshers', 'dorm*', 'flatmate at uni', 'lecture hall', 'alumni directory',
  ]),
  rule('school-words', 'classmates', 'any', M, [
    'universite', 'university', 'univ', 'ecole', 'business school', 'grande ecole', 'institut d*', 'faculte', 'fac',
    'campus', 'iae', 'iut', 'insa', 'mba', 'master', 'master 2', 'msc', 'bachelor', 'phd', 'doctorat',
    'labo', 'college', 'school',
  ], ['text', 'company']),
  rule('classmates-medium', 'classmates', 'any', M, ['binome', 'binomes', 'school mate*', 'schoolmate*', 'uni mate*', 'prepa']),
  rule('grandes-ecoles', 'classmates', 'any', M, [
    'hec', 'essec', 'escp', 'edhec', 'insead', 'em lyon', 'emlyon', 'skema', 'neoma', 'kedge', 'audencia', 'iseg',
    'polytechnique', 'ecole centrale', 'centrale supelec', 'centralesupelec', 'supelec', 'centrale lyon',
    'centrale nantes', 'centrale lille', 'ecole des mines', 'mines paristech', 'ecole des ponts', 'telecom paris', 'ensae', 'ensta',
    'epita', 'epitech', 'sciences po', 'sciencespo', 'sorbonne', 'ecole normale superieure', 'normale sup', 'isae', 'supaero', 'essca',
    'ieseg', 'grenoble em', 'ipag', 'inseec', 'estp', 'esiee', 'eseo', 'oxford', 'cambridge',
    'harvard', 'stanford', 'wharton', 'lse', 'imperial college', 'kings college', 'ucl', 'columbia', 'yale',
    'princeton', 'berkeley', 'insead', 'iese', 'ie business school', 'bocconi', 'esade', 'london business school',
  ], ['text', 'company']),

  // Social events.
  rule('social-strong-fr', 'social-events', 'fr', S, [
    'afterwork*', 'after-work', 'after work', 'soiree*', 'garden party', 'garden-party', 'barbecue', 'pot de depart',
    'pot de fin', 'pot d\'arrivee', 'cocktail*', 'reception*', 'fete*', 'gala', 'diner networking', 'vernissage',
    'chez des amis communs', 'amis communs', 'chez des amis', 'chez des copains', 'fete des voisins', 'soiree jeux',
    'at a friend\'s', 'friends of friends', 'cremaillere', 'brunch', 'bal', 'diner de gala', 'apres-midi festif',
    'pot de noel', 'apero de noel', 'soiree de noel', 'pot de fin d\'annee', 'pot de bienvenue',
    'barbecue des voisins', 'barbecue entre voisins', 'repas des voisins', 'repas de quartier', 'apero des voisins',
    'fete de quartier', 'fete de rue', 'ami d\'ami*', 'amie d\'ami*', 'ami d\'un ami', 'ami d\'une amie',
    'friend of a friend', 'friend of friends', 'block party', 'street party',
  ]),
  rule('social-strong-en', 'social-events', 'en', S, [
    'launch party', 'bumped into you at', 'nice chatting at the', 'great to bump into',
    'party', 'parties', 'drinks reception', 'leaving do', 'leaving drinks', 'launch reception', 'reception', 'cocktail*',
    'barbecue', 'bbq', 'housewarming', 'mutual friend*', 'christmas party', 'office party', 'gala dinner',
    'networking dinner', 'networking drinks', 'birthday party', 'dinner party', 'after-party', 'holiday party',
    'pub drinks', 'christmas drinks', 'xmas drinks', 'festive drinks', 'summer drinks', 'friday drinks',
    'evening drinks', 'holiday drinks', 'new year drinks', 'welcome drinks', 'leaving drinks', 'farewell drinks',
  ]),
  rule('social-weak', 'social-events', 'any', W, [
    'networking', 'mariage', 'wedding', 'anniversaire', 'birthday', 'diner', 'dinner', 'dejeuner', 'lunch', 'drinks',
    'noel', 'christmas', 'pot', 'apero*', 'verre',
  ]),

  // Networks and clubs.
  rule('clubs-strong', 'clubs', 'any', S, [
    'rotary', 'lions club', 'lions', 'kiwanis', 'bni', 'cjd', 'jeune chambre', 'jci', 'round table', 'table ronde francaise',
    'toastmasters', 'toastmaster', 'dfcg', 'medef', 'cpme', 'young leaders', 'business club', 'club d\'affaires', 'club des*',
    'club', 'cercle', 'amicale', 'adherent*', 'adhesion', 'cotisation*', 'membership', 'ordre des', 'soroptimist', 'zonta', 'ascaps',
    'reseau entreprendre', 'initiative france', 'dirigeants commerciaux', 'femmes chefs',
    'annual dues', 'club meeting', 'bureau du club',
    'institute of directors', 'rotaract', 'junior chamber', 'forum mate*', 'chapter meeting', 'fellow member*',
    'membre de notre club', 'membre du bureau', 'club member*', 'network member*', 'member organisation',
    'member organization', 'vistage',
  ], ['text', 'company']),
  rule('clubs-weak', 'clubs', 'any', W, [
    'assemblee generale', 'agm', 'annual general meeting', 'petit-dejeuner', 'petit dejeuner', 'breakfast', 'network',
    'networks',
  ]),
  rule('clubs-medium', 'clubs', 'any', M, [
    'convocation', 'diner statutaire', 'membership renewal', 'renouvellement adhesion', 'renouvellement de l\'adhesion',
    'reseau', 'association', 'federation', 'syndicat professionnel', 'reseau professionnel', 'reseau d\'affaires',
    'business network', 'professional network',
    'member of', 'membre du', 'membre de la', 'membre de l\'', 'membre des', 'fellow member*', 'chapter',
    'meeting minutes', 'compte rendu reunion', 'compte-rendu reunion', 'chamber of commerce', 'chambre de commerce',
    'fellowship', 'commission', 'chapter', 'organisation professionnelle', 'membership fee*', 'member benefits',
  ]),

  // Online networks.
  rule('online-strong', 'online', 'any', S, [
    'linkedin', 'facebook', 'twitter', 'tweet*', 'instagram', 'slack', 'discord', 'github', 'gitlab', 'reddit',
    'mastodon', 'bluesky', 'telegram', 'stack overflow', 'stackoverflow', 'forum en ligne',
    'online forum', 'communaute en ligne', 'online community', 'reseau social', 'reseaux sociaux', 'social network*',
    'social media', 'groupe facebook', 'facebook group', 'youtube', 'twitch', 'tiktok', 'substack', 'medium post',
    'via x', 'sur x', 'on x', 'viadeo', 'xing', 'meetup.com', 'clubhouse', 'podcast', 'newsletter en ligne',
    'blog*', 'blogueu*', 'blogger', 'follower*', 'abonne a mon*', 'suit mon*', 'thanks for connecting', 'saw your post',
    'via malt', 'sur malt', 'on malt', 'upwork', 'fiverr', 'toptal', 'freelancer.com', 'codementor', 'quora',
  ]),
  rule('online-medium', 'online', 'any', M, [
    'post', 'en ligne', 'online', 'whatsapp', 'commentaire', 'dm', 'message prive', 'mise en relation', 'introduction request',
    'connection request', 'demande de connexion', 'groupe de discussion',
  ]),

  // Clients and partners.
  rule('clients-strong-fr', 'clients', 'fr', S, [
    'conditions generales', 'cgv', 'relance facture', 'signature du contrat',
    'devis', 'facture*', 'facturation', 'bon de commande', 'bons de commande', 'commande*', 'contrat*',
    'proposition commerciale', 'offre commerciale', 'appel d\'offres', 'appel d\'offre', 'cahier des charges',
    'compte cle', 'grand compte', 'client*', 'renouvellement', 'avenant', 'relance paiement',
    'interlocuteur achats', 'referencement fournisseur', 'partenaire*', 'partenariat*', 'fournisseur*', 'prestataire*',
    'distributeur*', 'revendeur*', 'bon de livraison',
  ]),
  rule('clients-strong-en', 'clients', 'en', S, [
    'credit note', 'payment reminder', 'remittance advice', 'statement of account', 'estimate',
    'quotation', 'invoice*', 'billing', 'purchase order*', 'contract*', 'renewal', 'proposal',
    'commercial proposal', 'rfp', 'rfi', 'rfq', 'tender', 'sow', 'statement of work', 'key account', 'customer*',
    'client*', 'supplier*', 'vendor*', 'reseller*', 'distributor*', 'partner', 'partnership agreement', 'pricing',
    'price list', 'nda', 'msa', 'master services agreement', 'account review',
  ]),
  rule('clients-weak', 'clients', 'any', W, ['recette', 'reglement']),
  rule('clients-medium', 'clients', 'any', M, [
    'quote', 'po', 'prospect*', 'tarif*', 'livraison', 'mise en production', 'order*', 'delivery', 'payment',
    'accuse de reception', 'kick-off', 'kickoff', 'projet client', 'account manager',
  ]),

  // Family and friends.
  rule('family-strong-fr', 'family-friends', 'fr', S, [
    'famille', 'maman', 'papa', 'mere', 'pere', 'frere', 'soeur', 'frangin*', 'cousin', 'cousine', 'oncle', 'tonton',
    'tante', 'tata', 'neveu', 'niece', 'grand-mere', 'grand-pere', 'grands-parents', 'mamie', 'mamy', 'papi', 'papy',
    'beau-frere', 'belle-soeur', 'beau-pere', 'belle-mere', 'belle-famille', 'parrain', 'marraine', 'filleul',
    'filleule', 'epoux', 'epouse', 'mari', 'conjoint', 'conjointe', 'ami', 'amie', 'amis', 'amies', 'copain', 'copine',
    'pote', 'potes', 'voisin', 'voisine', 'voisins', 'ami* d\'enfance', 'ami* d* lycee', 'ami* d* college', 'ami* d* fac', 'week-end', 'weekend', 'vacances', 'noel en famille',
    'entre amis', 'meilleur pote', 'ma cousine', 'mon cousin', 'nounou', 'belle-fille', 'beau-fils', 'gendre',
    'bru', 'petit-fils', 'petite-fille', 'fils', 'fille de', 'meilleur ami', 'meilleure amie', 'temoin de mariage', 'demoiselle d\'honneur',
  ]),
  rule('family-leisure', 'family-friends', 'any', M, [
    'resto', 'cine', 'cinema', 'foot', 'rando', 'randonnee', 'pique-nique', 'match', 'petanque', 'naissance',
    'bapteme', 'communion', 'cousinade', 'reveillon', 'chez nous', 'a la maison', 'babysitting', 'baby-sitting',
    'les enfants', 'movie night', 'hike', 'picnic', 'football', 'footie', 'at ours', 'the kids', 'christening',
    'baby shower', 'family dinner', 'sleepover', 'sleepovers', 'the kids', 'kids',
    'les petits', 'pub quiz', 'quiz night', 'school run', 'playdate', 'play date', 'gouter d\'anniversaire', 'fete d\'anniversaire',
  ]),
  rule('family-weak', 'family-friends', 'any', W, [
    'ce soir', 'samedi', 'dimanche', 'demain soir', 'tonight', 'this weekend', 'saturday', 'sunday', 'friday night',
  ]),
  rule('family-strong-en', 'family-friends', 'en', S, [
    'family', 'mum', 'mom', 'mother', 'dad', 'father', 'brother', 'sister', 'sibling*', 'cousin', 'uncle', 'aunt',
    'auntie', 'nephew', 'niece', 'grandma', 'grandpa', 'granny', 'grandmother', 'grandfather', 'grandparents',
    'godfather', 'godmother', 'godson', 'goddaughter', 'godparent*', 'in-law', 'in-laws', 'brother-in-law',
    'sister-in-law', 'mother-in-law', 'father-in-law', 'daughter', 'wife', 'husband', 'cercle familial',
    'friend', 'friends', 'best friend', 'bff', 'neighbour*', 'neighbor*', 'childhood friend',
    'friend from school', 'school friend', 'holiday*', 'vacation', 'best mate', 'old mate', 'my mate', 'mates',
    'grandad', 'granddad', 'gran', 'nan', 'nana', 'grandson', 'granddaughter', 'grandchildren', 'grandkids',
    'best man', 'bridesmaid', 'stepmother', 'stepfather', 'stepbrother', 'stepsister',
  ]),
];

/** Phrases that say the contact and the owner worked together before ("ex-", "formerly at", "ancien collègue"). */
// Data: kept compact on purpose (one rule per line would run to hundreds of lines).
// prettier-ignore
export const formerColleaguePhrases: readonly string[] = [
  'ancien collegue', 'ancienne collegue', 'anciens collegues', 'anciennes collegues', 'ex-collegue', 'ex collegue',
  'ancienne equipe', 'ancien de chez', 'ancienne de chez', 'anciennement chez', 'travaille ensemble',
  'travaille avec moi', 'travaillions ensemble', 'bosse ensemble', 'ancien manager', 'ancienne manager',
  'ancien boss', 'ancien n+1', 'mon ancien', 'mon ancienne', 'nouvelles de l\'equipe', 'pot de depart a la retraite',
  'depart a la retraite', 'worked together', 'used to work', 'former colleague*', 'ex-colleague*', 'old colleague*',
  'formerly at', 'formerly with', 'old team', 'former team', 'former boss', 'former manager', 'retirement drinks',
  'retirement party', 'news from the old',
];

/** Phrases that mean nothing about origin but contain words that would otherwise match ("en cours", "stand-up"). */
// Data: kept compact on purpose (one rule per line would run to hundreds of lines).
// prettier-ignore
export const neutralPhrases: readonly string[] = [
  'stand-up', 'standup', 'en cours', 'au cours de', 'au cours du', 'cours de bourse', 'head of partnerships',
  'business day', 'working day', 'day off', 'this week', 'next week', 'last week', 'cette semaine', 'la semaine',
  'service client', 'customer service', 'in order to', 'en ligne de mire', 'post-it', 'ex-aequo', 'ex aequo',
  'reseau electrique', 'reseau de chaleur', 'reseau de distribution', 'reseau ferre', 'reseau informatique',
  'reseau de transport', 'reseau wifi', 'reseau mobile', 'reunion en ligne', 'online meeting', 'rdv en ligne',
  'pere noel', 'maison mere', 'societe mere', 'famille de produits', 'product family', 'family office',
  'bonnes vacances', 'retour de vacances', 'absence vacances', 'conges', 'happy holidays', 'season\'s greetings',
  'joyeux noel', 'bonne annee', 'meilleurs voeux', 'best wishes', 'code promo', 'promo code', 'en promo',
  'cercle vertueux', 'cercle vicieux', 'stand by', 'standby', 'network outage', 'reseau indisponible', 'product owner', 'post-mortem', 'post-doc', 'postdoc', 'salon de coiffure', 'salon de the', 'out of office',

];

/**
 * Patterns whose capture names an organisation the contact and the owner share(d): resolved against the
 * profile (past employer → former colleagues, school → classmates, club → clubs) and used to infer the profile.
 * Written on folded text.
 */
// Data: kept compact on purpose (one rule per line would run to hundreds of lines).
// prettier-ignore
export const organisationCaptures: readonly { readonly id: string; readonly pattern: string; readonly hint: 'employer' | 'school' | 'club' | 'training' | 'any' }[] = [
  { id: 'ex-prefix', pattern: "(?:^|[\\s(])ex(?:-\\s?|\\s)([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'anciens-de', pattern: "anciens? (?:de|du|des) (?:chez )?([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'any' },
  { id: 'chez', pattern: "(?:travaill[a-z]*|bosse[a-z]*|collegue|equipe|ensemble) (?:ensemble |avec moi |avec nous )?chez ([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'equipe', pattern: "(?:ancienne equipe|nouvelles de l'equipe|l'equipe) ([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'retraite', pattern: "(?:retraite|retirement drinks|retirement party|leaving drinks)\\s*-\\s*([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'formerly', pattern: "(?:formerly at|formerly with|worked together at|used to work at|left) ([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'old-team', pattern: "(?:the old|former|old) ([a-z0-9][a-z0-9&'.-]{1,30}(?: [a-z0-9][a-z0-9&'.-]{1,30})?) (?:team|crew|gang|colleagues|folks)", hint: 'employer' },
  { id: 'alumni-of', pattern: "(?:^|- |the )([a-z0-9][a-z0-9&'.-]{1,30}(?: [a-z0-9][a-z0-9&'.-]{1,30})?) (?:alumni|graduates)", hint: 'any' },
  { id: 'promo', pattern: "(?:promo(?:tion)? (?:\\d{4} )?|class of \\d{4},? |camarade (?:de|d') ?|annuaire |diplomes (?:de |d')?)([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'school' },
  { id: 'training', pattern: "(?:^|[\\s(-])((?:formation|certification|bootcamp|cours du soir|evening course|module|cycle|mooc|masterclass) [a-z0-9][a-z0-9&'. -]{1,40})", hint: 'training' },
  { id: 'fellow-member', pattern: "(?:fellow|other|another) ([a-z0-9][a-z0-9&'.-]{1,30}(?: [a-z0-9][a-z0-9&'.-]{1,30}){0,3}) members?(?![a-z])", hint: 'club' },
  { id: 'met-through', pattern: "(?:met|meet|introduced|connected) (?:through|via|thanks to) (?:the )?([a-z0-9][a-z0-9&'. -]{1,40})|(?:rencontre|rencontree|connu|connue) (?:via|grace a|par) (?:le |la |l'|les )([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'club' },
  { id: 'member', pattern: "(?:adherent(?:e)? (?:du |de la |de l'|des |au )?|membre (?:du |de la |de l'|des )|cotisation |compte rendu reunion |(?:a |an )?(?:active |proud )?members? (?:of|at) (?:the )?|parrain (?:au|du|de la) |marraine (?:au|du|de la) )([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'club' },
];

/**
 * Personal plans: a leisure activity with an evening, a weekend day or a holiday ("dîner samedi ?", "ciné ce
 * soir", "drinks Saturday", "Christmas plans") is family and friends — unless a stronger word of another
 * circle sits in the same text ("dîner de gala samedi"). Written on folded text.
 */
export const personalActivityPattern =
  '(?<![a-z0-9-])(?:diner|dinner|dej|dejeuner|lunch|brunch|apero|aperitif|un verre|verre|drinks?|pints?|a pint|match|cine|cinema|movies?|film|resto|restaurant|pizza|bbq|barbecue|foot|footie|football|tennis|squash|golf|footing|jogging|running|rando|hike|balade|picnic|pique-nique|plans|game night|soiree jeux|karaoke|concert|bowling)(?![a-z0-9])';
export const personalTimePattern =
  '(?<![a-z0-9])(?:ce soir|demain soir|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) soir|samedi|dimanche|ce week-?end|le week-?end|week-?end|tonight|tomorrow night|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|evening)|saturday|sunday|this weekend|the weekend|weekend)(?![a-z0-9])';
/** Plans for the holidays ("Christmas plans", "projets pour Noël"): family and friends, not a party. */
export const holidayPlansPattern =
  "(?<![a-z0-9])(?:(?:christmas|xmas|noel|new year|easter|paques|summer|holiday|half-term) plans|plans (?:for|over) (?:christmas|xmas|new year|easter|the holidays|the summer)|projets (?:pour|de) (?:noel|paques|l'ete|les vacances))(?![a-z0-9])";
/** A birthday party with an age ("soirée des 40 ans", "ses 30 ans", "Emma’s 40th birthday"): a social event. */
export const ageBirthdayPattern =
  '(?<![a-z0-9])(?:(?:soiree|fete|diner|party) (?:des|de ses|pour ses|pour les) [1-9][0-9] ans|ses [1-9][0-9] ans|[1-9][0-9](?:st|nd|rd|th) birthday(?: party| drinks| bash)?)(?![a-z0-9])';

/** Words saying the owner met the contact somewhere ("rencontré à", "met at"): they turn a weak hint strong. */
export const metAtMarker =
  '(?<![a-z0-9])(?:rencontre|rencontree|rencontres|croise|croisee|vu|vue|sympathise|sympathisee|connu|connue|met|meet|seen|bumped into|meeting you|chatted|chatting|spoke|talked)(?![a-z0-9])';

/** "Rencontré au <Name> 2019", "met at <Name> 2021": a named, dated gathering is most often a conference or fair. */
export const datedEventPattern =
  "(?:rencontree?s?|croisee?|vue?|connue?|met|seen)\\s+(?:au|aux|a la|a l'|a|lors du|lors de la|lors des|pendant|at the|at|during)\\s+([a-z0-9][^,;()]{1,60}?)\\s+(?:19|20)\\d{2}(?![0-9])";
