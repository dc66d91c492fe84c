import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { ConnectionType } from '../graphql/connection.type';
import { Node } from '../graphql/node.type';
import { LocalEntityType } from './local-entity-type';

@ObjectType('LocalEntity', { implements: Node, description: 'A local government (ens local) that may apply for resources.', simpleResolvers: true })
export class LocalEntityNode extends Node {
  @Field({ description: 'Official name.' })
  name!: string;

  @Field(() => LocalEntityType, { description: 'Kind of local government.' })
  type!: LocalEntityType;

  @Field(() => String, { nullable: true, description: 'Tax id (NIF), where known.' })
  nif!: string | null;

  @Field({ description: 'Stable code of the entity in the service: "ine:<INE code>" for an ajuntament, "comarca:13", "emd:…" for others; the `entity_code` of the identifier import.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'DIR3 code (directory of administrative units), where loaded.' })
  dir3Code!: string | null;

  @Field(() => String, { nullable: true, description: 'INE code (5 digits) of the municipality, or of the seat for other entities.' })
  ineCode!: string | null;

  @Field({ description: 'INE code of the province.' })
  provinceCode!: string;

  @Field(() => String, { nullable: true, description: 'Official code of the comarca.' })
  comarcaCode!: string | null;

  /** Internal: the diputació whose territory contains the entity. */
  providerId!: string;
}

@ObjectType('LocalEntityConnection', { description: 'A page of local entities.' })
export class LocalEntityConnection extends ConnectionType(LocalEntityNode, 'LocalEntity') {}

@InputType({ description: 'Filters for local entities; all given filters must hold.' })
export class LocalEntityFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name, accent-insensitive.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => [LocalEntityType], { nullable: true, description: 'Any of these kinds.' })
  type?: LocalEntityType[] | null;

  @Field(() => [String], { nullable: true, description: 'In the territory of any of these providers (slugs).' })
  provider?: string[] | null;

  @Field(() => String, { nullable: true, description: 'INE code (5 digits).' })
  @MaxLength(5)
  ineCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Tax id (NIF).' })
  @MaxLength(9)
  nif?: string | null;
}
