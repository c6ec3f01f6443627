import {executeServerCommand} from '@web/test-runner-commands';

export type MediaFeature = {name: 'prefers-color-scheme' | 'prefers-reduced-motion' | 'forced-colors'; value: string};

/** Emulates media features for the page (reset with `emulateMediaFeatures([])`). */
export function emulateMediaFeatures(features: MediaFeature[]): Promise<unknown> {
  return executeServerCommand('pp-media', features);
}
