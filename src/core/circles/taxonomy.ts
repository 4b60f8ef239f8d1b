import type { BuiltInCircleId, CircleDefinition, Taxonomy } from './types';

const builtIn = (id: BuiltInCircleId, fr: string, en: string, color: CircleDefinition['color']): CircleDefinition => ({
  id,
  labels: { fr, en },
  color,
  enabled: true,
  builtIn: true,
  keywords: [],
  domains: [],
});

/** The ten circles of origin, in the order the method lists them. Colours are Outlook presets. */
export const defaultTaxonomy: Taxonomy = [
  builtIn('colleagues', 'Collègues', 'Colleagues', 'preset7'),
  builtIn('former-colleagues', 'Anciens collègues', 'Former colleagues', 'preset8'),
  builtIn('classmates', "Camarades d'études", 'Classmates & alumni', 'preset3'),
  builtIn('training', 'Formations', 'Training & courses', 'preset4'),
  builtIn('conferences', 'Conférences & séminaires', 'Conferences & seminars', 'preset1'),
  builtIn('social-events', 'Événements informels', 'Social events', 'preset9'),
  builtIn('clubs', 'Réseaux & clubs', 'Networks & clubs', 'preset5'),
  builtIn('online', 'Réseaux en ligne', 'Online networks', 'preset12'),
  builtIn('clients', 'Clients & partenaires', 'Clients & partners', 'preset0'),
  builtIn('family-friends', 'Famille & amis', 'Family & friends', 'preset2'),
];
