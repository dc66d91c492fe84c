import { catalanDate, startOfCatalanDay } from '../clock';
import { addDays, daysBetween } from '../calendar/days';
import { withinBound } from '../catalogue/content-bounds.rules';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import type { CorrectionItem } from './correction-request.entity';

/** Art. 68.1: ten business days unless the request says otherwise. */
export const DEFAULT_CORRECTION_TERM_DAYS = 10;
/**
 * Bounds of the term a reviewer may give, in business days. Art. 68.2 lets the term be extended by
 * up to five days; a shorter one than five would not be a real chance to correct, a longer one
 * than thirty would stall the procedure the suspension already stops.
 */
export const CORRECTION_TERM_BOUNDS = { min: 5, max: 30 } as const;

/** Items of one request and the length of each one's text: a request a person can read and answer. */
export const CORRECTION_ITEM_BOUNDS = { items: 30, textLength: 2000 } as const;

/** The last instant of a calendar day in Catalonia: a term whose last day is `day` is over after it. */
export function endOfCatalanDay(day: string): Date {
  return new Date(startOfCatalanDay(addDays(day, 1)).getTime() - 1);
}

export interface SuspensionFacts {
  /** When the request for corrections took effect: access or deemed rejection (notificationEffectiveAt); null before. */
  notifiedAt: Date | null;
  /** The last day of the term to correct (the applicant's term in business days, from notifiedAt); null before. */
  termLastDay: string | null;
  /** When the answer was registered; null while there is none. */
  answeredAt: Date | null;
}

export type Suspension =
  | { state: 'NOT_STARTED' }
  | { state: 'RUNNING'; from: string }
  | { state: 'ENDED'; from: string; until: string; days: number; endedBy: 'ANSWER' | 'TERM_OVER' };

/**
 * The suspension of the maximum term to resolve by a request for corrections (art. 22.1.a): "por
 * el tiempo que medie entre la notificación del requerimiento y su efectivo cumplimiento por el
 * destinatario, o, en su defecto, por el del transcurso del plazo concedido". It starts on the day
 * the request took effect and ends on the day of the answer, or on the last day of the term when
 * no answer came in it (a late answer does not stretch it). The suspended days are the calendar
 * days between the two (an answer on the day of the notification suspends nothing); counting from
 * the day after the notification matches how the term itself is counted (art. 30.3).
 */
export function correctionSuspension(facts: SuspensionFacts, now: Date): Suspension {
  if (!facts.notifiedAt || !facts.termLastDay) return { state: 'NOT_STARTED' };
  const from = catalanDate(facts.notifiedAt);
  const answerDay = facts.answeredAt ? catalanDate(facts.answeredAt) : null;
  if (answerDay && answerDay <= facts.termLastDay) {
    return { state: 'ENDED', from, until: answerDay, days: Math.max(0, daysBetween(from, answerDay)), endedBy: 'ANSWER' };
  }
  if (answerDay || now.getTime() > endOfCatalanDay(facts.termLastDay).getTime()) {
    return { state: 'ENDED', from, until: facts.termLastDay, days: daysBetween(from, facts.termLastDay), endedBy: 'TERM_OVER' };
  }
  return { state: 'RUNNING', from };
}

/**
 * A due date moved by a suspension: the suspended calendar days later, then to the first business
 * day from there (DESIGN.md "Terms"; art. 30.5 applied to the moved date).
 */
export function movedDueDate(dueDate: string, suspendedDays: number, isBusinessDay: (day: string) => boolean): string {
  let day = addDays(dueDate, suspendedDays);
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** What a reviewer sends, before it is checked. */
export interface CorrectionRequestDraft {
  items: { text: string; requirementCode?: string | null; documentCode?: string | null }[];
  termDays?: number | null;
}

/**
 * Checks a request for corrections against the bounds and the fitxa's codes, and gives it its
 * stored form (texts trimmed, empty codes as null). Every fault is reported, each at its field.
 */
export function checkCorrectionRequest(
  draft: CorrectionRequestDraft, known: { requirementCodes: ReadonlySet<string>; documentCodes: ReadonlySet<string> },
): { ok: true; items: CorrectionItem[]; termDays: number } | { ok: false; userErrors: UserError[] } {
  const errors: UserError[] = [];
  const termDays = draft.termDays ?? DEFAULT_CORRECTION_TERM_DAYS;
  if (!withinBound(termDays, CORRECTION_TERM_BOUNDS)) errors.push(userError(UserErrorCode.OUT_OF_RANGE, ['input', 'termDays'], CORRECTION_TERM_BOUNDS));
  if (draft.items.length === 0) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'items']));
  if (draft.items.length > CORRECTION_ITEM_BOUNDS.items) errors.push(userError(UserErrorCode.TOO_MANY, ['input', 'items'], { max: CORRECTION_ITEM_BOUNDS.items }));
  const items = draft.items.map((item, index): CorrectionItem => {
    const at = (field: string) => ['input', 'items', String(index), field] as const;
    const text = item.text.trim();
    if (!text) errors.push(userError(UserErrorCode.REQUIRED, at('text')));
    if (text.length > CORRECTION_ITEM_BOUNDS.textLength) errors.push(userError(UserErrorCode.TOO_LONG, at('text'), { max: CORRECTION_ITEM_BOUNDS.textLength }));
    const requirementCode = item.requirementCode?.trim() || null;
    const documentCode = item.documentCode?.trim() || null;
    if (requirementCode && !known.requirementCodes.has(requirementCode)) errors.push(userError(UserErrorCode.UNKNOWN_REQUIREMENT, at('requirementCode')));
    if (documentCode && !known.documentCodes.has(documentCode)) errors.push(userError(UserErrorCode.UNKNOWN_DOCUMENT, at('documentCode')));
    return { text, requirementCode, documentCode };
  });
  return errors.length ? { ok: false, userErrors: errors } : { ok: true, items, termDays };
}
