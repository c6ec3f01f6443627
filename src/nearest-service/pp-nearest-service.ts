import {defineElement} from '../shared/define.js';
import {NearestService} from './nearest-service.js';

/** Registers `<pp-nearest-service>` (idempotent). Import this to use the element alone. */
defineElement('pp-nearest-service', NearestService);

export {NearestService};
