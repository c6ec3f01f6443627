import {VERSION} from './version.js';

/** Elements this library defines carry the version that defined them. */
interface VersionedConstructor extends CustomElementConstructor {
  ppVersion?: string;
}

// Shared by every copy of the library on the page (ES module + classic script), so a conflict warns once.
const warnedKey = Symbol.for('presence-postale.define-warned');
const warned: Set<string> = ((globalThis as Record<symbol, Set<string>>)[warnedKey] ??= new Set<string>());

/**
 * Defines a custom element once. Loading the library twice (the ES module and the classic script on
 * one page, or the same script pasted twice) must never throw: a second definition of the same
 * version is skipped silently; another version already registered is kept, with one console warning.
 *
 * @returns true when this call registered the element.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): boolean {
  (elementClass as VersionedConstructor).ppVersion = VERSION;
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tagName, elementClass);
    return true;
  }
  if (existing !== elementClass && existing.ppVersion !== VERSION && !warned.has(tagName)) {
    warned.add(tagName);
    console.warn(
      `[presence-postale] <${tagName}> est déjà défini par une autre version ` +
        `(${existing.ppVersion ?? 'inconnue'}) ; la version ${VERSION} n'est pas utilisée. ` +
        `Chargez le script une seule fois.`,
    );
  }
  return false;
}
