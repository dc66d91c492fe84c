import { Field, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { LabelTable } from '../i18n/labels';
import { ApplicationDueDateChangeEntity, DueDateChangeReason, DueDateKind } from './due-date-change.entity';

registerDescribedEnum(DueDateKind, {
  name: 'DueDateKind',
  description: 'Which due date of an application.',
  values: {
    RESOLUTION: 'The last day to resolve and notify (the maximum term, Llei 39/2015 art. 21): `Application.resolutionDueDate`.',
    TARGET: "The provider's own target date, where the fitxa commits to one: `Application.targetDueDate`.",
  },
});
registerDescribedEnum(DueDateChangeReason, {
  name: 'DueDateChangeReason',
  description: 'Why a due date changed.',
  values: {
    SUBMITTED: 'Set when the application was registered.',
    SUSPENDED_FOR_CORRECTIONS: 'Moved by the suspended days of a request for corrections (art. 22.1.a), then to a business day.',
  },
});

export const DUE_DATE_KIND_LABELS: LabelTable<DueDateKind> = {
  RESOLUTION: { CA: 'Data màxima de resolució', ES: 'Fecha máxima de resolución', EN: 'Resolution due date' },
  TARGET: { CA: 'Data objectiu', ES: 'Fecha objetivo', EN: 'Target date' },
};

export const DUE_DATE_CHANGE_REASON_LABELS: LabelTable<DueDateChangeReason> = {
  SUBMITTED: { CA: 'Presentació de la sol·licitud', ES: 'Presentación de la solicitud', EN: 'Application submitted' },
  SUSPENDED_FOR_CORRECTIONS: { CA: "Suspensió per requeriment d'esmena", ES: 'Suspensión por requerimiento de subsanación', EN: 'Suspended for corrections' },
};

@ObjectType('DueDateChange', { description: "A change of one of an application's due dates, with its reason.", simpleResolvers: true })
export class DueDateChangeView {
  @Field(() => DueDateKind, { description: 'Which due date changed.' }) kind!: DueDateKind;
  @Field(() => DateScalar, { nullable: true, description: 'The date before; null for the first one.' }) previous!: string | null;
  @Field(() => DateScalar, { description: 'The date after.' }) next!: string;
  @Field(() => DueDateChangeReason, { description: 'Why it changed.' }) reason!: DueDateChangeReason;
  @Field(() => Int, { nullable: true, description: 'Calendar days of the suspension that moved it; null when it was not a suspension.' }) suspendedDays!: number | null;
  @Field(() => DateTimeScalar, { description: 'When it changed.' }) at!: Date;
}

export const toDueDateChangeView = (row: ApplicationDueDateChangeEntity): DueDateChangeView => ({
  kind: row.kind, previous: row.previous ?? null, next: row.next, reason: row.reason, suspendedDays: row.suspendedDays ?? null, at: row.at,
});
