import {msg, str} from '@lit/localize';
import {formatEurosLong} from '../shared/format.js';
import type {CalendarDate} from '../shared/attributes.js';

/**
 * The contrats de présence postale territoriale (CPPT) since 2008, each figure with its source,
 * from the project's fact sheet (facts-cppt.md, compiled November 2026). Shared by the timeline and
 * the funding counter. Amounts are those the contracts foresee ("montants prévus"), not amounts paid.
 * Where the fact sheet marks a fact uncertain, the record says so (`uncertain`) and the widgets show
 * it; facts it could not find are left out. The longer texts (signatories, novelties, notes on
 * uncertain facts), in French and English, are in contract-texts.json, loaded when a reader opens
 * a contract's details (they would weigh 2 KB gzip in every page's script otherwise).
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
  /** The signing date; `uncertain` when sources disagree (the note is in contract-texts.json). */
  signed: {date: CalendarDate; uncertain?: boolean};
  annualFund: {
    /** Contractual annual fund, in millions of euros. */
    millionEuros: number;
    /** What press releases communicated ("jusqu'à 177 M€"), when it differs. */
    upToMillionEuros?: number;
    /** The amount is not confirmed by a primary source. */
    uncertain?: boolean;
    /** What a reader of this figure must know now (shown by the counter too); other notes are in contract-texts.json. */
    note?: () => string;
  };
  /** Total over the contractual period, in millions of euros (annual fund × years). */
  totalMillionEuros: number;
  /** When sources allow only a range for the total. */
  totalRangeMillionEuros?: [number, number];
  /** The main source(s) of the figures, shown in every source line; all sources are in contract-texts.json. */
  sources: Source[];
}

export const CONTRACTS: readonly Contract[] = [
  {
    id: '2008-2010',
    startYear: 2008,
    endYear: 2010,
    signed: {date: {year: 2007, month: 11, day: 19}},
    annualFund: {
      millionEuros: 140,
      uncertain: true,
    },
    totalMillionEuros: 420,
    totalRangeMillionEuros: [405, 420],
    sources: [
      {label: 'AMF', url: 'https://www.amf.asso.fr/documents-contrat-presence-postale-territoriale-2008-2010/8296'},
    ],
  },
  {
    id: '2011-2013',
    startYear: 2011,
    endYear: 2013,
    signed: {date: {year: 2011, month: 1, day: 26}},
    annualFund: {millionEuros: 170},
    totalMillionEuros: 510,
    sources: [
      {label: 'AMF du Var', url: 'https://amf83.fr/contrat-de-presence-postale-territoriale-2011-2013'},
    ],
  },
  {
    id: '2014-2016',
    startYear: 2014,
    endYear: 2016,
    signed: {date: {year: 2014, month: 1, day: 16}},
    annualFund: {
      millionEuros: 170,
      uncertain: true,
    },
    totalMillionEuros: 510,
    sources: [
      {label: 'AMF du Var', url: 'https://amf83.fr/le-contrat-de-presence-postale-territoriale-2014-2016-signe-entre-letat-lassociation-des-maires-de-france-et-la-poste'},
    ],
  },
  {
    id: '2017-2019',
    startYear: 2017,
    endYear: 2019,
    signed: {date: {year: 2017, month: 1, day: 11}},
    annualFund: {millionEuros: 174},
    totalMillionEuros: 522,
    sources: [
      {label: 'Groupe La Poste', url: 'https://www.lapostegroupe.com/fr/actualite/le-contrat-de-presence-postale-2017-2019'},
    ],
  },
  {
    id: '2020-2022',
    startYear: 2020,
    endYear: 2022,
    signed: {date: {year: 2020, month: 2, day: 5}, uncertain: true},
    annualFund: {millionEuros: 174, upToMillionEuros: 177},
    totalMillionEuros: 522,
    sources: [
      {label: 'Banque des Territoires', url: 'https://banquedesterritoires.fr/nouveau-contrat-de-presence-postale-le-dialogue-avec-le-maire-renforce'},
    ],
  },
  {
    id: '2023-2025',
    startYear: 2023,
    endYear: 2025,
    extendedToYear: 2026,
    signed: {date: {year: 2023, month: 2, day: 15}},
    annualFund: {
      millionEuros: 174,
      upToMillionEuros: 177,
      note: () => msg(str`pour l’année de prolongation 2026, le projet de loi de finances proposait ${formatEurosLong(122e6)}`, {id: 'c6-fund-note'}),
    },
    totalMillionEuros: 522,
    sources: [
      {label: 'Groupe La Poste', url: 'https://www.lapostegroupe.com/fr/le-contrat-de-presence-postale-territoriale-2023-2025'},
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

/** The aggregate figure public bodies quote ("plus de 2,4 milliards d’euros depuis 2008"): 2008 to this year. */
export const AGGREGATE_UNTIL_YEAR = 2022;

/** The source of that aggregate figure. */
export const AGGREGATE_SOURCE: Source = {
  label: 'Caisse des Dépôts',
  url: 'https://www.caissedesdepots.fr/actualites/territoires-le-6e-contrat-de-presence-postale-territoriale-signe',
};
