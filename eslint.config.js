import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render untrusted text as text.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render untrusted text as text.',
        },
        { selector: "CallExpression[callee.property.name='setHTML']", message: 'Use Popup.setDOMContent.' },
      ],
    },
  },
  ...layerRules(),
);

/**
 * Allowed import directions between the folders of src/ (dependencies only point down):
 *   app → ui, map, commands, state, data, domain, i18n
 *   ui → commands, state, data (types), domain, i18n          (never app; never map but types)
 *   map → state, data, domain, i18n                          (the only folder that imports MapLibre)
 *   commands → state, data, map (camera), domain, i18n
 *   state → data, domain, i18n
 *   data → domain, i18n                                      (no React)
 *   domain → i18n, and types from data                       (pure: no React, Zustand, MapLibre values)
 *   i18n → nothing
 */
function layerRules() {
  const maplibre = {
    group: ['maplibre-gl', 'maplibre-gl/*', '@vis.gl/react-maplibre'],
    allowTypeImports: true,
    message: 'Only src/map may import MapLibre.',
  };
  const react = { group: ['react', 'react-dom', 'react/*'], message: 'No React in this folder.' };
  const zustand = { group: ['zustand', 'zustand/*'], message: 'No store in this folder.' };
  const folder = (name, why, allowTypeImports = false) => ({
    group: [`../${name}`, `../${name}/*`, `../../${name}`, `../../${name}/*`],
    allowTypeImports,
    message: why,
  });
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/map/**'],
      rules: rule([maplibre]),
    },
    {
      files: ['src/domain/**/*.ts'],
      rules: rule([
        react,
        zustand,
        maplibre,
        ...['state', 'ui', 'app', 'commands', 'map', 'workers'].map((f) => folder(f, 'src/domain is pure.')),
        folder('data', 'src/domain may import only types from src/data.', true),
      ]),
    },
    {
      files: ['src/data/**/*.ts'],
      rules: rule([
        react,
        zustand,
        maplibre,
        ...['state', 'ui', 'app', 'commands', 'map'].map((f) => folder(f, 'src/data sits below the app.')),
      ]),
    },
    {
      files: ['src/state/**/*.ts'],
      rules: rule([
        maplibre,
        ...['ui', 'app', 'commands', 'map'].map((f) => folder(f, 'src/state sits below the UI and the map.')),
      ]),
    },
    {
      files: ['src/ui/**/*.{ts,tsx}'],
      rules: rule([
        maplibre,
        folder('app', 'src/ui must not import src/app.'),
        folder('map', 'The UI moves the map only through commands (src/commands).', true),
      ]),
    },
    {
      files: ['src/map/**/*.{ts,tsx}'],
      rules: rule([...['ui', 'app', 'commands'].map((f) => folder(f, 'src/map sits below the UI.'))]),
    },
    {
      files: ['src/commands/**/*.ts'],
      rules: rule([maplibre, ...['ui', 'app'].map((f) => folder(f, 'Commands sit below the UI.'))]),
    },
    {
      files: ['src/i18n/**/*.ts'],
      rules: rule([
        ...['domain', 'data', 'state', 'ui', 'app', 'commands', 'map'].map((f) =>
          folder(f, 'The catalogue depends on nothing.'),
        ),
      ]),
    },
  ];
}
