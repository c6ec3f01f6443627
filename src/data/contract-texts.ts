import {loadJson} from './loader.js';
import type {Source} from './contracts.js';

/** A contract's texts in one language (contract-texts.json). */
export interface ContractTexts {
  /** Names per institution, where a source gives them (empty arrays otherwise). */
  signatories: {state: string[]; amf: string[]; laPoste: string[]};
  /** Why the signing date is uncertain. */
  signedNote?: string;
  /** What qualifies the annual fund (uncertain amount, 2026 budget). */
  fundNote?: string;
  /** 2 to 4 key novelties. Figures are tokens: {n:1200}, {meur:140}. */
  novelties: string[];
}

export type ContractTextsFile = Record<'fr' | 'en', Record<string, ContractTexts>> & {
  /** Every source of each contract (contracts.ts keeps the main one). */
  sources: Record<string, Source[]>;
};

/**
 * Loads contract-texts.json once per page. Source builds (tests, Storybook) read it where it lives,
 * src/data/; the bundles use contract-texts.fetch.ts, which reads the copy in dist/data/.
 */
export function loadContractTexts(_base?: string | null): Promise<ContractTextsFile> {
  return loadJson<ContractTextsFile>('contract-texts.json', {base: new URL('../', import.meta.url).href});
}
