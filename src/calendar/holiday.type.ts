import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { MaxLength } from 'class-validator';
import { Term } from '../catalogue/resource.type';
import { TermUnit } from '../catalogue/resource-enums';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { DeadlineParty } from './deadline-party';
import { MutationPayload } from '../errors/user-error.type';
import { HolidayScope } from './holiday-scope';

registerDescribedEnum(HolidayScope, {
  name: 'HolidayScope',
  description: 'Who declares a holiday: Spain, Catalonia or a municipality.',
  values: {
    NATIONAL: 'A holiday throughout Spain (festa estatal).',
    CATALONIA: "A holiday of Catalonia, in the Generalitat's yearly order (DOGC).",
    ARAN: "A holiday of the Val d'Aran's nine municipalities (Festa d'Aran, 17 June), replacing a holiday of Catalonia there (`replaces`).",
    LOCAL: "A local holiday of one municipality (festa local), fixed by order at its council's proposal.",
  },
});

registerDescribedEnum(DeadlineParty, {
  name: 'DeadlineParty',
  description: 'Whose term it is (Llei 39/2015 art. 31.2): it decides where the count starts when the registration falls on a non-business day.',
  values: {
    ADMINISTRATION: "The Administration's term (the maximum term to resolve and notify, a target date): it runs from the actual registry instant (art. 21.3.b, 31.2.c).",
    APPLICANT: "The applicant's own term: in business days, a filing on a non-business day counts as made at the first hour of the next business day (art. 31.2.b).",
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

  @Field(() => DateScalar, { nullable: true, description: "For a Val d'Aran holiday: the holiday of Catalonia that is a working day in Aran instead (26 December); null otherwise." })
  replaces!: string | null;
}

@ObjectType('DeadlineComputation', { description: 'The last day of a term under Llei 39/2015 art. 30–31, and how it was reached.', simpleResolvers: true })
export class DeadlineComputationNode {
  @Field(() => DateScalar, { description: 'The day of the registration in Catalonia (Europe/Madrid).' })
  registrationDay!: string;

  @Field(() => DeadlineParty, { description: 'Whose term it is, which decides where the count starts (art. 31.2).' })
  party!: DeadlineParty;

  @Field(() => DateScalar, {
    description: "The day the count runs from: the registration day, or, for the applicant's terms in business days only, the next business day when it was not one (art. 31.2.b).",
  })
  effectiveFilingDay!: string;

  @Field(() => DateScalar, { description: 'The first day counted: the day after the filing (art. 30.3, 30.4); for business days the first business day after it.' })
  startDay!: string;

  @Field(() => DateScalar, { description: 'The last day of the term, moved to the next business day when it was not one (art. 30.5); for hours, the day the term ends.' })
  lastDay!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Terms in hours only: the instant the term ends (art. 30.1); null for days and months.' })
  endsAt!: Date | null;

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
  @Field(() => Int, { description: 'How many units, 1 to 1000 (1 to 24 for hours, art. 30.1).' })
  amount!: number;

  @Field(() => TermUnit, { description: 'Months, business days, calendar days or hours.' })
  unit!: TermUnit;
}

@InputType({ description: 'What to compute a deadline for.' })
export class ComputeDeadlineInput {
  @Field({ description: 'Slug of the provider (diputació) whose seat’s local holidays count.' })
  @MaxLength(64)
  provider!: string;

  @Field(() => Date, { description: 'The registration instant; its day in Catalonia counts (for hours, the minute).' })
  start!: Date;

  @Field(() => DeadlineParty, {
    defaultValue: DeadlineParty.ADMINISTRATION,
    description: 'Whose term it is: the Administration\'s (the default: "you will have an answer by…") or the applicant\'s (to correct, to allege).',
  })
  party!: DeadlineParty;

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

  @Field(() => HolidayScope, { nullable: true, description: 'LOCAL for a municipality (the default there); NATIONAL, CATALONIA (the default) or ARAN for the general calendar.' })
  scope?: HolidayScope | null;

  @Field(() => DateScalar, { nullable: true, description: 'ARAN holidays only: the holiday of Catalonia, in the same year, that it replaces in Aran.' })
  replaces?: Date | string | null;
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

@InputType({ description: "The Generalitat's yearly list of local holidays of every municipality, to import." })
export class ImportLocalHolidaysInput {
  @Field({
    description: 'CSV text, one holiday a line: year, INE code (5 digits, or 6 with the check digit), date (YYYY-MM-DD or DD/MM/YYYY), name; '
      + 'comma or semicolon separated, an optional header line. The whole file is checked first; any error and nothing is imported.',
  })
  @MaxLength(1_000_000)
  csv!: string;

  @Field({ description: "Where the dates come from, stored on each holiday, e.g. the DOGC order of the year's local holidays." })
  @MaxLength(500)
  source!: string;
}

@ObjectType({ description: 'What an import of local holidays did.', simpleResolvers: true })
export class LocalHolidayImportReportNode {
  @Field(() => Int, { description: 'Data lines read.' })
  rows!: number;

  @Field(() => Int, { description: 'Municipalities of the file found (by INE code) and imported.' })
  matched!: number;

  @Field(() => Int, { description: 'Holidays added.' })
  added!: number;

  @Field(() => Int, { description: 'Holidays on the same day whose name changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Holidays already recorded exactly as in the file.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Holidays of an imported municipality and year that the file no longer lists, removed.' })
  removed!: number;

  @Field(() => [String], { description: 'INE codes in the file that match no municipality; their lines were left out.' })
  unmatched!: string[];

  @Field(() => Int, { description: "Municipalities outside the provinces the caller administers, left as they were." })
  outsideTerritory!: number;
}

@ObjectType({ description: 'Result of importing local holidays.' })
export class ImportLocalHolidaysPayload extends MutationPayload {
  @Field(() => LocalHolidayImportReportNode, { nullable: true, description: 'What was imported; null when the file had errors and nothing changed.' })
  report!: LocalHolidayImportReportNode | null;
}
