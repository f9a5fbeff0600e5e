import nx from '@nx/eslint-plugin';

/**
 * Module boundaries keep the layout honest: features never reach into each other, in the API
 * or the web, and the API and the web share only framework-free code in libs/shared.
 */
const depConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:domain'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain'] },
  // Web record sections several pages show (funding, activity): connected widgets, below features.
  { sourceTag: 'type:section', onlyDependOnLibsWithTags: ['type:section', 'type:ui', 'type:data-access', 'type:domain'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
  {
    // API features never import each other: what several share (record types, filter and
    // write helpers) lives in core or shared.
    allSourceTags: ['scope:api', 'type:feature'],
    onlyDependOnLibsWithTags: ['type:core', 'type:domain'],
  },
  {
    // Web features never import each other either: labels live in libs/shared/domain, stores
    // and permission helpers in libs/web/data-access, widgets in libs/web/ui, and the record
    // sections several pages show in libs/web/sections.
    allSourceTags: ['scope:web', 'type:feature'],
    onlyDependOnLibsWithTags: ['type:domain', 'type:ui', 'type:data-access', 'type:section'],
  },
];

const base = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/generated/**', 'test-output', '.data'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default base;

/**
 * The Angular projects (apps/web and the libs/web/* libraries) extend this instead of the default:
 * the workspace rules plus Angular's, with the `cg` selector prefix and OnPush components.
 */
export const angular = [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...base,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'cg', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'cg', style: 'kebab-case' }],
      // STYLE.md practice 10: signal-first components with OnPush.
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
];
