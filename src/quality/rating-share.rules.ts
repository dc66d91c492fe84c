import { catalanDate } from '../clock';
import { BreachCase, BreachKind } from './quality-report';

/** One rating answer of a survey response, as the rating indicators see it. */
export interface RatingFacts {
  applicationId: string;
  registryNumber: string | null;
  questionCode: string;
  /** 0–10. */
  rating: number;
  /** The question is the survey's "fit to needs" one. */
  fitToNeeds: boolean;
  /** When the response was submitted. */
  submittedAt: Date;
}

/**
 * "Garantir que el 100% de les valoracions … sobre qualsevol pregunta de l'enquesta … siguin iguals
 * o superiors a 5 sobre 10" (SURVEY_RATING_AT_LEAST: every rating answer, the fit-to-needs one
 * included) and "un mínim del 80% de les valoracions … sobre l'ajust del recurs … a les seves
 * necessitats siguin iguals o superiors a 8" (FIT_TO_NEEDS_RATING_AT_LEAST: the fit-to-needs
 * answers only). The cases are the rating answers of the responses submitted in the period (the
 * caller selects them); free-text answers are no rating. Each answer below the threshold is a
 * breach, with its question. Pure.
 */
export function countRatingsAtLeast(threshold: number, answers: readonly RatingFacts[], options: { fitToNeedsOnly: boolean }): {
  cases: number; casesMeeting: number; hardLimitBreaches: number; breaches: BreachCase[];
} {
  const counted = options.fitToNeedsOnly ? answers.filter((answer) => answer.fitToNeeds) : answers;
  const below = counted.filter((answer) => answer.rating < threshold);
  return {
    cases: counted.length,
    casesMeeting: counted.length - below.length,
    hardLimitBreaches: 0,
    breaches: below.map((answer) => ({
      kind: BreachKind.RATING_BELOW_THRESHOLD, applicationId: answer.applicationId, registryNumber: answer.registryNumber,
      day: catalanDate(answer.submittedAt), dueDate: null, businessDays: null, rating: answer.rating, questionCode: answer.questionCode,
    })),
  };
}
