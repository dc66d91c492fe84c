import { sdgName } from '../i18n/labels';
import { Locale } from '../i18n/locale';

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

/** An SDG as catalogues show it: "16. Pau, justícia i institucions sòlides". */
export function sdgLabel(goal: number, locale: Locale): string {
  return `${goal}. ${sdgName(goal, locale)}`;
}

/**
 * The counted values, plus every selected value no fitxa has (count 0) so a front end can still
 * show it ticked, ordered by count and then by label.
 */
export function withSelected(counted: FacetCount[], selected: { value: string; label: string }[]): FacetCount[] {
  const values = [...counted];
  for (const choice of selected) {
    if (!values.some((v) => v.value === choice.value)) values.push({ ...choice, count: 0 });
  }
  return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ca'));
}
