/** Why the visitor's position could not be used; each gets its own message in the widget. */
export type GeolocationFailure = 'insecure' | 'blocked' | 'denied' | 'unavailable' | 'timeout';

export interface Position {
  lat: number;
  lon: number;
}

interface FeaturePolicyDocument extends Document {
  featurePolicy?: {allowsFeature(feature: string): boolean};
}

/**
 * Asks the browser for the visitor's position — only ever called from a click — and rejects with a
 * GeolocationFailure: not HTTPS, forbidden by the page (an iframe without
 * allow="geolocation", or a Permissions-Policy), refused by the visitor, no API or no fix, or too slow.
 * The position never leaves the browser: distances are computed locally.
 */
export function currentPosition(timeoutMs = 15_000): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!window.isSecureContext) return reject('insecure' satisfies GeolocationFailure);
    if (!('geolocation' in navigator)) return reject('unavailable' satisfies GeolocationFailure);
    const policy = (document as FeaturePolicyDocument).featurePolicy;
    if (policy && !policy.allowsFeature('geolocation')) return reject('blocked' satisfies GeolocationFailure);
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({lat: position.coords.latitude, lon: position.coords.longitude}),
      (error) => reject((error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable') satisfies GeolocationFailure),
      {maximumAge: 60_000, timeout: timeoutMs}, // low accuracy (the default) is enough to find a post office
    );
  });
}
