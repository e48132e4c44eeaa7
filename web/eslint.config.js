// Lint for correctness, run by `npm run build`, which fails on any finding. Layout rules (line breaks,
// attributes per line) are left out on purpose: they would flag thousands of lines and catch no bug.
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/html-indent': 'off',
      'vue/html-self-closing': 'off',
      // Route views are named after their page (Home, Login); they are never used as elements.
      'vue/multi-word-component-names': ['error', { ignores: ['Home', 'Login', 'Join', 'Layout', 'Audit', 'Census', 'Dicts', 'Employers', 'Governance', 'Members', 'Notices', 'Orgs', 'Reports', 'Rights', 'Roles', 'Showcase', 'Terms', 'Transfers', 'Users', 'Activities', 'Campaigns', 'Honorees', 'Chart'] }],
    },
  },
)
