import type { Language } from '../model';
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

/**
 * A circle's name as shown (the pane, the CLI, the sub-circles' names and their new categories). A built-in
 * circle's label is also the Outlook category its contacts already carry ("Cercle · Camarades d'études",
 * straight apostrophe, written since round 1): changing the label would strand those categories, so the
 * typographic apostrophe of the other French strings goes in here. A name the user wrote is shown as written.
 */
export function shownCircleName(circle: Pick<CircleDefinition, 'labels' | 'builtIn'>, language: Language): string {
  const label = circle.labels[language];
  return circle.builtIn ? label.replace(/'/g, '’') : label;
}

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
