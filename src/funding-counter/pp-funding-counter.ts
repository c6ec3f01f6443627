import {defineElement} from '../shared/define.js';
import {FundingCounter} from './funding-counter.js';

/** Registers `<pp-funding-counter>` (idempotent). Import this to use the element alone. */
defineElement('pp-funding-counter', FundingCounter);

export {FundingCounter};
