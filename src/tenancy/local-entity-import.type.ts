import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { MutationPayload } from '../errors/user-error.type';
import { registerDescribedEnum } from '../graphql/described-enum';
import { LocalEntityNode } from './local-entity.type';

export enum LocalEntityIdentifierField { NIF = 'NIF', DIR3_CODE = 'DIR3_CODE' }
registerDescribedEnum(LocalEntityIdentifierField, {
  name: 'LocalEntityIdentifierField',
  description: 'An official identifier of a local entity that an import may change.',
  values: { NIF: 'The tax id (NIF).', DIR3_CODE: 'The DIR3 code.' },
});

/** The CSV of a whole province (about 300 entities) is ~15 KB; every local entity of Spain, ~600 KB. */
export const MAX_CSV_CHARACTERS = 900_000;

@InputType({ description: "The official list of local entities' identifiers, for the entities in a provider's territory." })
export class ImportLocalEntityIdentifiersInput {
  @Field({ description: "Slug of the diputació whose admins load the list; every entity the file matches must lie in its territory." })
  @MaxLength(64)
  provider!: string;

  @Field({
    description: 'The CSV text (UTF-8; comma or semicolon): a header line naming `ine_code` or `entity_code`, `nif` and optionally ' +
      '`dir3_code`, then one line per entity. Checked whole: one bad line refuses the file and nothing is written.',
  })
  @MaxLength(MAX_CSV_CHARACTERS)
  csv!: string;

  @Field({ defaultValue: false, description: 'Check the file and report what it would change, without writing anything.' })
  dryRun!: boolean;
}

@ObjectType('LocalEntityImportLine', { description: 'A line of an imported file that matched a local entity.', simpleResolvers: true })
export class LocalEntityImportLine {
  @Field(() => Int, { description: 'Line of the file (the header is line 1).' })
  line!: number;

  @Field(() => LocalEntityNode, { description: 'The entity the line names, with its identifiers after the import (on a dry run, as they still are).' })
  localEntity!: LocalEntityNode;

  @Field(() => [LocalEntityIdentifierField], { description: 'What the line changes; empty when the entity already had these identifiers.' })
  changedFields!: LocalEntityIdentifierField[];
}

@ObjectType('LocalEntityImportReport', { description: 'What an import of identifiers matched, changed, left as it was and could not match.', simpleResolvers: true })
export class LocalEntityImportReport {
  @Field(() => Int, { description: 'Data lines in the file (the header not counted).' })
  lineCount!: number;

  @Field(() => Int, { description: 'Lines that matched a local entity.' })
  matchedCount!: number;

  @Field(() => [LocalEntityImportLine], { description: 'Matched lines that change an identifier.' })
  changed!: LocalEntityImportLine[];

  @Field(() => [LocalEntityImportLine], { description: 'Matched lines whose entity already had these identifiers.' })
  unchanged!: LocalEntityImportLine[];

  @Field(() => [Int], { description: 'Lines whose entity the service does not have: nothing was written for them.' })
  unmatchedLines!: number[];

  @Field({ description: 'The changes were written; false on a dry run.' })
  written!: boolean;
}

@ObjectType({ description: "Result of importing local entities' identifiers." })
export class ImportLocalEntityIdentifiersPayload extends MutationPayload {
  @Field(() => LocalEntityImportReport, { nullable: true, description: 'What the file matched and changed; null when it was refused (see userErrors) and nothing was written.' })
  report!: LocalEntityImportReport | null;
}
