// Lint: typescript-eslint's recommended rules, React hooks rules, and the import direction of
// src/README.md (lib -> api -> components -> features -> routes; no feature imports another).
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

const layers = ['lib', 'api', 'components', 'features', 'routes'];

/** Each layer may not import from the layers after it. */
const layerZones = layers.slice(0, -1).map((layer, i) => ({
  target: `./src/${layer}`,
  from: layers.slice(i + 1).map((l) => `./src/${l}`),
  message: `src/${layer} sits below ${layers.slice(i + 1).join(', ')}: import direction is lib -> api -> components -> features -> routes.`,
}));

/** A feature never imports another feature; shared pieces move to components/ or lib/. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'A feature never imports another feature: move the shared piece to components/ or lib/.',
}));

const heavy = {
  paths: [
    {
      name: 'cytoscape',
      message: 'Use cytoscape only in components/graph or a feature (lazy route chunk).',
    },
    {
      name: 'recharts',
      message: 'Use recharts only in components/charts or a feature (lazy route chunk).',
    },
  ],
};

const noBarrels = {
  group: ['**/index', '**/index.ts', '**/index.tsx'],
  message: 'No barrels: import the file that defines the thing.',
};

export default tseslint.config(
  {
    // The same generated and scratch paths .gitignore keeps out of the repository.
    ignores: [
      'dist/',
      '.tmp/',
      '.cache/',
      'node_modules/',
      'src/routeTree.gen.ts',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      '.routedeck/',
      'bench/results/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-cycle': 'off',
      'no-restricted-imports': ['error', { ...heavy, patterns: [noBarrels] }],
    },
  },
  {
    // The places allowed to draw with the heavy libraries; routes reach them only through lazy chunks.
    files: ['src/features/**', 'src/components/graph/**', 'src/components/charts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBarrels] }] },
  },
);
