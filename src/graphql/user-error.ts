import { Field, ObjectType } from 'type-graphql';

/** An expected business failure, returned in a mutation's payload (nothing was written). */
@ObjectType('UserError', { description: 'Why a mutation did not do what was asked; nothing was written.', simpleResolvers: true })
export class UserError {
  @Field({ description: 'Stable machine-readable code, e.g. INVALID_NIF.' })
  code!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "granteeNif"].' })
  field!: string[] | null;

  @Field({ description: 'Human-readable explanation.' })
  message!: string;
}

export const userError = (code: string, message: string, field: string[] | null = null): UserError => ({ code, message, field });
