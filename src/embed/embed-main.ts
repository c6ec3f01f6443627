/**
 * Entry of dist/embed.js, loaded by dist/embed.html after presence-postale.js (module scripts run in
 * order, so every widget is defined): one widget from the URL, and its height for the parent window.
 */
import {planEmbed, renderEmbed, reportHeight} from './embed-page.js';

const plan = planEmbed(location.search);
renderEmbed(plan, document.getElementById('pp-embed') ?? document.body);
reportHeight(plan.id);
