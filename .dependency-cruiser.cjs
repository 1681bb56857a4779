// The layers of docs/architecture.md, kept by a tool instead of by goodwill (decision 017). `npm run lint` runs it;
// scripts/layers.test.ts proves each rule fails on a deliberate breach.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'resolvable',
      severity: 'error',
      comment:
        'Every import of ours resolves to a file; an import the tool cannot follow would hide a cycle or a breach.',
      from: { path: '^src/' },
      to: { couldNotResolve: true, path: '^[.]{1,2}/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and modules impossible to lift out. Break the cycle with core.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core holds the pure rules shared by server and browser: it imports nothing of ours outside core.',
      from: { path: '^src/core/' },
      to: { path: '^src/(server|web|cli)/' },
    },
    {
      name: 'web-talks-http',
      severity: 'error',
      comment: 'The web app reaches the server over HTTP only.',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      comment: 'The server does not import browser code.',
      from: { path: '^src/(server|cli)/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'web-features-apart',
      severity: 'error',
      comment: 'A web feature does not import another feature; what they share lives in src/web/shared or in core.',
      from: { path: '^src/web/features/([^/]+)/' },
      to: { path: '^src/web/features/', pathNot: '^src/web/features/$1/' },
    },
    {
      name: 'web-shared-below-features',
      severity: 'error',
      comment:
        'src/web/shared holds pieces every feature may use (the list toolbar); it knows no feature, so it imports none.',
      from: { path: '^src/web/shared/' },
      to: { path: '^src/web/features/' },
    },
    {
      name: 'web-shared-below-shell',
      severity: 'error',
      comment:
        'src/web/shared (api client, page states, pager, formats, notifications) sits below the app shell: it imports nothing of src/web/app but the i18n instance; tests may read the catalogs.',
      from: { path: '^src/web/shared/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/web/app/', pathNot: '^src/web/app/i18n/i18n\\.ts$' },
    },
    {
      name: 'routes-not-repositories',
      severity: 'error',
      comment: 'Routes call services; only services (and jobs) reach a repository.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'sql-in-repositories',
      severity: 'error',
      comment:
        'Issue 15: SQL lives in repositories. These services were cleaned of it; they may not import the query builder or the schema again.',
      from: {
        path: '^src/cli/|^src/server/modules/((admin/admin|setup/setup|mailings/mailings|session/session|agenda/publishing|exchange/exchange|documents/documents|candidate-portal/candidate-portal|people/people|agenda/(needs|registrations|activities)|members/(contacts|organisations|memberships|member-portal)|placements/(placements|opportunities|matching|proposals|check-ins)|candidates/(candidates|settings|consents|rights|retention|statistics))[.]service|networks/network-membership|surveys/one-time-links|members/organisation-import[.]job)[.]ts$',
      },
      to: { path: ['^src/server/platform/db/schema', 'node_modules/drizzle-orm'] },
    },
    {
      name: 'placements-on-candidates',
      severity: 'error',
      comment: 'Placements depend on candidates, never the other way round.',
      from: { path: '^src/server/modules/candidates/' },
      to: { path: '^src/server/modules/placements/' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment:
        'Test helpers live beside the tests or under src/server/test/ and are never imported by production code.',
      from: { path: '^src/', pathNot: '(\\.(test|logscan)\\.tsx?$|^src/server/test/)' },
      to: { path: '(\\.test\\.tsx?$|^src/server/test/|^e2e/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^node_modules/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
