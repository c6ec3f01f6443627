/**
 * dist/embed-resizer.js, optional, for the page that holds embed.html iframes: fits each frame's height
 * to its content. It listens for `{type: 'pp-embed-height', height}` messages and applies one only
 * when it comes from one of the page's iframes (event.source) and from the origin that iframe's `src`
 * names (event.origin): another frame or window cannot resize anything. Several copies are harmless.
 * The height is set through CSSOM (`style.height`), which a strict CSP (no 'unsafe-inline') allows.
 */
addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'pp-embed-height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    const height = Math.ceil(data.height);
    if (new URL(frame.src, document.baseURI).origin === event.origin && height > 0 && height < 2e4) frame.style.height = `${height}px`;
    return;
  }
});
