/**
 * The six ambitions a reader tries first (issue 15), including the four that read as broken before: product
 * management, a mentor in it, renewables, an office in Berlin. The browser test reads their cards in the
 * pane; the CLI test reads the same lists in the terminal table.
 */
export const SIX_AMBITIONS = [
  'Move into product management',
  'Trouver un mentor en product management',
  'Me lancer dans les énergies renouvelables',
  'Open an office in Berlin',
  'Recruter un CTO',
  'Win a first client in the hotel industry',
] as const;
