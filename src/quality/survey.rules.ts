import { LIST_BOUNDS, NUMBER_BOUNDS, withinBound } from '../catalogue/content-bounds.rules';
import { SurveyQuestionKind } from '../catalogue/resource-enums';
import { SurveyQuestionSnapshot } from '../catalogue/resource-snapshot';
import { InputPath } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';

/*
 * The rules of answering a fitxa's survey (submitSurveyResponse), without a database: who may
 * answer when, and whether the answers fit the survey the application was filed against. The
 * service gathers the facts and writes only when both say nothing.
 */

/** Longest free-text answer: a few paragraphs of observations. */
export const MAX_SURVEY_TEXT_LENGTH = 4000;

/** What the service found about the application before answering. */
export interface SurveyFacts {
  /** A GRANT resolution was issued on the application (whatever happened to it afterwards). */
  granted: boolean;
  /** A response to the application's survey exists already. */
  answered: boolean;
  /** The survey the application was filed against has questions. */
  hasSurvey: boolean;
}

/**
 * Why the survey cannot be answered now, or null. A survey follows a grant: the entity rates a
 * service it received, so a submitted, denied or withdrawn application has nothing to rate. Once
 * answered, never again (also enforced by a unique index, for concurrent submissions).
 */
export function surveyRefusal(facts: SurveyFacts): UserErrorCode | null {
  if (!facts.granted) return UserErrorCode.NOT_GRANTED;
  if (facts.answered) return UserErrorCode.ALREADY_ANSWERED;
  if (!facts.hasSurvey) return UserErrorCode.NOT_ASKED;
  return null;
}

/** Whether `surveyAvailable` is true: the same rule as answering, for a person who may act for the entity. */
export const surveyAvailable = (facts: SurveyFacts & { mayAnswer: boolean }): boolean => facts.mayAnswer && surveyRefusal(facts) === null;

/** One answer as the caller sends it. */
export interface SurveyAnswerData {
  questionCode: string;
  rating?: number | null;
  text?: string | null;
}

/** An answer ready to store: kind and "fit to needs" copied from the question, so later edits of the survey change nothing. */
export interface CheckedSurveyAnswer {
  position: number;
  questionCode: string;
  kind: SurveyQuestionKind;
  fitToNeeds: boolean;
  rating: number | null;
  text: string | null;
}

type Question = Pick<SurveyQuestionSnapshot, 'code' | 'kind' | 'fitToNeeds' | 'required' | 'position'>;

/**
 * Checks the answers against the survey and returns every problem at once (each with its path
 * under ["input", "answers", i]) or the answers to store, in the survey's order. A RATING question
 * takes a whole number from 0 to 10 and no text; a FREE_TEXT one takes text and no rating. An
 * optional question may be left out or sent empty; a required one must be answered. Unknown codes
 * and a question answered twice are refused, and so is a response that answers nothing.
 */
export function checkSurveyAnswers(questions: readonly Question[], answers: readonly SurveyAnswerData[]): { errors: UserError[]; answers: CheckedSurveyAnswer[] } {
  const errors: UserError[] = [];
  const at = (...segments: (string | number)[]): InputPath => ['input', 'answers', ...segments.map(String)];
  if (answers.length > LIST_BOUNDS.survey) return { errors: [userError(UserErrorCode.TOO_MANY, at(), { max: LIST_BOUNDS.survey })], answers: [] };

  const byCode = new Map(questions.map((question) => [question.code, question]));
  const seen = new Set<string>();
  const checked: CheckedSurveyAnswer[] = [];
  answers.forEach((answer, index) => {
    const question = byCode.get(answer.questionCode);
    if (!question) {
      errors.push(userError(UserErrorCode.UNKNOWN_QUESTION, at(index, 'questionCode')));
      return;
    }
    if (seen.has(question.code)) {
      errors.push(userError(UserErrorCode.DUPLICATE, at(index, 'questionCode')));
      return;
    }
    seen.add(question.code);
    const text = answer.text == null ? null : answer.text.trim();
    const store = (value: { rating: number | null; text: string | null }) => checked.push({
      position: question.position, questionCode: question.code, kind: question.kind, fitToNeeds: question.fitToNeeds, ...value,
    });
    if (question.kind === SurveyQuestionKind.RATING) {
      if (text) errors.push(userError(UserErrorCode.INVALID_VALUE, at(index, 'text')));
      if (answer.rating == null) {
        if (question.required) errors.push(userError(UserErrorCode.REQUIRED, at(index, 'rating')));
      } else if (!withinBound(answer.rating, NUMBER_BOUNDS.rating)) {
        errors.push(userError(UserErrorCode.OUT_OF_RANGE, at(index, 'rating'), { min: NUMBER_BOUNDS.rating.min, max: NUMBER_BOUNDS.rating.max }));
      } else {
        store({ rating: answer.rating, text: null });
      }
      return;
    }
    if (answer.rating != null) errors.push(userError(UserErrorCode.INVALID_VALUE, at(index, 'rating')));
    if (!text) {
      if (question.required) errors.push(userError(UserErrorCode.REQUIRED, at(index, 'text')));
    } else if (text.length > MAX_SURVEY_TEXT_LENGTH) {
      errors.push(userError(UserErrorCode.TOO_LONG, at(index, 'text'), { max: MAX_SURVEY_TEXT_LENGTH }));
    } else {
      store({ rating: null, text });
    }
  });
  // A required question left out altogether: named by its code (the fitxa's, not the caller's input).
  for (const question of questions) {
    if (question.required && !seen.has(question.code)) errors.push(userError(UserErrorCode.REQUIRED, at(), { question: question.code }));
  }
  if (errors.length === 0 && checked.length === 0) errors.push(userError(UserErrorCode.REQUIRED, at()));
  if (errors.length > 0) return { errors, answers: [] };
  return { errors, answers: checked.sort((a, b) => a.position - b.position) };
}
