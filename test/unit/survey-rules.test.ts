import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResourceContentData, validateResourceContent } from '../../src/catalogue/resource-content.validation';
import { ResourceKind, SurveyQuestionKind } from '../../src/catalogue/resource-enums';
import { UserErrorCode } from '../../src/errors/user-error-code';
import { Locale } from '../../src/i18n/locale';
import { checkSurveyAnswers, MAX_SURVEY_TEXT_LENGTH, SurveyAnswerData, surveyAvailable, surveyRefusal } from '../../src/quality/survey.rules';

const { RATING, FREE_TEXT } = SurveyQuestionKind;
const question = (position: number, code: string, kind: SurveyQuestionKind, extra: { fitToNeeds?: boolean; required?: boolean } = {}) =>
  ({ position, code, kind, fitToNeeds: extra.fitToNeeds ?? false, required: extra.required ?? false });
/** The shape of 111219's survey: four required ratings, one of them "fit to needs", and optional observations. */
const SURVEY = [
  question(1, 'global', RATING, { required: true }),
  question(2, 'fit', RATING, { required: true, fitToNeeds: true }),
  question(3, 'clarity', RATING),
  question(4, 'remarks', FREE_TEXT),
];
const summary = (answers: SurveyAnswerData[]) => checkSurveyAnswers(SURVEY, answers).errors.map((e) => [e.code, e.field?.join('.')]);

describe('survey answers against the survey the application was filed against', () => {
  it('stores the answers in the survey\'s order, with kind and "fit to needs" copied from the questions', () => {
    const { errors, answers } = checkSurveyAnswers(SURVEY, [
      { questionCode: 'remarks', text: '  Molt bé.  ' }, { questionCode: 'fit', rating: 8 }, { questionCode: 'global', rating: 0 }, { questionCode: 'clarity', rating: 10 },
    ]);
    assert.deepEqual(errors, []);
    assert.deepEqual(answers, [
      { position: 1, questionCode: 'global', kind: RATING, fitToNeeds: false, rating: 0, text: null },
      { position: 2, questionCode: 'fit', kind: RATING, fitToNeeds: true, rating: 8, text: null },
      { position: 3, questionCode: 'clarity', kind: RATING, fitToNeeds: false, rating: 10, text: null },
      { position: 4, questionCode: 'remarks', kind: FREE_TEXT, fitToNeeds: false, rating: null, text: 'Molt bé.' },
    ]);
  });

  it('leaves out optional questions that were not answered, or answered empty', () => {
    const { errors, answers } = checkSurveyAnswers(SURVEY, [
      { questionCode: 'global', rating: 5 }, { questionCode: 'fit', rating: 9 }, { questionCode: 'clarity', rating: null }, { questionCode: 'remarks', text: '   ' },
    ]);
    assert.deepEqual(errors, []);
    assert.deepEqual(answers.map((a) => a.questionCode), ['global', 'fit']);
  });

  // [case, rating, expected error]
  const ratings: [string, number, [string, string][]][] = [
    ['below 0', -1, [['OUT_OF_RANGE', 'input.answers.0.rating']]],
    ['above 10', 11, [['OUT_OF_RANGE', 'input.answers.0.rating']]],
    ['a fraction', 5.5, [['OUT_OF_RANGE', 'input.answers.0.rating']]],
    ['not a number at all', Number.NaN, [['OUT_OF_RANGE', 'input.answers.0.rating']]],
  ];
  for (const [name, rating, expected] of ratings) {
    it(`refuses a rating ${name}`, () => assert.deepEqual(summary([{ questionCode: 'global', rating }, { questionCode: 'fit', rating: 7 }]), expected));
  }

  it('refuses unknown codes, a question answered twice, and the wrong kind of answer', () => {
    assert.deepEqual(summary([
      { questionCode: 'global', rating: 7 }, { questionCode: 'fit', rating: 7 }, { questionCode: 'nope', rating: 3 }, { questionCode: 'global', rating: 9 },
      { questionCode: 'clarity', rating: 6, text: 'comentari' }, { questionCode: 'remarks', rating: 4, text: 'text' },
    ]), [
      ['UNKNOWN_QUESTION', 'input.answers.2.questionCode'], ['DUPLICATE', 'input.answers.3.questionCode'],
      ['INVALID_VALUE', 'input.answers.4.text'], ['INVALID_VALUE', 'input.answers.5.rating'],
    ]);
  });

  it('refuses a required question left out or answered empty, naming it', () => {
    const { errors } = checkSurveyAnswers(SURVEY, [{ questionCode: 'global', rating: null }]);
    assert.deepEqual(errors.map((e) => [e.code, e.field?.join('.'), e.params]), [
      ['REQUIRED', 'input.answers.0.rating', undefined], ['REQUIRED', 'input.answers', { question: 'fit' }],
    ]);
  });

  it('refuses a response that answers nothing, even when nothing is required', () => {
    const optional = [question(1, 'remarks', FREE_TEXT)];
    assert.deepEqual(checkSurveyAnswers(optional, []).errors.map((e) => e.code), [UserErrorCode.REQUIRED]);
    assert.deepEqual(checkSurveyAnswers(optional, [{ questionCode: 'remarks', text: '' }]).errors.map((e) => e.code), [UserErrorCode.REQUIRED]);
  });

  it('bounds the free text and the number of answers', () => {
    const long = 'x'.repeat(MAX_SURVEY_TEXT_LENGTH + 1);
    assert.deepEqual(summary([{ questionCode: 'global', rating: 7 }, { questionCode: 'fit', rating: 7 }, { questionCode: 'remarks', text: long }]),
      [['TOO_LONG', 'input.answers.2.text']]);
    assert.equal(checkSurveyAnswers(SURVEY, [{ questionCode: 'global', rating: 7 }, { questionCode: 'fit', rating: 7 }, { questionCode: 'remarks', text: 'x'.repeat(MAX_SURVEY_TEXT_LENGTH) }]).errors.length, 0);
    const many = Array.from({ length: 31 }, (_, i) => ({ questionCode: `q${i}`, rating: 5 }));
    assert.deepEqual(summary(many), [['TOO_MANY', 'input.answers']]);
  });
});

