import {msg, str} from '@lit/localize';
import {formatEurosLong, formatNumber} from '../shared/format.js';
import type {CalendarDate} from '../shared/attributes.js';

/**
 * The contrats de présence postale territoriale (CPPT) since 2008, each figure with its source,
 * from the project's fact sheet (facts-cppt.md, compiled November 2026). Shared by the timeline and
 * the funding counter. Amounts are those the contracts foresee ("montants prévus"), not amounts paid.
 * Where the fact sheet marks a fact uncertain, the record says so (`uncertain`, a note) and the
 * widgets show it; facts it could not find are left out.
 */

export interface Source {
  /** Publisher, as shown in the widget. */
  label: string;
  url: string;
}

export interface Contract {
  /** The period as everyone names it: "2008-2010". */
  id: string;
  startYear: number;
  /** Last year of the contractual period. */
  endYear: number;
  /** Last year once extended (2023-2025 runs until 31 December 2026). */
  extendedToYear?: number;
  signed: {date: CalendarDate; uncertain?: boolean; note?: () => string};
  /** Names of the signatories per institution, where a source gives them. */
  signatories: {state: () => string[]; amf: string[]; laPoste: string[]};
  annualFund: {
    /** Contractual annual fund, in millions of euros. */
    millionEuros: number;
    /** What press releases communicated ("jusqu'à 177 M€"), when it differs. */
    upToMillionEuros?: number;
    /** The amount is not confirmed by a primary source. */
    uncertain?: boolean;
    note?: () => string;
  };
  /** Total over the contractual period, in millions of euros (annual fund × years). */
  totalMillionEuros: number;
  /** When sources allow only a range for the total. */
  totalRangeMillionEuros?: [number, number];
  novelties: () => string[];
  sources: Source[];
}

const n = (value: number) => formatNumber(value);
const eur = (millions: number) => formatEurosLong(millions * 1e6);

