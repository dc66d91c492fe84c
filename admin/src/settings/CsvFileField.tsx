import type { ChangeEvent } from 'react';
import { Field } from '../ui/Field';
import type { UserErrorLike } from '../ui/user-errors';

/**
 * An official list as CSV: a file chosen (read in the browser, so nothing is uploaded until the
 * form is sent) or text pasted. The textarea holds what is sent, as the API's `input.csv`, so the
 * API's errors about the file land right below it.
 */
export function CsvFileField({ fileId, fileLabel, label, hint, value, onChange, onReading, errors }: {
  fileId: string;
  fileLabel: string;
  label: string;
  hint: string;
  value: string;
  onChange: (text: string) => void;
  /** Told while a chosen file is being read, for a progress message. */
  onReading?: (reading: boolean) => void;
  errors: readonly UserErrorLike[];
}) {
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    onReading?.(true);
    try {
      onChange(await file.text());
    } finally {
      onReading?.(false);
    }
  };
  return (
    <>
      <div className="field">
        <label htmlFor={fileId}>{fileLabel}</label>
        <input id={fileId} type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event)} />
      </div>
      <Field id="input.csv" label={label} hint={hint} required errors={errors}>
        {(control) => <textarea {...control} rows={8} className="monospace" value={value} onChange={(event) => onChange(event.target.value)} />}
      </Field>
    </>
  );
}
