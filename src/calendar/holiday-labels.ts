import { LabelTable } from '../i18n/labels';
import { HolidayScope } from './holiday-scope';

export const HOLIDAY_SCOPE_LABELS: LabelTable<HolidayScope> = {
  NATIONAL: { CA: 'Festa estatal', ES: 'Fiesta estatal', EN: 'National holiday' },
  CATALONIA: { CA: 'Festa de Catalunya', ES: 'Fiesta de Cataluña', EN: 'Catalan holiday' },
  ARAN: { CA: "Festa de la Val d'Aran", ES: 'Fiesta del Valle de Arán', EN: "Val d'Aran holiday" },
  LOCAL: { CA: 'Festa local', ES: 'Fiesta local', EN: 'Local holiday' },
};
