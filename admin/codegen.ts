import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the back office's operations against the committed schema (schema/schema.graphql), as
 * test/support/operations-compiler.ts does for the front-end contract: `npm run admin:codegen`
 * rewrites admin/src/gql/, which is committed, so the build needs neither a running service nor
 * this step; test/unit/admin-codegen.test.ts fails when the committed code is stale.
 */
export const ADMIN_CODEGEN: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // The fitxa form's fragment has one home, shared with the front-end contract's operations.
  documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**', 'test/operations/back-office/resource-form-content.graphql'],
  generates: {
    'admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        useTypeImports: true,
        enumsAsTypes: true,
      },
    },
  },
  ignoreNoDocuments: true,
  silent: true,
};

export default ADMIN_CODEGEN;
