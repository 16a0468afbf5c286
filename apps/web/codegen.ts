import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root (`npm run codegen`): every path here is relative to it.
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read fragment fields directly; the types still come from each component's own fragment.
        fragmentMasking: false,
      },
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        skipTypename: false,
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
