// Naming and casing: readable French case for the upper-case, accent-less La Poste fields
// ("7 QUAI FARCONNET" → "7 quai Farconnet"), display names with French elision
// ("Bureau de poste du Mans", "… d'Aubenas", "… des Ulis") and the accent-, case- and
// hyphen-insensitive search key shared with the runtime (src/data/communes.ts).

/** Removes accents and upper-cases: the form La Poste's fields use. */
export function fold(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toUpperCase();
}

/**
 * The search key of a commune name or a query: lower case, no accents, œ/æ spelled out, every run of
 * other characters (hyphen, apostrophe, space, dot) one space, "st"/"ste" read as "saint"/"sainte".
 * MUST stay identical to `searchKey` in src/data/communes.ts (the runtime normalises queries with it).
 */
export function searchKey(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bst(e?)\b/g, 'saint$1');
}

// Street types written in lower case at the head of an address ("rue", "place"...), with the
// abbreviations La Poste uses for them.
const STREET_TYPES = new Map(
  Object.entries({
    RUE: 'rue', AVENUE: 'avenue', AV: 'avenue', AVE: 'avenue', BOULEVARD: 'boulevard', BD: 'boulevard', BLD: 'boulevard',
    PLACE: 'place', PL: 'place', QUAI: 'quai', CHEMIN: 'chemin', CHE: 'chemin', CHEM: 'chemin', ROUTE: 'route', RTE: 'route',
    IMPASSE: 'impasse', IMP: 'impasse', ALLEE: 'allée', ALLEES: 'allées', COURS: 'cours', SQUARE: 'square', SQ: 'square',
    ESPLANADE: 'esplanade', PROMENADE: 'promenade', PASSAGE: 'passage', MAIL: 'mail', FAUBOURG: 'faubourg', FG: 'faubourg',
    FBG: 'faubourg', PARVIS: 'parvis', RUELLE: 'ruelle', SENTIER: 'sentier', VOIE: 'voie', CHAUSSEE: 'chaussée',
    MONTEE: 'montée', LIEU: 'lieu', 'LIEU-DIT': 'lieu-dit', HAMEAU: 'hameau', RESIDENCE: 'résidence', RES: 'résidence',
    LOTISSEMENT: 'lotissement', LOT: 'lotissement', CITE: 'cité', ZAC: 'ZAC', ZA: 'ZA', ZI: 'ZI', ZONE: 'zone',
    CENTRE: 'centre', RN: 'RN', RD: 'RD', CD: 'CD', VC: 'VC', ROND: 'rond', CARREFOUR: 'carrefour', GALERIE: 'galerie',
    QUARTIER: 'quartier', VILLA: 'villa', CLOS: 'clos', TRAVERSE: 'traverse', DESCENTE: 'descente', CORNICHE: 'corniche',
    PONT: 'pont', PORT: 'port', RAMPE: 'rampe', ROCADE: 'rocade', VENELLE: 'venelle', DOMAINE: 'domaine', PARC: 'parc',
    BOURG: 'bourg', VILLAGE: 'village', IMMEUBLE: 'immeuble', BATIMENT: 'bâtiment', BAT: 'bâtiment',
  }),
);

