import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['dist/**', 'lib/**', 'storybook-static/**', 'coverage/**', 'src/generated/**', 'node_modules/**']},
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  // let eslint-plugin-wc treat LitElement subclasses (and our base class) as elements
  {settings: {wc: {elementBaseClasses: ['LitElement', 'PresenceElement']}}},
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  // chai's property assertions (`expect(x).to.exist`) are expressions
  {files: ['test/**/*.ts', 'test/**/*.js'], rules: {'@typescript-eslint/no-unused-expressions': 'off'}},
  {
    files: ['scripts/**/*.mjs', '*.mjs', 'test/helpers/*.mjs'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly'}},
  },
);
