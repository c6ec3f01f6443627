import type {StorybookConfig} from '@storybook/web-components-vite';
import {existsSync} from 'node:fs';

// The built data (npm run data) and English catalog, for the widgets that load them; only those built.
const built = (dir: string) => existsSync(new URL(`../dist/${dir}`, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  staticDirs: ['data', 'locales'].filter(built).map((dir) => ({from: `../dist/${dir}`, to: `/${dir}`})),
};
export default config;
