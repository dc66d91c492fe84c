import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import { Node } from '../graphql/node.type';
import { DateTimeScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { LocalEntityNode } from '../tenancy/local-entity.type';
import { ProviderNode } from '../tenancy/provider.type';

@ObjectType('Certificate', { description: 'The digital certificate the person identified with.', simpleResolvers: true })
export class CertificateView {
  @Field({ description: 'INDIVIDUAL, REPRESENTATIVE or PUBLIC_EMPLOYEE.' })
  type!: string;

  @Field({ description: 'LOW, SUBSTANTIAL or HIGH (eIDAS assurance level).' })
  assurance!: string;
}

@ObjectType('StaffRole', { description: 'A staff role at one provider.', simpleResolvers: true })
export class StaffRoleView {
  @Field({ description: 'editor, reviewer or admin.' })
  role!: string;

  @Field(() => ProviderNode, { description: 'The provider the role is held at.' })
  provider!: ProviderNode;
}

@ObjectType('Viewer', { description: 'The authenticated person.', simpleResolvers: true })
export class ViewerView {
  @Field({ description: "The identity provider's stable user id." })
  subject!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field({ description: 'NIF.' })
  nif!: string;

  @Field(() => CertificateView, { description: 'Certificate used to identify.' })
  certificate!: CertificateView;
}

@ObjectType('EntityAuthorization', { implements: Node, description: 'Permission for a person with an individual certificate to act for a local entity.', simpleResolvers: true })
export class EntityAuthorizationNode extends Node {
  @Field(() => LocalEntityNode, { description: 'The entity.' })
  localEntity!: LocalEntityNode;

  @Field({ description: 'NIF of the authorized person.' })
  granteeNif!: string;

  @Field({ description: 'Name of the authorized person.' })
  granteeName!: string;

  @Field({ description: 'NIF of the representative who granted it.' })
  grantedByNif!: string;

  @Field(() => DateTimeScalar, { description: 'When it was granted.' })
  grantedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null while active.' })
  revokedAt!: Date | null;
}

@InputType({ description: 'Authorize a person to act for an entity you represent.' })
export class GrantEntityAuthorizationInput {
  @Field({ description: 'Global ID of the local entity.' })
  localEntityId!: string;

  @Field({ description: "NIF of the person (DNI or NIE)." })
  @MaxLength(20)
  granteeNif!: string;

  @Field({ description: 'Full name of the person.' })
  @MinLength(1)
  @MaxLength(200)
  granteeName!: string;
}

@InputType({ description: 'Revoke an authorization.' })
export class RevokeEntityAuthorizationInput {
  @Field({ description: 'Global ID of the authorization.' })
  authorizationId!: string;
}

@ObjectType({ description: 'Result of granting an authorization.' })
export class GrantEntityAuthorizationPayload extends MutationPayload {
  @Field(() => EntityAuthorizationNode, { nullable: true, description: 'The authorization, when granted.' })
  authorization!: EntityAuthorizationNode | null;
}

@ObjectType({ description: 'Result of revoking an authorization.' })
export class RevokeEntityAuthorizationPayload extends MutationPayload {
  @Field(() => EntityAuthorizationNode, { nullable: true, description: 'The authorization, now revoked.' })
  authorization!: EntityAuthorizationNode | null;
}
