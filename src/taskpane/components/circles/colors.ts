/**
 * Outlook's category colour presets shown with Fluent palette tokens (the nearest shade of each), so the
 * swatches follow the light and dark themes like the rest of the pane.
 */
import { tokens } from '@fluentui/react-components';
import type { CategoryColor } from '../../../core/circles/types';
import type { Language } from '../../../core/model';

type Preset = { readonly token: string; readonly fr: string; readonly en: string };

// Index = preset number, in Outlook's order.
const presets: readonly Preset[] = [
  { token: tokens.colorPaletteRedBorderActive, fr: 'Rouge', en: 'Red' },
  { token: tokens.colorPalettePumpkinBorderActive, fr: 'Orange', en: 'Orange' },
  { token: tokens.colorPaletteBrownBorderActive, fr: 'Marron', en: 'Brown' },
  { token: tokens.colorPaletteYellowBorderActive, fr: 'Jaune', en: 'Yellow' },
  { token: tokens.colorPaletteGreenBorderActive, fr: 'Vert', en: 'Green' },
  { token: tokens.colorPaletteTealBorderActive, fr: 'Bleu-vert', en: 'Teal' },
  { token: tokens.colorPaletteBrassBorderActive, fr: 'Olive', en: 'Olive' },
  { token: tokens.colorPaletteBlueBorderActive, fr: 'Bleu', en: 'Blue' },
  { token: tokens.colorPalettePurpleBorderActive, fr: 'Violet', en: 'Purple' },
  { token: tokens.colorPaletteCranberryBorderActive, fr: 'Canneberge', en: 'Cranberry' },
  { token: tokens.colorPaletteSteelBorderActive, fr: 'Acier', en: 'Steel' },
  { token: tokens.colorPaletteNavyBorderActive, fr: 'Acier foncé', en: 'Dark steel' },
  { token: tokens.colorPalettePlatinumBorderActive, fr: 'Gris', en: 'Gray' },
  { token: tokens.colorPaletteAnchorBorderActive, fr: 'Gris foncé', en: 'Dark gray' },
  { token: tokens.colorNeutralForeground1, fr: 'Noir', en: 'Black' },
  { token: tokens.colorPaletteDarkRedBorderActive, fr: 'Rouge foncé', en: 'Dark red' },
  { token: tokens.colorPaletteDarkOrangeBorderActive, fr: 'Orange foncé', en: 'Dark orange' },
  { token: tokens.colorPaletteMinkBorderActive, fr: 'Marron foncé', en: 'Dark brown' },
  { token: tokens.colorPaletteGoldBorderActive, fr: 'Jaune foncé', en: 'Dark yellow' },
  { token: tokens.colorPaletteDarkGreenBorderActive, fr: 'Vert foncé', en: 'Dark green' },
  { token: tokens.colorPaletteSeafoamBorderActive, fr: 'Bleu-vert foncé', en: 'Dark teal' },
  { token: tokens.colorPaletteForestBorderActive, fr: 'Olive foncé', en: 'Dark olive' },
  { token: tokens.colorPaletteRoyalBlueBorderActive, fr: 'Bleu foncé', en: 'Dark blue' },
  { token: tokens.colorPaletteGrapeBorderActive, fr: 'Violet foncé', en: 'Dark purple' },
  { token: tokens.colorPaletteBerryBorderActive, fr: 'Canneberge foncé', en: 'Dark cranberry' },
];

export const categoryColors: readonly CategoryColor[] = [
  'none',
  ...presets.map((_, i) => `preset${i}` as CategoryColor),
];

const presetOf = (color: CategoryColor): Preset | undefined =>
  color === 'none' ? undefined : presets[Number(color.slice('preset'.length))];

/** A CSS colour (a token reference) for the swatch of a category colour. */
export function colorToken(color: CategoryColor): string {
  return presetOf(color)?.token ?? tokens.colorNeutralStroke1;
}

export function colorName(color: CategoryColor, language: Language): string {
  const preset = presetOf(color);
  if (!preset) return language === 'fr' ? 'Sans couleur' : 'No colour';
  return preset[language];
}
