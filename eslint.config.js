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
  {
    // The domain is pure: no React, no store, no map.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'src/domain is pure TypeScript.' },
            { group: ['zustand', 'zustand/*'], message: 'src/domain is pure TypeScript.' },
            {
              group: ['maplibre-gl', '@vis.gl/*'],
              allowTypeImports: true,
              message: 'Only src/map may import MapLibre.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/map talks to MapLibre.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*', '@vis.gl/react-maplibre'],
              allowTypeImports: true,
              message: 'Only src/map may import MapLibre.',
            },
          ],
        },
      ],
    },
  },
);
