// Folder-level import rules, checked by `npm run deps:check` (part of `npm test`). ESLint holds the
// same zones file by file; this check adds what a file-level linter cannot see: cycles between
// folders, where each folder only looks fine on its own.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'Two folders that import each other are one layer pretending to be two.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-stands-alone',
      comment: 'src/ is the ground floor: only its composition root may reach into the commands.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main[.]ts$' },
      to: { path: '^(seed|db|nlp|scripts|bench|extract)/' },
    },
    {
      name: 'graph-parts-apart',
      comment:
        'compile, read and write stand side by side on the shared pieces at src/graph/; only api/, ' +
        'which the GraphQL and HTTP layers call, combines them.',
      severity: 'error',
      from: { path: '^src/graph/(compile|read|write)/' },
      to: { path: '^src/graph/(compile|read|write|api)/', pathNot: '^src/graph/$1/' },
    },
    {
      name: 'graph-floor-stays-down',
      comment:
        'Files directly in src/graph/ are the floor its parts stand on; a folder check cannot see a floor file ' +
        'importing a part (a folder contains its subfolders), so this rule does.',
      severity: 'error',
      from: { path: '^src/graph/[^/]+$' },
      to: { path: '^src/graph/[^/]+/' },
    },
    {
      name: 'graphql-parts-below-composition',
      comment: 'Files directly in src/graphql/ compose its parts into a server; the parts never import them.',
      severity: 'error',
      from: { path: '^src/graphql/[^/]+/' },
      to: { path: '^src/graphql/[^/]+$' },
    },
    {
      name: 'domain-below-everything',
      comment: 'The rules of sources, facts and claims know nothing of the graph, GraphQL or HTTP.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(graph|graphql|http|export|auth|extract)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|test|public)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
