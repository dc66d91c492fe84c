import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { MaxLength, MinLength } from 'class-validator';
import { Node } from '../graphql/node.type';
import { DateTimeScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { LocalEntityNode } from '../tenancy/local-entity.type';
import { ProviderNode } from '../tenancy/provider.type';

/** The kinds of certificate a person identifies with (DESIGN.md, Identity). */
export enum CertificateTypeValue {
  INDIVIDUAL = 'INDIVIDUAL',
  REPRESENTATIVE = 'REPRESENTATIVE',
  PUBLIC_EMPLOYEE = 'PUBLIC_EMPLOYEE',
}

/** eIDAS assurance levels. */
export enum AssuranceLevelValue {
  LOW = 'LOW',
  SUBSTANTIAL = 'SUBSTANTIAL',
  HIGH = 'HIGH',
}

/** Staff roles at a provider; the token writes them in lower case ("editor:diba"). */
export enum StaffRoleName {
  EDITOR = 'editor',
  REVIEWER = 'reviewer',
  ADMIN = 'admin',
}

registerDescribedEnum(CertificateTypeValue, {
  name: 'CertificateType',
  description: 'The kind of digital certificate.',
  values: {
    INDIVIDUAL: 'A person on their own behalf; acts for an entity only through an authorization.',
    REPRESENTATIVE: "A legal representative of an entity (certificat de representant).",
    PUBLIC_EMPLOYEE: 'A public employee of an entity (certificat de personal al servei de l\'Administració).',
  },
});
registerDescribedEnum(AssuranceLevelValue, {
  name: 'AssuranceLevel',
  description: 'eIDAS level of assurance of the identification.',
  values: { LOW: 'Low.', SUBSTANTIAL: 'Substantial.', HIGH: 'High.' },
});
registerDescribedEnum(StaffRoleName, {
  name: 'StaffRoleName',
  description: 'What a staff member may do at a provider.',
  values: {
    EDITOR: 'Edits and publishes fitxes.',
    REVIEWER: 'Reviews submitted applications.',
    ADMIN: 'Administers the taxonomy; reviews applications and reads the editorial history.',
  },
});

@ObjectType('Certificate', { description: 'The digital certificate the person identified with.', simpleResolvers: true })
export class CertificateView {
  @Field(() => CertificateTypeValue, { description: 'The kind of certificate.' })
  type!: CertificateTypeValue;

  @Field(() => AssuranceLevelValue, { description: 'eIDAS assurance level.' })
  assurance!: AssuranceLevelValue;
}

@ObjectType('StaffRole', { description: 'A staff role at one provider.', simpleResolvers: true })
export class StaffRoleView {
  @Field(() => StaffRoleName, { description: 'The role.' })
  role!: StaffRoleName;

  @Field(() => ProviderNode, { description: 'The provider the role is held at.' })
  provider!: ProviderNode;
}

@ObjectType('Viewer', { description: 'The authenticated person.', simpleResolvers: true })
export class ViewerView {
  @Field(() => ID, { description: 'Opaque and stable for the person, so client caches keep one Viewer per person.' })
  id!: string;

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
  @Field(() => ID, { description: 'Global ID of the local entity.' })
  @MaxLength(200)
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
  @Field(() => ID, { description: 'Global ID of the authorization.' })
  @MaxLength(200)
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
