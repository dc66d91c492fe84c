import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserErrorLike } from '../ui/user-errors';

/**
 * One import of an official list at a time: `working` while the API reads the file, then either
 * its user errors (every one, so each lands next to its field) or its report.
 */
export function useImport<R>() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [report, setReport] = useState<R | null>(null);
  const [working, setWorking] = useState(false);
  const run = async (send: () => Promise<{ report?: R | null; userErrors: readonly UserErrorLike[] } | undefined>) => {
    setWorking(true);
    setErrors([]);
    setReport(null);
    try {
      const payload = await send();
      setErrors([...(payload?.userErrors ?? [{ code: 'UNEXPECTED', message: t('errors.unexpected') }])]);
      setReport(payload?.report ?? null);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    } finally {
      setWorking(false);
    }
  };
  return { errors, report, working, run };
}
