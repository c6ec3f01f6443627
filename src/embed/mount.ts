/**
 * Mount points that CMS filters keep (WordPress KSES, Drupal text formats, CKEditor): a plain element
 * with data-* attributes, upgraded by the main script into the real widget.
 *
 *   <div data-pp-widget="funding-counter" data-since="2020">Fallback text</div>
 *   → <pp-funding-counter since="2020">Fallback text</pp-funding-counter>
 *
 * - `data-pp-widget="NAME"` → `<pp-NAME>`, for any element this script defined; an unknown name leaves
 *   the mount as it is (its fallback text stays), with one console warning.
 * - `data-NAME="…"` → `NAME="…"` when NAME is an attribute of the widget (its observedAttributes):
 *   a whitelist, so a CMS that lets authors write data-* but not `onclick` stays safe. Any other
 *   data-* is copied as is: nearest-service's own `data-base` attribute is written `data-base` on the
 *   mount (`data-data-base` gives the same). `data-pp-*` attributes are the mount's own, not copied.
 * - Every other attribute (id, class, lang, aria-*…) is copied unchanged, and the children move into
 *   the widget, where they stay as its no-JavaScript fallback (hidden once it renders).
 * - Inside a timeline mount, `<div data-pp-event data-date="2019-09" data-label="…" data-href="…">description</div>`
 *   becomes `<pp-timeline-event date="2019-09" label="…" href="…">description</pp-timeline-event>`
 *   (innermost mounts are upgraded first).
 *
 * One MutationObserver on the document upgrades mounts added later, with one scan of the document per
 * batch of changes: a mount that was upgraded is no longer in the document, so it is never upgraded
 * twice, even by a second copy of the script (which does not start a second observer).
 */
function upgradeOne(mount: Element): void {
  const name = mount.getAttribute('data-pp-widget') ?? 'timeline-event';
  const tag = `pp-${name}`;
  const known = customElements.get(tag) as (CustomElementConstructor & {observedAttributes?: string[]}) | undefined;
  if (!known) {
    (mount as {ppWarned?: 1}).ppWarned ||= (console.warn(`[presence-postale] data-pp-widget="${name}" : widget inconnu.`), 1);
    return;
  }
  const widget = document.createElement(tag);
  for (const {name: attr, value} of mount.attributes) {
    const bare = attr.slice(5);
    if (attr.startsWith('data-pp-')) continue;
    // <pp-timeline-event> is a plain element without observedAttributes: its three attributes
    widget.setAttribute(attr.startsWith('data-') && (known.observedAttributes ?? ['date', 'label', 'href']).includes(bare) ? bare : attr, value);
  }
  widget.append(...mount.childNodes);
  mount.replaceWith(widget);
}

/**
 * Upgrades the mount points under `root` (default: the document), innermost first. The script does it
 * for the document, now and on every change; call it for mounts inside a shadow root.
 */
export function upgradeMounts(root: ParentNode = document): void {
  // reverse document order: a timeline's events become <pp-timeline-event> before the timeline
  for (const mount of [...root.querySelectorAll('[data-pp-widget],[data-pp-event]')].reverse()) upgradeOne(mount);
}

// One observer per page, whichever copy of the script comes first.
if (!(document as {ppMounts?: 1}).ppMounts) {
  (document as {ppMounts?: 1}).ppMounts = 1;
  // A classic script in <head> runs before the body exists: wait for the parser, or a mount would be
  // upgraded while its children are still being parsed (into the detached mount).
  const start = (): void => {
    upgradeMounts();
    new MutationObserver(() => upgradeMounts()).observe(document, {childList: true, subtree: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
