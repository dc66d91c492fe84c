/**
 * The figures of a commitment stated as a share ("el 50% de les aprovacions…", "un mínim del 80%
 * de les valoracions…"): the value in percent and whether the commitment was met. Pure.
 *
 * - value: cases meeting / cases, in percent rounded to one decimal (66.7), null without cases;
 * - met: the exact share (not the rounded one) reaches the target, and nothing breached the hard
 *   limit ("però mai en més de 3 mesos": one breach misses the commitment whatever the share);
 *   null when there was nothing to measure, no case and no breach.
 */
export function shareFigures(input: { cases: number; casesMeeting: number; targetPercent: number; hardLimitBreaches?: number }): {
  valuePercent: number | null;
  met: boolean | null;
} {
  const { cases, casesMeeting, targetPercent } = input;
  const breaches = input.hardLimitBreaches ?? 0;
  const valuePercent = cases > 0 ? Math.round((casesMeeting * 1000) / cases) / 10 : null;
  if (cases === 0) return { valuePercent, met: breaches > 0 ? false : null };
  // Integers on both sides: 2 of 3 against 66 % is 200 >= 198, with no rounding in between.
  const shareReached = casesMeeting * 100 >= targetPercent * cases;
  return { valuePercent, met: shareReached && breaches === 0 };
}
