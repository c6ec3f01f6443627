/**
 * Where the files that ship beside the script live (data/, locales/). By default, next to the script
 * itself: `import.meta.url` for the ES module, `document.currentScript` for the classic script (rollup
 * rewrites import.meta.url to it in the IIFE build). A page can move them all with
 * `<meta name="presence-postale-base" content="/assets/presence-postale/">` or `setAssetBase()`,
 * e.g. when the script is bundled by npm users; a `data-base` attribute overrides it per element.
 */
const MODULE_URL = import.meta.url;

let explicitBase: string | undefined;

/** Sets the folder holding data/ and locales/ for the whole page (absolute or relative to the page). */
export function setAssetBase(url: string | undefined): void {
  explicitBase = url;
}

/** The folder URL, always ending with a slash. */
export function assetBase(override?: string | null): URL {
  const meta = typeof document === 'undefined' ? null : document.querySelector<HTMLMetaElement>('meta[name="presence-postale-base"]');
  const chosen = override || explicitBase || meta?.content || new URL('./', MODULE_URL).href;
  const url = new URL(chosen, typeof document === 'undefined' ? MODULE_URL : document.baseURI);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
