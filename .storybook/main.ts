import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The built data (npm run data) for the widgets that load it; stories point their data-base here.
  staticDirs: [{from: '../dist/data', to: '/data'}, {from: '../dist/locales', to: '/locales'}],
};
export default config;
