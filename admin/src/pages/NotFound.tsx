import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/Page';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFound')}>
      <p><Link to="/">{t('errors.back')}</Link></p>
    </Page>
  );
}