export const CONTRACTS: readonly Contract[] = [
  {
    id: '2008-2010',
    startYear: 2008,
    endYear: 2010,
    signed: {date: {year: 2007, month: 11, day: 19}},
    signatories: {
      state: () => ['Christine Lagarde', msg('un représentant de Jean-Louis Borloo', {id: 'c1-borloo'})],
      amf: ['Jacques Pélissard'],
      laPoste: ['Jean-Paul Bailly'],
    },
    annualFund: {
      millionEuros: 140,
      uncertain: true,
      note: () => msg(str`fonds évalué à ${eur(140)} pour chacune des trois années ; d’autres sources donnent ${eur(135)} pour 2010`, {id: 'c1-fund-note'}),
    },
    totalMillionEuros: 420,
    totalRangeMillionEuros: [405, 420],
    novelties: () => [
      msg('Création de l’Observatoire national de la présence postale (ONPP).', {id: 'c1-n1'}),
      msg('Zones prioritaires : zones rurales et de montagne, zones de revitalisation rurale, zones urbaines sensibles, outre-mer.', {id: 'c1-n2'}),
      msg('Financement des agences postales communales et intercommunales et des relais poste, et soutien aux bureaux menacés après avis des commissions départementales.', {id: 'c1-n3'}),
    ],
    sources: [
      {label: 'AMF', url: 'https://www.amf.asso.fr/documents-contrat-presence-postale-territoriale-2008-2010/8296'},
      {label: 'Sénat', url: 'https://senat.fr/rap/a07-093-2/a07-093-215.html'},
    ],
  },
  {
    id: '2011-2013',
    startYear: 2011,
    endYear: 2013,
    signed: {date: {year: 2011, month: 1, day: 26}},
    signatories: {
      state: () => ['Christine Lagarde', 'Bruno Le Maire', 'Éric Besson'],
      amf: ['Jacques Pélissard'],
      laPoste: ['Jean-Paul Bailly'],
    },
    annualFund: {millionEuros: 170},
    totalMillionEuros: 510,
    novelties: () => [
      msg('L’accord du maire et du conseil municipal est exigé, après un diagnostic partagé, avant qu’un bureau devienne agence postale ou relais poste.', {id: 'c2-n1'}),
      msg('Un nombre de points de contact ruraux garanti dans chaque département.', {id: 'c2-n2'}),
      msg('Des distributeurs de billets là où il n’y en a pas.', {id: 'c2-n3'}),
      msg('Plus de moyens pour l’outre-mer, les zones urbaines sensibles, les zones de revitalisation rurale et la montagne.', {id: 'c2-n4'}),
    ],
    sources: [
      {label: 'AMF du Var', url: 'https://amf83.fr/contrat-de-presence-postale-territoriale-2011-2013'},
      {label: 'La Gazette des communes', url: 'https://www.lagazettedescommunes.com/58846/la-poste-presentation-du-contrat-de-presence-territoriale-2011-2013'},
    ],
  },
  {
    id: '2014-2016',
    startYear: 2014,
    endYear: 2016,
    signed: {date: {year: 2014, month: 1, day: 16}},
    signatories: {
      state: () => ['Pierre Moscovici', 'Cécile Duflot', 'Arnaud Montebourg', 'Fleur Pellerin'],
      amf: ['Jacques Pélissard'],
      laPoste: ['Philippe Wahl'],
    },
    annualFund: {
      millionEuros: 170,
      uncertain: true,
      note: () => msg('montant déduit du communiqué de 2017, selon lequel le fonds « augmente de 170 M€ à 174 M€ »', {id: 'c3-fund-note'}),
    },
    totalMillionEuros: 510,
    novelties: () => [
      msg('Présence postale rurale consolidée.', {id: 'c3-n1'}),
      msg('Accompagnement des clients fragiles dans les bureaux des zones urbaines sensibles.', {id: 'c3-n2'}),
      msg('Règles propres à l’outre-mer.', {id: 'c3-n3'}),
      msg('Avenant du 6 janvier 2016 : quartiers prioritaires de la politique de la ville et maisons de services au public dans les bureaux de poste.', {id: 'c3-n4'}),
    ],
    sources: [
      {label: 'AMF du Var', url: 'https://amf83.fr/le-contrat-de-presence-postale-territoriale-2014-2016-signe-entre-letat-lassociation-des-maires-de-france-et-la-poste'},
    ],
  },
  {
    id: '2017-2019',
    startYear: 2017,
    endYear: 2019,
    signed: {date: {year: 2017, month: 1, day: 11}},
    signatories: {
      state: () => ['Jean-Michel Baylet', 'Christophe Sirugue', 'Michel Sapin'],
      amf: ['François Baroin'],
      laPoste: ['Philippe Wahl'],
    },
    annualFund: {millionEuros: 174},
    totalMillionEuros: 522,
    novelties: () => [
      msg(str`Financement à 75 % de ${n(500)} maisons de services au public installées dans des bureaux de poste.`, {id: 'c4-n1'}),
      msg(str`Périmètre redéfini : environ ${n(10000)} établissements (agences postales, relais poste, petits bureaux, quartiers prioritaires, outre-mer).`, {id: 'c4-n2'}),
      msg('Au moins 15 % de chaque dotation départementale pour le numérique.', {id: 'c4-n3'}),
    ],
    sources: [
      {label: 'Groupe La Poste', url: 'https://www.lapostegroupe.com/fr/actualite/le-contrat-de-presence-postale-2017-2019'},
      {label: 'Assemblée nationale (NosDéputés.fr)', url: 'https://2012-2017.nosdeputes.fr/14/intervention/1096808'},
    ],
  },
  {
    id: '2020-2022',
    startYear: 2020,
    endYear: 2022,
    signed: {
      date: {year: 2020, month: 2, day: 5},
      uncertain: true,
      note: () => msg('date incertaine : le décret de 2022 indique le 20 janvier 2020', {id: 'c5-signed-note'}),
    },
    signatories: {state: () => [], amf: [], laPoste: []},
    annualFund: {millionEuros: 174, upToMillionEuros: 177},
    totalMillionEuros: 522,
    novelties: () => [
      msg('Quatre axes : inclusion et médiation numériques, aménagement du territoire, mutualisation et nouveaux formats (France services), accès aux espèces.', {id: 'c5-n1'}),
      msg('Rôle du maire renforcé sur les horaires ; fermetures d’été limitées à trois semaines.', {id: 'c5-n2'}),
      msg(str`Préparé avec ${n(1200)} élus au cours de ${n(125)} réunions.`, {id: 'c5-n3'}),
    ],
    sources: [
      {label: 'Banque des Territoires', url: 'https://banquedesterritoires.fr/nouveau-contrat-de-presence-postale-le-dialogue-avec-le-maire-renforce'},
      {label: 'Groupe La Poste', url: 'https://www.groupelaposte.com/fr/article/le-contrat-de-presence-postale-territoriale-fruit-d-une-demarche-participative'},
    ],
  },
  {
    id: '2023-2025',
    startYear: 2023,
    endYear: 2025,
    extendedToYear: 2026,
    signed: {date: {year: 2023, month: 2, day: 15}},
    signatories: {
      state: () => ['Bruno Le Maire', 'Gabriel Attal', 'Jean-Noël Barrot', 'Dominique Faure'],
      amf: ['David Lisnard'],
      laPoste: ['Philippe Wahl'],
    },
    annualFund: {
      millionEuros: 174,
      upToMillionEuros: 177,
      note: () => msg(str`pour l’année de prolongation 2026, le projet de loi de finances proposait ${eur(122)}`, {id: 'c6-fund-note'}),
    },
    totalMillionEuros: 522,
    novelties: () => [
      msg('Droit de veto du maire maintenu ; commissions départementales renforcées.', {id: 'c6-n1'}),
      msg(str`${n(1000)} bureaux de plus ouverts le samedi ou le jour de marché, ou plus longtemps ces jours-là.`, {id: 'c6-n2'}),
      msg('La mutualisation des services devient « une condition de survie » ; le programme France services est confirmé.', {id: 'c6-n3'}),
      msg('Prolongé d’un an, jusqu’au 31 décembre 2026, par tacite reconduction.', {id: 'c6-n4'}),
    ],
    sources: [
      {label: 'Groupe La Poste', url: 'https://www.lapostegroupe.com/fr/le-contrat-de-presence-postale-territoriale-2023-2025'},
      {label: 'Banque des Territoires', url: 'https://www.banquedesterritoires.fr/le-nouveau-contrat-de-presence-postale-mise-sur-les-mutualisations'},
      {label: 'La Gazette des communes', url: 'https://www.lagazettedescommunes.com/1002769/presence-postale-un-sursis-dun-an-avant-la-refonte-du-contrat'},
    ],
  },
];

