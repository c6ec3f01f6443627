import {defineElement} from '../shared/define.js';
import {ContractTimeline} from './contract-timeline.js';
import {TimelineEvent} from './timeline-event.js';

/** Registers `<pp-contract-timeline>` and `<pp-timeline-event>` (idempotent). Import this to use the element alone. */
defineElement('pp-timeline-event', TimelineEvent);
defineElement('pp-contract-timeline', ContractTimeline);

export {ContractTimeline, TimelineEvent};
