/**
 * The one script a webmaster pastes: registers every widget (idempotently) and exposes the API.
 * The classic-script build exposes these exports as `window.PresencePostale`.
 */
export {ContractTimeline, TimelineEvent} from './contract-timeline/pp-contract-timeline.js';
export {FundingCounter} from './funding-counter/pp-funding-counter.js';
export {NearestService} from './nearest-service/pp-nearest-service.js';
export {getLocale, setLocale} from './shared/i18n.js';
export {VERSION} from './shared/version.js';
export {setAssetBase} from './shared/assets.js';
export {upgradeMounts} from './embed/mount.js'; // data-pp-widget mount points, upgraded now and when added later
