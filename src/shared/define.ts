import {VERSION} from './version.js';

/** Elements this library defines carry the version that defined them. */
interface VersionedConstructor extends CustomElementConstructor {
  ppVersion?: string;
  /** Set on a foreign definition once a copy of the library has warned about it (all copies see it). */
  ppWarned?: boolean;
}

/**
 * Defines a custom element once. Loading the library twice (the ES module and the classic script on
 * one page, or the same script pasted twice) must never throw: a second definition of the same
 * version is skipped silently; another version already registered is kept, with one console warning.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  (elementClass as VersionedConstructor).ppVersion = VERSION;
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (!existing) customElements.define(tagName, elementClass);
  else if (existing.ppVersion !== VERSION && !existing.ppWarned) {
    existing.ppWarned = true;
    console.warn(`[presence-postale] <${tagName}> est déjà défini par la version ${existing.ppVersion ?? '?'}, pas ${VERSION} : chargez le script une seule fois.`);
  }
}