describe('who may answer a survey, and when', () => {
  // [case, granted, answered, has survey, refusal]
  const cases: [string, boolean, boolean, boolean, UserErrorCode | null][] = [
    ['granted, not answered, with a survey', true, false, true, null],
    ['not granted (submitted, denied, withdrawn)', false, false, true, UserErrorCode.NOT_GRANTED],
    ['already answered', true, true, true, UserErrorCode.ALREADY_ANSWERED],
    ['granted, but the fitxa asked no survey', true, false, false, UserErrorCode.NOT_ASKED],
  ];
  for (const [name, granted, answered, hasSurvey, refusal] of cases) {
    it(name, () => {
      assert.equal(surveyRefusal({ granted, answered, hasSurvey }), refusal);
      // surveyAvailable is the same rule, for a person who may act for the entity.
      assert.equal(surveyAvailable({ granted, answered, hasSurvey, mayAnswer: true }), refusal === null);
      assert.equal(surveyAvailable({ granted, answered, hasSurvey, mayAnswer: false }), false);
    });
  }
});

describe("a fitxa's survey as editors save it", () => {
  const content = (survey: ResourceContentData['survey']): ResourceContentData => ({
    kind: ResourceKind.TECHNICAL, translations: [{ locale: Locale.CA, title: 'Suport' }], survey,
  });
  const text = (ca: string) => [{ locale: Locale.CA, text: ca }];
  const errors = (survey: ResourceContentData['survey']) => validateResourceContent(content(survey)).map((e) => [e.code, e.field?.join('.')]);

  it('accepts a survey with one "fit to needs" rating', () => {
    assert.deepEqual(errors([
      { code: 'global', text: text('Valoració global'), kind: RATING, required: true },
      { code: 'fit_1', text: [...text('Adequació'), { locale: Locale.ES, text: 'Adecuación' }], kind: RATING, fitToNeeds: true },
      { code: 'remarks', text: text('Observacions'), kind: FREE_TEXT },
    ]), []);
  });

  it('refuses two "fit to needs" questions, a free-text one, duplicate and malformed codes, and a question without Catalan', () => {
    assert.deepEqual(errors([
      { code: 'a', text: text('A'), kind: RATING, fitToNeeds: true },
      { code: 'b', text: text('B'), kind: RATING, fitToNeeds: true },
      { code: 'c', text: text('C'), kind: FREE_TEXT, fitToNeeds: true },
      { code: 'a', text: text('D'), kind: RATING },
      { code: 'Amb.Punt', text: text('E'), kind: RATING },
      { code: 'f', text: [{ locale: Locale.ES, text: 'Sólo castellano' }], kind: RATING },
      { code: 'g', text: [], kind: RATING },
    ]), [
      ['DUPLICATE', 'input.content.survey.1.fitToNeeds'],
      ['INVALID_VALUE', 'input.content.survey.2.fitToNeeds'],
      ['DUPLICATE', 'input.content.survey.3.code'],
      ['INVALID_FORMAT', 'input.content.survey.4.code'],
      ['REQUIRED', 'input.content.survey.5.text.CA'],
      ['REQUIRED', 'input.content.survey.6.text'],
    ]);
  });

  it('bounds the number of questions', () => {
    const many = Array.from({ length: 31 }, (_, i) => ({ code: `q${i}`, text: text(`Pregunta ${i}`), kind: RATING }));
    assert.deepEqual(errors(many), [['TOO_MANY', 'input.content.survey']]);
  });
});
