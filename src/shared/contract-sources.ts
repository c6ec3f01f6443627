import {html, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import {formatEurosLong, formatPartialDate} from './format.js';
import {CONTRACTS_UPDATED, type Contract, type Source} from '../data/contracts.js';

/**
 * The source line of the contract figures, shared by the timeline and the counter: each publisher
 * linked once, then the nature and date of the figures; `before` is a note to put first.
 */
export function contractSourceLine(sources: Source[], before = ''): TemplateResult {
  const unique = [...new Map(sources.map((source) => [source.label, source])).values()];
  return html`<p class="source" part="source">
    ${before} ${msg('Sources :', {id: 'detail-sources'})} ${unique.map((source, i) => html`${i ? ', ' : ''}<a href=${source.url}>${source.label}</a>`)}.
    ${msg(str`Montants prévus par les contrats, données à jour en ${formatPartialDate(CONTRACTS_UPDATED)}.`, {id: 'timeline-source-date'})}
  </p>`;
}

/** What qualifies a contract's fund: " (jusqu’à 177 millions d’euros selon les communiqués)", " (montant incertain)". */
export function fundQualifiers({annualFund}: Contract, years = 1): string {
  const upTo = annualFund.upToMillionEuros && formatEurosLong(annualFund.upToMillionEuros * 1e6 * years);
  return (
    (upTo ? ' ' + msg(str`(jusqu’à ${upTo} selon les communiqués)`, {id: 'fund-up-to'}) : '') +
    (annualFund.uncertain ? ' ' + msg('(montant incertain)', {id: 'fund-uncertain'}) : '')
  );
}
