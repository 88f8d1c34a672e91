// Module boundaries, checked by `npm run lint:deps` (part of `npm test`). See docs/CONTRIBUTING.md,
// "Module boundaries".
//
// A file in src/modules/<a>/ may import from another module src/modules/<b>/ only its public surface:
const PUBLIC_SURFACE = [
  '^src/modules/(?<module>[^/]+)/\\k<module>\\.module\\.ts$', // <b>.module.ts
  '^src/modules/[^/]+/[^/]+\\.service\\.ts$', // its services, at the module root
  '^src/modules/[^/]+/events/', // the events it raises
  '^src/modules/[^/]+/[^/]+\\.errors\\.ts$', // its domain errors, to throw or catch
  '^src/modules/[^/]+/[^/]+\\.model\\.ts$', // its plain models: type-only, see the rule below
  // The interface a module calls the modules that depend on it through, and its registry
  // (ParticipantRegistry in libs/common): a dependent implements it and registers itself.
  '^src/modules/[^/]+/[^/]+-participants\\.ts$',
];
const MODEL = '^src/modules/[^/]+/[^/]+\\.model\\.ts$';

// Known violations, being fixed: each names the importing file, the internals it may still import
// and where they belong. Add none without saying why; remove an entry as soon as its import is gone.
const KNOWN_VIOLATIONS = [
  {
    // An order may carry its new customer inline: CreateCustomerDto belongs in libs/common too.
    from: 'src/modules/orders/dto/create-order.dto.ts',
    to: ['src/modules/customers/dto/create-customer.dto.ts'],
  },
  {
    // GET /auth/me answers the users module's UserResponse: users should export it (or auth map its own).
    from: 'src/modules/auth/auth.controller.ts',
    to: ['src/modules/users/dto/user.response.ts'],
  },
];

const escape = (path) => path.replace(/[.]/g, '\\.');
// One file's path, its module captured as $1 like the rule's own `from`.
const fileOfModule = (path) => `^${escape(path).replace(/^src\/modules\/([^/]+)\//, 'src/modules/($1)/')}$`;

const CROSS_MODULE_COMMENT =
  'A module imports another module only through its public surface: <b>.module.ts, its *.service.ts, ' +
  'events/, *.errors.ts, *-participants.ts and (type-only) *.model.ts. Never its repository, entities, dto/, listeners, ' +
  'controllers or other internals; a DTO two modules need belongs in libs/common.';

const crossModuleRule = (from, extraAllowed = []) => ({
  name: 'no-cross-module-internals',
  severity: 'error',
  comment: CROSS_MODULE_COMMENT,
  from,
  to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', ...PUBLIC_SURFACE, ...extraAllowed] },
});

module.exports = {
  forbidden: [
    crossModuleRule({
      path: '^src/modules/([^/]+)/',
      pathNot: KNOWN_VIOLATIONS.map((known) => `^${escape(known.from)}$`),
    }),
    // A file with a known violation may import the internal it is listed with, and no other.
    ...KNOWN_VIOLATIONS.map((known) =>
      crossModuleRule(
        { path: fileOfModule(known.from) },
        known.to.map((path) => `^${escape(path)}$`),
      ),
    ),
    {
      name: 'cross-module-models-type-only',
      severity: 'error',
      comment: "Another module's *.model.ts describes the shapes its service returns: import it with `import type`.",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: MODEL, pathNot: '^src/modules/$1/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'common-is-not-the-app',
      severity: 'error',
      comment: 'libs/common is shared by every module and imports nothing from src/.',
      from: { path: '^libs/' },
      to: { path: '^src/' },
    },
    {
      name: 'no-runtime-circular',
      severity: 'error',
      comment:
        'No import cycle between files at run time. A cycle through an `import type` edge (the two sides ' +
        'of a TypeORM relation, e.g. order.entity.ts ↔ order-item.entity.ts) is erased by the compiler and allowed.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file (a typo, or a path alias the tsconfig does not know).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    // Resolves the @app/common path alias; type-only imports are kept, so they are checked too.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
