// The parts of graphql-schema-linter (which ships no types) that test/support/schema-lint.ts uses.
declare module 'graphql-schema-linter/lib/source_map' {
  export class SourceMap {
    constructor(sourceFiles: Record<string, string>);
  }
}
declare module 'graphql-schema-linter/lib/schema' {
  import { SourceMap } from 'graphql-schema-linter/lib/source_map';
  export class Schema {
    constructor(definition: string, sourceMap: SourceMap);
  }
}
declare module 'graphql-schema-linter/lib/configuration' {
  import { Schema } from 'graphql-schema-linter/lib/schema';
  export class Configuration {
    constructor(schema: Schema, options: { rules?: string[] });
    getRules(): unknown[];
  }
}
declare module 'graphql-schema-linter/lib/validator' {
  import { GraphQLError } from 'graphql';
  import { Configuration } from 'graphql-schema-linter/lib/configuration';
  import { Schema } from 'graphql-schema-linter/lib/schema';
  export function validateSchemaDefinition(schema: Schema, rules: unknown[], configuration: Configuration): Array<GraphQLError & { ruleName: string }>;
}
