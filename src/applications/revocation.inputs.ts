import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';

// Sizes here only stop absurd input early (BAD_USER_INPUT); revocation.rules.ts checks each field
// against its own rule and the service answers with user errors.

@InputType({ description: "Open a revocation procedure on a granted application from the provider's diagnosis." })
export class OpenRevocationInput {
  @Field(() => ID, { description: 'Global ID of the granted application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => [String], { description: 'The deficiencies the diagnosis found; at least one.' }) @ArrayMaxSize(100) @MaxLength(10_000, { each: true }) deficiencies!: string[];
  @Field(() => [String], { description: 'The measures the entity must take to remedy them; at least one.' }) @ArrayMaxSize(100) @MaxLength(10_000, { each: true }) measures!: string[];
  @Field(() => DateScalar, { description: 'The day by which the entity must have taken the measures: after today, and no later than the last day to resolve the procedure.' }) deadline!: string;
}

@InputType({ description: 'Revoke a grant whose revocation procedure is open and whose entity was heard.' })
export class RevokeGrantInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'The reasons of the resolution.' }) @MaxLength(100_000) reasons!: string;
  @Field({ description: 'The body that resolves, e.g. "Presidència delegada de l\'Àrea d\'Innovació".' }) @MaxLength(1000) competentBody!: string;
}

@InputType({ description: 'Close an open revocation procedure without revoking: the application is granted again.' })
export class CloseRevocationInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'The reasons of the resolution, e.g. that the entity took the measures.' }) @MaxLength(100_000) reasons!: string;
  @Field({ description: 'The body that resolves.' }) @MaxLength(1000) competentBody!: string;
}
