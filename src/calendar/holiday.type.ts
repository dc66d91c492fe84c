import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { MaxLength } from 'class-validator';
import { Term } from '../catalogue/resource.type';
import { TermUnit } from '../catalogue/resource-enums';
import { DateScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { HolidayScope } from './holiday-scope';

registerDescribedEnum(HolidayScope, {
  name: 'HolidayScope',
  description: 'Who declares a holiday: Spain, Catalonia or a municipality.',
  values: {
    NATIONAL: 'A holiday throughout Spain (festa estatal).',
    CATALONIA: "A holiday of Catalonia, in the Generalitat's yearly order (DOGC).",
    LOCAL: "A local holiday of one municipality (festa local), fixed by order at its council's proposal.",
  },
});

@ObjectType('Holiday', { description: 'A holiday (dia festiu): not a business day for administrative terms.', simpleResolvers: true })
export class HolidayNode {
  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;

  @Field({ description: 'Name in Catalan, e.g. "Dilluns de Pasqua Florida".' })
  name!: string;

  @Field(() => HolidayScope, { description: 'Spain, Catalonia or a municipality.' })
  scope!: HolidayScope;

  @Field(() => String, { nullable: true, description: 'INE code (5 digits) of the municipality of a local holiday; null for the others.' })
  municipality!: string | null;

  @Field({ description: 'Where the date comes from, e.g. the DOGC order of the year.' })
  source!: string;
}

@ObjectType('DeadlineComputation', { description: 'The last day of a term under Llei 39/2015 art. 30–31, and how it was reached.', simpleResolvers: true })
export class DeadlineComputationNode {
  @Field(() => DateScalar, { description: 'The day of the registration in Catalonia (Europe/Madrid).' })
  registrationDay!: string;

  @Field(() => DateScalar, { description: 'The registration day, or the next business day when it was not one (art. 31.2.b).' })
  effectiveFilingDay!: string;

  @Field(() => DateScalar, { description: 'The first day counted: the day after the filing (art. 30.3, 30.4); for business days the first business day after it.' })
  startDay!: string;

  @Field(() => DateScalar, { description: 'The last day of the term, moved to the next business day when it was not one (art. 30.5).' })
  lastDay!: string;

  @Field(() => Term, { description: 'The term computed.' })
  term!: Term;

  @Field(() => [HolidayNode], { description: 'Holidays on weekdays that the computation skipped.' })
  skippedHolidays!: HolidayNode[];

  @Field(() => [String], { description: 'The steps of the computation, one Catalan sentence each, for front ends.' })
  explanation!: string[];

  @Field(() => String, { nullable: true, description: "INE code of the applicant's municipality whose local holidays counted, if given." })
  municipality!: string | null;

  @Field({ description: "INE code of the provider's seat, whose local holidays counted." })
  seatMunicipality!: string;
}

@InputType({ description: 'A term: an amount of a unit.' })
export class TermInput {
  @Field(() => Int, { description: 'How many units, 1 to 1000.' })
  amount!: number;

  @Field(() => TermUnit, { description: 'Months, business days or calendar days.' })
  unit!: TermUnit;
}

@InputType({ description: 'What to compute a deadline for.' })
export class ComputeDeadlineInput {
  @Field({ description: 'Slug of the provider (diputació) whose seat’s local holidays count.' })
  @MaxLength(64)
  provider!: string;

  @Field(() => Date, { description: 'The registration instant; its day in Catalonia counts.' })
  start!: Date;

  @Field(() => TermInput, { description: 'The term.' })
  term!: TermInput;

  @Field(() => String, { nullable: true, description: "INE code (5 digits) of the applicant's municipality, whose local holidays also count (art. 30.6)." })
  @MaxLength(5)
  municipality?: string | null;
}

@InputType({ description: 'One holiday of a year.' })
export class HolidayDayInput {
  @Field(() => DateScalar, { description: 'The day, within the year.' })
  date!: Date | string;

  @Field({ description: 'Name in Catalan, at most 200 characters.' })
  name!: string;

  @Field(() => HolidayScope, { nullable: true, description: 'LOCAL for a municipality (the default there); NATIONAL or CATALONIA (the default) for the general calendar.' })
  scope?: HolidayScope | null;
}

@InputType({ description: "Replaces a year's holidays of one municipality, or of the general calendar of Catalonia." })
export class SetHolidaysInput {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => String, { nullable: true, description: "INE code (5 digits) of the municipality; null for the general calendar (Spain's and Catalonia's holidays)." })
  @MaxLength(5)
  municipality?: string | null;

  @Field(() => [HolidayDayInput], { description: 'Every holiday of that year and place; those not listed are removed.' })
  holidays!: HolidayDayInput[];

  @Field({ description: 'Where the dates come from, e.g. the DOGC order.' })
  @MaxLength(500)
  source!: string;
}

@ObjectType({ description: 'Result of setting holidays.' })
export class SetHolidaysPayload extends MutationPayload {
  @Field(() => [HolidayNode], { nullable: true, description: 'The holidays of that year and place now (null when nothing changed).' })
  holidays!: HolidayNode[] | null;
}
