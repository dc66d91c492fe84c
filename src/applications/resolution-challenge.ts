import { Label, labelOf } from '../i18n/labels';
import { DEFAULT_LOCALE, Locale } from '../i18n/locale';

/**
 * How a resolution may be challenged. Resolutions of a diputació's bodies end the administrative
 * route (Llei 7/1985 art. 52.2), so the remedies are the optional appeal for reconsideration
 * before the same body (recurs potestatiu de reposició, one month, Llei 39/2015 art. 123–124) or
 * the judicial appeal (recurs contenciós administratiu, two months, Llei 29/1998 art. 46), both
 * counted from the day after the notification. The same rows go into the sealed PDF (as one
 * labelled table) and onto the resolution row, so what the entity reads is what was recorded.
 */
export interface ChallengeRoute {
  remedy: string;
  term: string;
  before: string;
  legalBasis: string;
}

export interface ChallengeText {
  locale: Locale;
  introduction: string;
  headings: ChallengeRoute;
  routes: ChallengeRoute[];
  note: string;
}

const T = {
  introduction: {
    CA: 'Aquesta resolució posa fi a la via administrativa. Contra aquesta resolució es pot interposar:',
    ES: 'Esta resolución pone fin a la vía administrativa. Contra esta resolución se puede interponer:',
    EN: 'This decision ends the administrative procedure. It may be challenged as follows:',
  },
  remedy: { CA: 'Recurs', ES: 'Recurso', EN: 'Remedy' },
  term: { CA: 'Termini', ES: 'Plazo', EN: 'Term' },
  before: { CA: 'Davant de', ES: 'Ante', EN: 'Before' },
  legalBasis: { CA: 'Fonament', ES: 'Fundamento', EN: 'Legal basis' },
  reconsideration: { CA: 'Recurs potestatiu de reposició', ES: 'Recurso potestativo de reposición', EN: 'Optional appeal for reconsideration (recurs potestatiu de reposició)' },
  reconsiderationTerm: {
    CA: 'Un mes, a comptar de l\'endemà de la notificació',
    ES: 'Un mes, a contar desde el día siguiente a la notificación',
    EN: 'One month from the day after notification',
  },
  sameBody: { CA: 'El mateix òrgan que l\'ha dictada: {body}', ES: 'El mismo órgano que la ha dictado: {body}', EN: 'The body that issued it: {body}' },
  reconsiderationBasis: { CA: 'Llei 39/2015, art. 123 i 124', ES: 'Ley 39/2015, art. 123 y 124', EN: 'Law 39/2015, arts. 123–124' },
  judicial: { CA: 'Recurs contenciós administratiu', ES: 'Recurso contencioso-administrativo', EN: 'Judicial appeal (recurs contenciós administratiu)' },
  judicialTerm: {
    CA: 'Dos mesos, a comptar de l\'endemà de la notificació',
    ES: 'Dos meses, a contar desde el día siguiente a la notificación',
    EN: 'Two months from the day after notification',
  },
  court: { CA: 'Els jutjats contenciosos administratius', ES: 'Los juzgados de lo contencioso-administrativo', EN: 'The administrative courts (jutjats contenciosos administratius)' },
  judicialBasis: { CA: 'Llei 29/1998, art. 46', ES: 'Ley 29/1998, art. 46', EN: 'Law 29/1998, art. 46' },
  note: {
    CA: 'Si s\'interposa el recurs de reposició, no es pot interposar el contenciós administratiu fins que aquell s\'hagi resolt o se n\'hagi produït la desestimació presumpta (Llei 39/2015, art. 123.2). Es pot interposar qualsevol altre recurs que es consideri procedent.',
    ES: 'Si se interpone el recurso de reposición, no se puede interponer el contencioso-administrativo hasta que aquel se haya resuelto o se haya producido su desestimación presunta (Ley 39/2015, art. 123.2). Se puede interponer cualquier otro recurso que se considere procedente.',
    EN: 'Once an appeal for reconsideration is lodged, the judicial appeal must wait until it is decided or deemed dismissed (Law 39/2015, art. 123.2). Any other remedy considered appropriate may also be brought.',
  },
} as const satisfies Record<string, Label>;

/** The remedies against a resolution of `competentBody`, in the locale (Occitan reads Catalan, like every label). */
export function challengeText(competentBody: string, locale: Locale): ChallengeText {
  const t = (key: keyof typeof T) => labelOf(T, key, locale);
  return {
    locale: locale === Locale.ES || locale === Locale.EN ? locale : DEFAULT_LOCALE,
    introduction: t('introduction'),
    headings: { remedy: t('remedy'), term: t('term'), before: t('before'), legalBasis: t('legalBasis') },
    routes: [
      { remedy: t('reconsideration'), term: t('reconsiderationTerm'), before: t('sameBody').replace('{body}', competentBody), legalBasis: t('reconsiderationBasis') },
      { remedy: t('judicial'), term: t('judicialTerm'), before: t('court'), legalBasis: t('judicialBasis') },
    ],
    note: t('note'),
  };
}