/** When the fact sheet was compiled: the "données à jour" date the widgets show. */
export const CONTRACTS_UPDATED: CalendarDate = {year: 2026, month: 11};

/** First and last year any contract covers. */
export const FIRST_CONTRACT_YEAR = CONTRACTS[0].startYear;
export const LAST_CONTRACT_YEAR = Math.max(...CONTRACTS.map(lastYearOf));

/** The last year a contract is in force, extension included. */
export function lastYearOf(contract: Contract): number {
  return contract.extendedToYear ?? contract.endYear;
}

/** The contract in force on a date (1 January of its first year to 31 December of its last), if any. */
export function contractInForce(date: Date): Contract | undefined {
  return contractCoveringYear(date.getUTCFullYear());
}

/** The contract whose period (extension included) covers a year. */
export function contractCoveringYear(year: number): Contract | undefined {
  return CONTRACTS.find((contract) => year >= contract.startYear && year <= lastYearOf(contract));
}

/** The contractual annual fund of each year, in euros (the extension year at the same rate). */
export function annualFundByYear(): Map<number, number> {
  const byYear = new Map<number, number>();
  for (const contract of CONTRACTS) {
    for (let year = contract.startYear; year <= lastYearOf(contract); year++) byYear.set(year, contract.annualFund.millionEuros * 1e6);
  }
  return byYear;
}

/** Aggregate figure quoted by public bodies, with its source. */
export const AGGREGATE_SOURCE: Source = {
  label: 'Caisse des Dépôts',
  url: 'https://www.caissedesdepots.fr/actualites/territoires-le-6e-contrat-de-presence-postale-territoriale-signe',
};
