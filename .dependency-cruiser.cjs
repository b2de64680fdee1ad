/**
 * The house dependency rules (docs/ARCHITECTURE.md): contracts depends on nothing of ours, the
 * platform knows no domain, modules meet only through each other's index.ts, web never imports
 * server code. `npm test` runs this check.
 */
module.exports = {
  forbidden: [
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      from: { path: '^packages/contracts/' },
      to: { path: '^(packages/(platform|modules)|apps)/' },
    },
    {
      name: 'platform-knows-no-domain',
      severity: 'error',
      from: { path: '^packages/platform/' },
      to: { path: '^(packages/modules|apps)/' },
    },
    {
      name: 'modules-only-through-index',
      comment: 'a module may import another module only through its src/index.ts',
      severity: 'error',
      from: { path: '^packages/modules/([^/]+)/' },
      to: { path: '^packages/modules/([^/]+)/', pathNot: ['^packages/modules/$1/', '^packages/modules/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-use-module-index-only',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^packages/modules/[^/]+/src/', pathNot: '^packages/modules/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'web-never-imports-server-code',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(packages/(platform|modules)|apps/api)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist|\\.data)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    combinedDependencies: true,
    preserveSymlinks: false,
  },
};
