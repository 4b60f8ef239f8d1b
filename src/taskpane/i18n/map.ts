// Strings of the network map.
export const map = {
  fr: {
    'map.title': 'La carte de votre réseau',
    'map.chart': 'Taille des cercles',
    'map.count': '{placed} ({percent} %)',
    'map.suggested': '+{count} suggérés',
    'map.legend': 'Plein : déjà dans le cercle ; pâle : suggérés, pas encore appliqués.',
    'map.unassigned': '{percent} % de vos contacts ne sont dans aucun cercle ({count}).',
    'map.ties': 'Liens les plus forts',
    'map.tiesOf': 'Liens les plus forts : {circle}',
    'map.noTies': 'Aucun échange récent.',
    'map.tie': '{messages} messages, {events} rendez-vous',
    'map.empty': 'Aucun contact n’est encore dans un cercle. Acceptez des suggestions dans la revue.',
  },
  en: {
    'map.title': 'The map of your network',
    'map.chart': 'Circle sizes',
    'map.count': '{placed} ({percent}%)',
    'map.suggested': '+{count} suggested',
    'map.legend': 'Solid: already in the circle; pale: suggested, not applied yet.',
    'map.unassigned': '{percent}% of your contacts are in no circle ({count}).',
    'map.ties': 'Strongest ties',
    'map.tiesOf': 'Strongest ties: {circle}',
    'map.noTies': 'No recent exchange.',
    'map.tie': '{messages} messages, {events} meetings',
    'map.empty': 'No contact is in a circle yet. Accept suggestions in the review.',
  },
};