// Words kept in lower case inside a name or an address (articles, prepositions, conjunctions).
const SMALL = new Set(['DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'ET', 'AU', 'AUX', 'EN', 'SUR', 'SOUS', 'LEZ', 'A', 'DANS', 'PAR', 'POUR']);
const SMALL_FORMS = {LES: 'les', LEZ: 'lez', A: 'à'};

// Abbreviations expanded anywhere but at the head of an address.
const ABBREVIATIONS = {ST: 'Saint', STE: 'Sainte', STS: 'Saints', MAL: 'Maréchal', GAL: 'Général', GEN: 'Général', PDT: 'Président', CTRE: 'Centre', CDT: 'Commandant', DR: 'Docteur', PROF: 'Professeur', MGR: 'Monseigneur', NTRE: 'Notre'};

// Upper-case acronyms and suffixes kept as they are.
const ACRONYMS = new Set(['ZAC', 'ZA', 'ZI', 'ZAE', 'ZAD', 'ZUP', 'RN', 'RD', 'CD', 'VC', 'HLM', 'SNCF', 'RER', 'CHU', 'CHR', 'EDF', 'PTT', 'SARL', 'SAS', 'SA', 'SNC', 'EURL', 'SCI', 'BP', 'CS', 'TSA', 'CEDEX', 'ONF', 'CCAS', 'MJC', 'MSA', 'CAF', 'APC', 'API', 'LPAC', 'LPAI', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXIII', 'DB', 'FFI', 'RPC', 'GR', 'DOM', 'TOM', 'ESAT', 'EHPAD', 'PMU', 'FDJ', 'CC', 'CA', 'U', 'UPS', 'BNP', 'LCL']);

// Frequent address and place words whose accents La Poste's upper-case fields dropped.
const ACCENTED = {
  EGLISE: 'Église', GENERAL: 'Général', REPUBLIQUE: 'République', MARECHAL: 'Maréchal', LIBERATION: 'Libération',
  ECOLE: 'École', ECOLES: 'Écoles', HOTEL: 'Hôtel', CHATEAU: 'Château', CHATEAUX: 'Châteaux', MARCHE: 'Marché', FRANCOIS: 'François',
  EMILE: 'Émile', LEON: 'Léon', RENE: 'René', ANDRE: 'André', LIBERTE: 'Liberté', JAURES: 'Jaurès', CAFE: 'Café',
  RESIDENCE: 'Résidence', ETIENNE: 'Étienne', EUGENE: 'Eugène', FREDERIC: 'Frédéric', EDOUARD: 'Édouard',
  PYRENEES: 'Pyrénées', VALLEE: 'Vallée', RESISTANCE: 'Résistance', FRERES: 'Frères', PRE: 'Pré', PRES: 'Prés', PERI: 'Péri',
  CITE: 'Cité', MONTEE: 'Montée', AOUT: 'Août', FORET: 'Forêt', ETANG: 'Étang', ETANGS: 'Étangs', PERE: 'Père', FELIX: 'Félix',
  ABBE: 'Abbé', ABBES: 'Abbés', PATISSERIE: 'Pâtisserie', EPICERIE: 'Épicerie', SUPERETTE: 'Supérette', DEPARTEMENTALE: 'Départementale',
  PRESIDENT: 'Président', HOPITAL: 'Hôpital', THEATRE: 'Théâtre', MEDIATHEQUE: 'Médiathèque', PREFECTURE: 'Préfecture',
  SOUS_PREFECTURE: 'Sous-Préfecture', GENEVIEVE: 'Geneviève', HELENE: 'Hélène', THERESE: 'Thérèse', JEROME: 'Jérôme', CLEMENT: 'Clément',
  CHENES: 'Chênes', CHENE: 'Chêne', ETOILE: 'Étoile', COTE: 'Côte', COTES: 'Côtes', ILE: 'Île', ILES: 'Îles', BATIMENT: 'Bâtiment',
  LYCEE: 'Lycée', MUSEE: 'Musée', CATHEDRALE: 'Cathédrale', EGALITE: 'Égalité', FRATERNITE: 'Fraternité', AERODROME: 'Aérodrome',
  AEROPORT: 'Aéroport', DEPORTES: 'Déportés', FUSILLES: 'Fusillés', ECLUSE: 'Écluse', ELYSEE: 'Élysée', ELYSEES: 'Élysées',
  FONTAINE: 'Fontaine', PEPINIERE: 'Pépinière', CHAPELLE: 'Chapelle', PLATRIERE: 'Plâtrière', MAIRIE: 'Mairie', ENERGIE: 'Énergie',
  EUROPEENNE: 'Européenne', GRANGE: 'Grange', PREAU: 'Préau', MEDECIN: 'Médecin', GENDARMERIE: 'Gendarmerie', SEBASTOPOL: 'Sébastopol',
  ARMEE: 'Armée', ARMEES: 'Armées', DEFENSE: 'Défense', DEPOT: 'Dépôt', ECHO: 'Écho', ETAPE: 'Étape', EPINE: 'Épine', ECURIES: 'Écuries',
  GREGOIRE: 'Grégoire', SEVERINE: 'Séverine', VERONIQUE: 'Véronique', CECILE: 'Cécile', VALERIE: 'Valérie', HERVE: 'Hervé', DESIRE: 'Désiré',
  AMEDEE: 'Amédée', BENOIT: 'Benoît', CLEMENCEAU: 'Clemenceau', ANATOLE: 'Anatole', ELISEE: 'Élisée', ELIE: 'Élie', EMILIEN: 'Émilien',
  ANDREE: 'Andrée', HENRIETTE: 'Henriette', RAPHAEL: 'Raphaël', NOEL: 'Noël', JOEL: 'Joël', MICHELE: 'Michèle', GERARD: 'Gérard',
  LEOPOLD: 'Léopold', LEONCE: 'Léonce', THEODORE: 'Théodore', THEOPHILE: 'Théophile', PEGUY: 'Péguy', BERENGER: 'Béranger',
  GALLIENI: 'Gallieni', PETANQUE: 'Pétanque', PRIEURE: 'Prieuré', HALLES: 'Halles', ARENES: 'Arènes', CARRIERE: 'Carrière',
  CARRIERES: 'Carrières', RIVIERE: 'Rivière', BRUYERES: 'Bruyères', LISIERE: 'Lisière', BARRIERE: 'Barrière', FRONTIERE: 'Frontière',
  CIMETIERE: 'Cimetière', PEPINIERES: 'Pépinières', SAPINIERE: 'Sapinière', CHAUMIERE: 'Chaumière', LUMIERE: 'Lumière', PIECE: 'Pièce',
  TREVE: 'Trêve', GRACE: 'Grâce', SENAT: 'Sénat', ETATS: 'États', UNIS: 'Unis', MEDITERRANEE: 'Méditerranée', REUNION: 'Réunion',
  HERAULT: 'Hérault', ISERE: 'Isère', ARIEGE: 'Ariège', LOZERE: 'Lozère', NIEVRE: 'Nièvre', SEVRES: 'Sèvres', VENDEE: 'Vendée', RHONE: 'Rhône',
  SAONE: 'Saône', DROME: 'Drôme', GENEVE: 'Genève', ALES: 'Alès', BEZIERS: 'Béziers', NIMES: 'Nîmes', ORLEANS: 'Orléans',
  EVREUX: 'Évreux', EPINAL: 'Épinal', EPERNAY: 'Épernay', CAFES: 'Cafés', MARECHAUX: 'Maréchaux', COMMERCANT: 'Commerçant',
  COMMERCANTS: 'Commerçants', CREPERIE: 'Crêperie', BOUCHERIE: 'Boucherie', LIBRAIRIE: 'Librairie', PAPETERIE: 'Papeterie',
  PHARMACIE: 'Pharmacie', DROGUERIE: 'Droguerie', QUINCAILLERIE: 'Quincaillerie', GENERALE: 'Générale', CENTRALE: 'Centrale',
  ANNEXE: 'Annexe', EVEQUE: 'Évêque', EVECHE: 'Évêché', CHANOINE: 'Chanoine', DOYENNE: 'Doyenné', ELECTRICITE: 'Électricité',
  MULTISERVICES: 'Multiservices', KILOMETRIQUE: 'Kilométrique', INTERMARCHE: 'Intermarché', SUPERMARCHE: 'Supermarché', HYPERMARCHE: 'Hypermarché', ANCIENNE: 'Ancienne', PRESSE: 'Presse', MAITRE: 'Maître', MAITRES: 'Maîtres', CROIX: 'Croix',
  VIEILLE: 'Vieille', FRANCAIS: 'Français', FRANCAISE: 'Française', ESPERANCE: 'Espérance', VERITE: 'Vérité', SOLIDARITE: 'Solidarité',
  UNITE: 'Unité', UNIVERSITE: 'Université', FACULTE: 'Faculté', SOCIETE: 'Société', COMMUNAUTE: 'Communauté',
};

/**
 * Accented forms of the words of every commune name ("RHONE" → "Rhône"), so that the readable case
 * recovers the accents of place names in addresses and labels; ambiguous words (both forms exist)
 * are left alone.
 */
export function accentTable(names) {
  const seen = new Map();
  for (const name of names) {
    for (const word of name.split(/[\s\-'’]+/)) {
      if (word.length < 3) continue;
      const key = fold(word);
      const proper = word[0].toUpperCase() + word.slice(1).toLowerCase();
      const prev = seen.get(key);
      if (prev === undefined) seen.set(key, proper);
      else if (prev !== proper) seen.set(key, null);
    }
  }
  const table = new Map();
  for (const [key, proper] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (proper && fold(proper) === key && proper !== capitalize(key)) table.set(key, proper);
  }
  return table;
}

const capitalize = (word) => word.charAt(0) + word.slice(1).toLowerCase();

function wordCase(word, accents) {
  if (ACCENTED[word]) return ACCENTED[word];
  if (accents?.has(word)) return accents.get(word);
  // hyphenated words: each part
  if (word.includes('-')) return word.split('-').map((w) => (w ? wordCase(w, accents) : w)).join('-');
  return capitalize(word);
}

const VOWEL_OR_H = /^[AEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]/;

// Types after which an article belongs to the name: "lieu-dit Le Bourg", "résidence Les Tilleuls".
const NAMING_TYPES = new Set(['lieu-dit', 'hameau', 'lotissement', 'résidence', 'quartier', 'domaine', 'clos', 'village', 'villa', 'immeuble', 'centre', 'cité', 'parc', 'bâtiment', 'galerie']);

/**
 * Readable case of an upper-case French address or name ("PLACE DE L EGLISE" → "place de l'Église",
 * "LE BOURG" → "Le Bourg", "5E DB" → "5e DB"). Text already in mixed case is kept as written, but
 * for the street type at the head of an address ("5 Rue des Papetiers" → "5 rue des Papetiers").
 * @param {string} text
 * @param {{address?: boolean, accents?: Map<string,string>}} [options] address: lower-case the street
 *   type at the head; accents: accented forms of place-name words (see accentTable)
 */
export function readableCase(text, {address = false, accents} = {}) {
  let clean = String(text ?? '').replace(/\s+/g, ' ').trim();
  // what the sources write for "none": "NEANT", "X", "0", "-"
  if (!clean || /^(n[ée]ant|x|0|-+|\.+)$/i.test(clean)) return '';
  // a lower-case "bis" in an upper-case address does not make it mixed case ("36 bis RUE DE LA REPUBLIQUE")
  const letters = clean.replace(/\b(bis|ter|quater)\b/g, '');
  const mixed = /[a-zà-ÿ]/.test(letters) && /[A-ZÀ-Þ]/.test(letters);
  if (!mixed) clean = clean.toUpperCase().replace(/\bLIEU DIT\b/g, 'LIEU-DIT').replace(/\bLIEUDIT\b/g, 'LIEU-DIT');
  const tokens = clean.split(' ');
  const out = [];
  let head = true; // before the first word that is not a number or bis / ter
  let prevType = '';
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i];
    const up = fold(raw);
    // a number, bis / ter, or the letter of a number ("1 B PLACE TURENNE")
    const isNumber = /^\d/.test(up) || /^(BIS|TER|QUATER)$/.test(up) || (head && /^[A-H]$/.test(up) && /^\d/.test(tokens[i - 1] ?? ''));
    if (mixed) {
      // keep the writer's case; lower-case a capitalised street type at the head of an address
      out.push(address && head && !isNumber && STREET_TYPES.has(up) && /^[A-ZÀ-Þ][a-zà-ÿ]+$/.test(raw) ? STREET_TYPES.get(up) : raw);
      if (!isNumber) head = false;
      continue;
    }
    const next = tokens[i + 1] ? fold(tokens[i + 1]) : '';
    let word;
    if (/^\d+(ER|ERE|E|EME|D|ND|NDE)$/.test(up)) word = up.toLowerCase(); // 1ER, 5E, 2ND
    else if (/^\d+(BIS|TER|QUATER)$/.test(up)) word = up.toLowerCase(); // 12BIS
    else if (/\d/.test(up) || (isNumber && /^[A-H]$/.test(up))) word = up; // 12, 12B, 1 B, RN2, D123
    else if (/^(BIS|TER|QUATER)$/.test(up) && head && out.length) word = up.toLowerCase();
    else if ((up === 'L' || up === 'D' || up === 'QU') && next && VOWEL_OR_H.test(next) && !/\d/.test(next)) {
      // elided article: "DE L EGLISE" → "de l'Église", "D ARC" → "d'Arc"
      const article = out.length === 0 || NAMING_TYPES.has(prevType) ? capitalize(up) : up.toLowerCase();
      out.push(`${article}'${wordCase(next, accents)}`);
      i++;
      head = false;
      prevType = '';
      continue;
    } else if (address && head && STREET_TYPES.has(up)) word = STREET_TYPES.get(up);
    else if (ACRONYMS.has(up)) word = up;
    else if (ABBREVIATIONS[up] && !(address && head)) word = ABBREVIATIONS[up];
    else if (SMALL.has(up) && out.length > 0 && !NAMING_TYPES.has(prevType)) word = SMALL_FORMS[up] ?? up.toLowerCase();
    else word = wordCase(up, accents);
    out.push(word);
    prevType = address && head && STREET_TYPES.has(up) ? word : '';
    if (!isNumber) head = false;
  }
  return out.join(' ');
}

/**
 * "de" + a place name, with French contraction and elision: "du Mans", "des Ulis", "de La Souche",
 * "d'Aubenas", "d'Évreux", "d'Yvetot"; no elision before h (aspirated h is lexical: "de Honfleur").
 */
export function deName(name) {
  if (/^Le /.test(name)) return `du ${name.slice(3)}`;
  if (/^Les /.test(name)) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}
