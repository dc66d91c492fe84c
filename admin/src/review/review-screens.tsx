import './review.css';
import { useParams } from 'react-router';
import { homeLinks, routes } from '../routes';
import { ApplicationFile } from './ApplicationFile';
import { QualityReport } from './QualityReport';
import { ReviewQueue } from './Queue';

/** The reviewers' screens (issue 14): a provider's queue, an application's file with its actions, the quality report. */
routes.push(
  { path: '/:provider/revisio', element: <ReviewQueue /> },
  { path: '/:provider/revisio/:id', element: <ApplicationFileOf /> },
  { path: '/:provider/qualitat', element: <QualityReport /> },
);
homeLinks.push(
  { role: 'REVIEWER', labelKey: 'review.homeLink', to: (provider) => `/${provider}/revisio` },
  { role: 'REVIEWER', labelKey: 'review.quality.link', to: (provider) => `/${provider}/qualitat` },
);

/** A fresh file (and forms) for each application, so a half-filled form never follows to the next one. */
function ApplicationFileOf() {
  const { id } = useParams();
  return <ApplicationFile key={id} />;
}
