import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { CreateIndicatorInput, IndicatorDirection, OutcomeIndicator, UpdateIndicatorInput } from '@cg/web/data-access';
import { fromIsoDate, isoOrNull } from '@cg/web/ui';

/** The indicator form's answers. */
export interface IndicatorFormValue {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: Date | null;
  targetValue: number | null;
  targetDate: Date | null;
  source: string | null;
}

export function emptyIndicatorForm(): IndicatorFormValue {
  return {
    name: '',
    unit: '',
    direction: IndicatorDirection.INCREASE,
    baselineValue: null,
    baselineDate: null,
    targetValue: null,
    targetDate: null,
    source: null,
  };
}

export function toIndicatorFormValue(indicator: OutcomeIndicator): IndicatorFormValue {
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    baselineValue: indicator.baselineValue ?? null,
    baselineDate: fromIsoDate((indicator.baselineDate as string | null) ?? null),
    targetValue: indicator.targetValue ?? null,
    targetDate: fromIsoDate((indicator.targetDate as string | null) ?? null),
    source: indicator.source ?? null,
  };
}

function numberOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function fields(value: IndicatorFormValue) {
  return {
    name: value.name.trim(),
    unit: value.unit.trim(),
    direction: value.direction,
    baselineValue: numberOrNull(value.baselineValue),
    baselineDate: isoOrNull(value.baselineDate),
    targetValue: numberOrNull(value.targetValue),
    targetDate: isoOrNull(value.targetDate),
    source: value.source?.trim() || null,
  };
}

export function toCreateIndicatorInput(outcomeId: string, value: IndicatorFormValue): CreateIndicatorInput {
  const all = fields(value);
  // Leave out what was not given, so the API's defaults apply.
  const given = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null)) as Partial<typeof all>;
  return { outcomeId, ...given, name: all.name, unit: all.unit };
}

export function toUpdateIndicatorInput(id: string, version: number, value: IndicatorFormValue): UpdateIndicatorInput {
  return { id, version, ...fields(value) };
}

/**
 * Form-level check: the target date must come after the baseline date. Sets `targetBeforeBaseline`
 * on the group and on the target date control, so the message shows next to that field.
 */
export const targetAfterBaseline: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const baseline = group.get('baselineDate');
  const target = group.get('targetDate');
  const b = baseline?.value as Date | null | undefined;
  const t = target?.value as Date | null | undefined;
  const wrong = !!b && !!t && b instanceof Date && t instanceof Date && t.getTime() <= b.getTime();
  if (target) {
    const { targetBeforeBaseline: _ignored, ...others } = target.errors ?? {};
    void _ignored;
    const next = wrong ? { ...others, targetBeforeBaseline: true } : others;
    const same = JSON.stringify(next) === JSON.stringify(target.errors ?? {});
    if (!same) target.setErrors(Object.keys(next).length ? next : null, { emitEvent: false });
  }
  return wrong ? { targetBeforeBaseline: true } : null;
};
