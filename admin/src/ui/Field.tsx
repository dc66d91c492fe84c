import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserErrorLike } from './user-errors';

/**
 * A labelled control with its hint and its errors right below it. The control gets the id, and
 * aria-describedby / aria-invalid through `controlProps`, so a screen reader reads the label, the
 * hint and the error together.
 */
export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly UserErrorLike[];
  required?: boolean;
  className?: string;
  children: (controlProps: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; required?: boolean }) => ReactNode;
}) {
  const { t } = useTranslation();
  const errors = props.errors ?? [];
  const hintId = props.hint ? `${props.id}--hint` : undefined;
  const errorId = errors.length ? `${props.id}--error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', errors.length ? 'field--invalid' : '', props.className ?? ''].join(' ').trim()}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="field__required"> ({t('common.required')})</span> : null}
      </label>
      {props.hint ? <p id={hintId} className="field__hint">{props.hint}</p> : null}
      {props.children({ id: props.id, 'aria-describedby': describedBy, ...(errors.length ? { 'aria-invalid': true as const } : {}), required: props.required })}
      {errors.length ? (
        <p id={errorId} className="field__error">
          {errors.map((error) => error.message).join(' ')}
        </p>
      ) : null}
    </div>
  );
}
