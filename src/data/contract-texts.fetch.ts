import {loadJson} from './loader.js';
import type {ContractTextsFile} from './contract-texts.js';

export type {ContractTexts, ContractTextsFile} from './contract-texts.js';

/** Bundle version of contract-texts.ts: data/contract-texts.json beside the script (or under `base`). */
export function loadContractTexts(base?: string | null): Promise<ContractTextsFile> {
  return loadJson<ContractTextsFile>('contract-texts.json', {base});
}
