/**
 * French words of the configurator for the widgets and attributes known today. An attribute missing
 * here still gets a control (from the manifest), labelled with its name and English description.
 */
export interface AttributeWords {
  label: string;
  hint?: string;
  /** Words for the keywords of a choice or a list. */
  options?: Record<string, string>;
  /** Shown under "Réglages avancés". */
  advanced?: boolean;
}

export const WIDGET_WORDS: Record<string, {label: string; hint: string; fallback: string}> = {
  'contract-timeline': {
    label: 'Frise des contrats',
    hint: 'Les contrats de présence postale territoriale depuis 2008, avec les événements de votre commune.',
    fallback:
      'Les contrats de présence postale territoriale depuis 2008 : 2008-2010, 2011-2013, 2014-2016, 2017-2019, 2020-2022 et 2023-2025, prolongé jusqu’à fin 2026.',
  },
  'funding-counter': {
    label: 'Compteur des financements',
    hint: 'Le montant prévu par les contrats pour la présence postale, animé une fois.',
    fallback: 'Plus de 2,4 milliards d’euros prévus depuis 2008 par les contrats de présence postale territoriale.',
  },
  'nearest-service': {
    label: 'Service postal le plus proche',
    hint: 'Le bureau de poste, l’agence postale, le relais poste ou la France services le plus proche.',
    fallback: 'Trouvez le bureau de poste le plus proche sur laposte.fr.',
  },
};

const YEAR = 'Une année, par exemple 2020.';

export const ATTRIBUTE_WORDS: Record<string, AttributeWords> = {
  theme: {label: 'Thème', hint: 'Automatique : clair ou sombre selon le réglage de l’appareil du visiteur.', options: {auto: 'Automatique', light: 'Clair', dark: 'Sombre'}},
  'heading-level': {label: 'Niveau du titre', hint: 'De 2 à 6 : choisissez le niveau qui suit les titres de votre page (2 par défaut).', advanced: true},
  // contract-timeline
  from: {label: 'Première année', hint: `${YEAR} Par défaut, 2008.`},
  to: {label: 'Dernière année', hint: `${YEAR} Par défaut, celle du dernier contrat.`},
  highlight: {label: 'Contrat mis en avant', hint: 'Une année : le contrat qui la couvre est mis en valeur.'},
  compact: {label: 'Version compacte (périodes et montants seulement)'},
  orientation: {
    label: 'Orientation',
    hint: 'Automatique : verticale dans un espace étroit, horizontale quand la place le permet.',
    options: {auto: 'Automatique', vertical: 'Verticale', horizontal: 'Horizontale'},
  },
  // funding-counter
  metric: {
    label: 'Montant affiché',
    options: {cumulative: 'Total prévu depuis 2008', annual: 'Fonds annuel en vigueur', contract: 'Total d’un contrat'},
  },
  year: {label: 'Année du contrat', hint: 'Avec « Total d’un contrat » : une année de 2008 à 2026.'},
  since: {label: 'Depuis l’année', hint: 'Avec « Total prévu » : première année comptée (2008 par défaut).'},
  until: {label: 'Jusqu’à l’année', hint: 'Avec « Total prévu » : dernière année comptée (aujourd’hui par défaut).'},
  notation: {
    label: 'Notation',
    options: {long: '2,47 milliards d’euros', compact: '2,47 Md €', full: '2 469 000 000 €'},
  },
  animation: {label: 'Animation', options: {auto: 'Compte une fois à l’écran', none: 'Aucune'}},
  live: {label: 'En temps réel (le total augmente chaque seconde)'},
  value: {label: 'Montant propre (en euros)', hint: 'Remplace le montant des contrats, par exemple 1 250 000.', advanced: true},
  label: {label: 'Libellé du montant propre', hint: 'Avec un montant propre : ce qu’il représente.', advanced: true},
  source: {label: 'Source du montant propre', hint: 'Avec un montant propre : d’où il vient.', advanced: true},
  // nearest-service
  commune: {label: 'Commune'},
  postcode: {label: 'Code postal', hint: 'À la place de la commune : 5 chiffres ; si plusieurs communes le partagent, le visiteur choisit.', advanced: true},
  lat: {label: 'Latitude', hint: 'À la place de la commune, avec la longitude : degrés décimaux, par exemple 47.96.', advanced: true},
  lon: {label: 'Longitude', hint: 'Avec la latitude, par exemple -0.22.', advanced: true},
  types: {
    label: 'Types de points',
    hint: 'Aucun coché : tous.',
    options: {
      bureau: 'Bureaux de poste',
      'agence-communale': 'Agences postales communales',
      'agence-intercommunale': 'Agences postales intercommunales',
      relais: 'Relais poste',
      'france-services': 'France services',
    },
  },
  limit: {label: 'Nombre de points', hint: 'De 1 à 20, les plus proches d’abord (1 par défaut).'},
  'max-distance': {label: 'Distance maximale (km)', hint: 'Seulement les points à moins de cette distance.', advanced: true},
  // <pp-timeline-event>
  date: {label: 'Date', hint: 'AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple 2019-09.'},
  href: {label: 'Lien (facultatif)', hint: 'https://… ou un chemin de votre site.'},
};

/** The label of the milestone's `label` attribute (the counter's `label` is another thing). */
export const EVENT_LABEL: AttributeWords = {label: 'Libellé', hint: 'Ce qui s’est passé, en quelques mots.'};
