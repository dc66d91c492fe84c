import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload } from '../errors/user-error.type';
import { registerDescribedEnum } from '../graphql/described-enum';
import { toGlobalId } from '../graphql/global-id';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { ApplicationNode } from './application.type';
import { RevocationOutcome } from './revocation-outcome';
import { RevocationEntity } from './revocation.entity';
import { ResolutionView, toResolutionView } from './resolution.type';

registerDescribedEnum(RevocationOutcome, {
  name: 'RevocationOutcome',
  description: 'How a revocation procedure ended.',
  values: {
    REVOKED: 'The grant was revoked by resolution after hearing the entity; the entity may apply again.',
    CLOSED: 'Closed by resolution without revoking; the application is granted again.',
    LAPSED: 'Not resolved within 3 months of its opening (Llei 39/2015 art. 25.1.b): declared lapsed, the application is granted again.',
  },
});

@ObjectType('Revocation', { description: "A revocation procedure on a granted application, opened from the provider's diagnosis (fitxa 111219).", simpleResolvers: true })
export class RevocationView {
  @Field(() => ID, { description: 'Opaque ID of the procedure.' }) id!: string;
  @Field(() => [String], { description: 'The deficiencies the diagnosis found.' }) deficiencies!: string[];
  @Field(() => [String], { description: 'The measures the entity must take to remedy them.' }) measures!: string[];
  @Field(() => DateScalar, { description: 'The day by which the entity must have taken the measures.' }) deadline!: string;
  @Field(() => DateTimeScalar, { description: 'When the procedure was opened.' }) openedAt!: Date;
  @Field(() => DateScalar, { description: 'The last day to resolve it: 3 months from the opening, date to date, moved off non-business days (art. 21.3, 30.4, 30.5).' }) lastDayToResolve!: string;
  @Field(() => DateTimeScalar, { description: 'The instant it lapses if still unresolved (art. 25.1.b): the end of `lastDayToResolve` in Catalonia.' }) lapsesAt!: Date;
  @Field({ description: 'True while the procedure is open (no outcome yet).' }) open!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was resolved or declared lapsed; null while open.' }) closedAt!: Date | null;
  @Field(() => RevocationOutcome, { nullable: true, description: 'How it ended; null while open.' }) outcome!: RevocationOutcome | null;
  @Field(() => String, { nullable: true, description: 'The reasons of the resolution that ended it; null while open and for a lapse.' }) reasons!: string | null;
  @Field(() => String, { nullable: true, description: 'The body that resolved it; null while open and for a lapse.' }) competentBody!: string | null;
  @Field(() => ID, { nullable: true, description: 'The hearing its opening started (art. 82): the notice of the diagnosis and the allegations; a Hearing id.' }) hearingId!: string | null;
  @Field(() => ResolutionView, { nullable: true, description: 'The resolution that ended it (revoking or closing), with its sealed PDF; null while open and for a lapse.' }) resolution!: ResolutionView | null;
}

export function toRevocationView(revocation: RevocationEntity): RevocationView {
  return {
    id: toGlobalId('Revocation', revocation.id),
    deficiencies: revocation.deficiencies,
    measures: revocation.measures,
    deadline: revocation.deadline,
    openedAt: revocation.openedAt,
    lastDayToResolve: revocation.lastDayToResolve,
    lapsesAt: revocation.lapsesAt,
    open: revocation.closedAt == null,
    closedAt: revocation.closedAt ?? null,
    outcome: revocation.outcome ?? null,
    reasons: revocation.reasons ?? null,
    competentBody: revocation.competentBody ?? null,
    hearingId: revocation.hearing ? toGlobalId('Hearing', revocation.hearing.id) : null,
    resolution: revocation.resolution ? toResolutionView(revocation.resolution) : null,
  };
}

@ObjectType('RevocationPayload', { description: 'Result of an act of a revocation procedure.' })
export class RevocationPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands; null when nothing was done.' }) application!: ApplicationNode | null;
  @Field(() => RevocationView, { nullable: true, description: 'The revocation procedure as it now stands; null when nothing was done.' }) revocation!: RevocationView | null;
}
