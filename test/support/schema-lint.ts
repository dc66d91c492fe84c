import { Configuration } from 'graphql-schema-linter/lib/configuration';
import { Schema } from 'graphql-schema-linter/lib/schema';
import { SourceMap } from 'graphql-schema-linter/lib/source_map';
import { validateSchemaDefinition } from 'graphql-schema-linter/lib/validator';

/** graphql-schema-linter's rules that ask for a description on everything a client reads or sends. */
export const DESCRIPTION_RULES = [
  'types-have-descriptions',
  'fields-have-descriptions',
  'arguments-have-descriptions',
  'input-object-values-have-descriptions',
  'enum-values-have-descriptions',
];

/** Lints an SDL with graphql-schema-linter; one line per finding: `<rule>: <message>`. */
export function lintSchema(sdl: string, rules = DESCRIPTION_RULES): string[] {
  const schema = new Schema(sdl, new SourceMap({ 'schema.graphql': sdl }));
  const configuration = new Configuration(schema, { rules });
  return validateSchemaDefinition(schema, configuration.getRules(), configuration)
    .map((finding) => `${finding.ruleName}: ${finding.message}`);
}
