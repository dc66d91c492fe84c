import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ResolutionDecision } from './resolution-kind';

// Lengths here only stop absurd input early (BAD_USER_INPUT); the services check each field
// against its own rule and answer with user errors.

@InputType({ description: 'Hear the entity before resolving on facts it did not bring (Llei 39/2015 art. 82).' })
export class OpenHearingInput {
  @Field(() => ID, { description: 'Global ID of a submitted application of your provider.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'The facts, allegations or evidence the resolution would rest on, and why; the notice states them.' }) @MaxLength(50_000) reasons!: string;
  @Field(() => Int, { nullable: true, description: 'Business days to make allegations, 10 to 15 (art. 82.2); 10 when not given.' })
  @Min(-1000) @Max(1000) termDays?: number | null;
}

@InputType({ description: 'Allegations answering the open hearing, signed like a submission.' })
export class SubmitAllegationsInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'What the entity alleges.' }) @MaxLength(50_000) statement!: string;
  @Field(() => [ID], { nullable: true, description: 'Files you uploaded (POST /files) to send with the allegations.' })
  @ArrayMaxSize(50) @MaxLength(200, { each: true }) attachmentIds?: string[] | null;
  @Field({ description: 'Your signature (compact JWS with x5c, or CAdES-BES base64) over signedActContent(subject: ALLEGATIONS) for this statement and these files.' })
  @MaxLength(200_000) signature!: string;
  @Field({ description: 'Your key for this act (8–100 of A–Z a–z 0–9 . _ : -); a retry with the same key returns the same registry entry.' })
  @MaxLength(200) idempotencyKey!: string;
}

@InputType({ description: 'Resolve an application (the provider\'s reviewers and admins).' })
export class ResolveApplicationInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => ResolutionDecision, { description: 'What is decided.' }) decision!: ResolutionDecision;
  @Field({ description: 'The reasons (fonaments) of the decision; the resolution states them.' }) @MaxLength(50_000) reasons!: string;
  @Field({ description: 'The body that decides, e.g. "Presidència de la Diputació de Lleida"; appeals for reconsideration go before it.' }) @MaxLength(1000) competentBody!: string;
  @Field(() => Boolean, { nullable: true, description: 'A denial rests on facts, allegations or evidence the applicant did not bring, so the entity must have been heard first (art. 82.4); false when not given.' })
  restsOnOtherFacts?: boolean | null;
}
