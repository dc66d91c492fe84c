import { TermUnit } from '../catalogue/resource-enums';
import { CalendarHoliday, computeDeadline, DeadlineTerm } from '../calendar/deadline';
import { DeadlineParty } from '../calendar/deadline-party';
import { addDays, formatDayCa, isDay } from '../calendar/days';
import { catalanDate, startOfCatalanDay } from '../clock';
import { InputPath } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';

/**
 * The rules of a revocation procedure (fitxa 111219; DESIGN.md "After submission") that need no
 * database: when it lapses, and what a diagnosis and a resolution must hold.
 */

/**
 * A procedure the Administration starts on its own with effects against the interested party
 * must be resolved and notified within its maximum term, or it lapses (Llei 39/2015 art. 25.1.b).
 * No rule sets another term for this one, so it is the 3 months of art. 21.3, counted from the
 * agreement that opens it (art. 21.3.a).
 */
export const REVOCATION_TERM: DeadlineTerm = { amount: 3, unit: TermUnit.MONTHS };

export interface RevocationTerm {
  /** The last day on which the revocation may still be resolved and notified. */
  lastDayToResolve: string;
  /** The first instant it is lapsed: midnight in Catalonia at the end of `lastDayToResolve`. */
  lapsesAt: Date;
}

/**
 * The term of a revocation opened at `openedAt`, with the calendar module's month rule: from the
 * day after the opening, date to date (art. 30.4: 30 November + 3 months is 28 February, the last
 * day of the shorter month), and moved to the next business day when it falls on a Saturday, a
 * Sunday or a holiday (art. 30.5), like every maximum term to resolve the service computes
 * (application-deadlines.ts). It is the Administration's term, so it runs from the opening itself
 * whatever the day (art. 31.2.b moves only the applicant's filings). `holidays` are those of the
 * provider's seat and of the entity's municipality (art. 30.6), as for the application's due dates.
 * The procedure is alive during the whole last day; it has lapsed from the first instant after it.
 */
export function revocationTerm(openedAt: Date, holidays: readonly CalendarHoliday[]): RevocationTerm {
  const { lastDay } = computeDeadline({ start: openedAt, term: REVOCATION_TERM, holidays, party: DeadlineParty.ADMINISTRATION });
  return { lastDayToResolve: lastDay, lapsesAt: startOfCatalanDay(addDays(lastDay, 1)) };
}

/** How long the texts of a diagnosis and of a resolution may be, and how many items a diagnosis lists. */
export const REVOCATION_BOUNDS = {
  items: 30,
  itemLength: 2000,
  reasonsLength: 20_000,
  competentBodyLength: 300,
} as const;

export interface Diagnosis {
  deficiencies: string[];
  measures: string[];
  /** The day by which the entity must remedy the deficiencies (YYYY-MM-DD). */
  deadline: string;
}

/**
 * A diagnosis as the reviewer sent it, trimmed, or why it cannot open a revocation: at least one
 * deficiency and one measure, each a non-empty text, none repeated; a remedy deadline after the
 * day of opening and no later than the last day to resolve (a deadline the procedure cannot wait
 * for would make the hearing pointless).
 */
export function checkDiagnosis(input: Diagnosis, openedAt: Date, term: RevocationTerm): { diagnosis: Diagnosis | null; errors: UserError[] } {
  const errors: UserError[] = [];
  const deficiencies = checkItems(input.deficiencies, ['input', 'deficiencies'], errors);
  const measures = checkItems(input.measures, ['input', 'measures'], errors);
  if (!isDay(input.deadline)) errors.push(userError(UserErrorCode.INVALID_DATE, ['input', 'deadline']));
  else if (input.deadline <= catalanDate(openedAt)) errors.push(userError(UserErrorCode.IN_THE_PAST, ['input', 'deadline']));
  else if (input.deadline > term.lastDayToResolve) {
    errors.push(userError(UserErrorCode.OUT_OF_RANGE, ['input', 'deadline'], { min: addDays(catalanDate(openedAt), 1), max: term.lastDayToResolve }));
  }
  return { diagnosis: errors.length ? null : { deficiencies, measures, deadline: input.deadline }, errors };
}

function checkItems(items: readonly string[], field: InputPath, errors: UserError[]): string[] {
  const trimmed = items.map((item) => item.trim());
  if (trimmed.length === 0) errors.push(userError(UserErrorCode.REQUIRED, field));
  if (trimmed.length > REVOCATION_BOUNDS.items) errors.push(userError(UserErrorCode.TOO_MANY, field, { max: REVOCATION_BOUNDS.items }));
  trimmed.forEach((item, index) => {
    if (!item) errors.push(userError(UserErrorCode.REQUIRED, [...field, String(index)]));
    else if (item.length > REVOCATION_BOUNDS.itemLength) errors.push(userError(UserErrorCode.TOO_LONG, [...field, String(index)], { max: REVOCATION_BOUNDS.itemLength }));
    else if (trimmed.indexOf(item) !== index) errors.push(userError(UserErrorCode.DUPLICATE, [...field, String(index)]));
  });
  return trimmed;
}

export interface RevocationDecision {
  reasons: string;
  competentBody: string;
}

/** The reasons and the competent body of a resolution that ends a revocation, trimmed, or why not. */
export function checkDecision(input: { reasons: string; competentBody?: string | null }): { decision: RevocationDecision | null; errors: UserError[] } {
  const errors: UserError[] = [];
  const reasons = input.reasons.trim();
  const competentBody = input.competentBody?.trim() ?? '';
  if (!reasons) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'reasons']));
  else if (reasons.length > REVOCATION_BOUNDS.reasonsLength) errors.push(userError(UserErrorCode.TOO_LONG, ['input', 'reasons'], { max: REVOCATION_BOUNDS.reasonsLength }));
  if (!competentBody) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'competentBody']));
  else if (competentBody.length > REVOCATION_BOUNDS.competentBodyLength) {
    errors.push(userError(UserErrorCode.TOO_LONG, ['input', 'competentBody'], { max: REVOCATION_BOUNDS.competentBodyLength }));
  }
  return { decision: errors.length ? null : { reasons, competentBody }, errors };
}

/**
 * What the entity is heard on when a revocation opens (art. 82): the diagnosis, in the words of
 * the notice the provider seals and registers (in Catalan, the language of its other notices).
 */
export function diagnosisStatement(diagnosis: Diagnosis): string {
  const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
  return [
    "El diagnòstic del servei ha detectat les deficiències següents en l'ús del recurs concedit:", list(diagnosis.deficiencies), '',
    "Per esmenar-les, l'ens ha d'adoptar les mesures següents:", list(diagnosis.measures), '',
    `Termini per adoptar-les: fins al ${formatDayCa(diagnosis.deadline)}.`,
    "Si no s'esmenen, la concessió es pot revocar. Podeu formular al·legacions i presentar els documents que considereu pertinents dins del termini d'audiència.",
  ].join('\n');
}
