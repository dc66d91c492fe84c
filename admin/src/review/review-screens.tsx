import { useParams } from 'react-router';
import { homeLinks, routes } from '../routes';
import { ApplicationFile } from './ApplicationFile';
import { CommunicateDelay } from './CommunicateDelay';
import { DecisionDelays } from './DecisionDelays';
import { QualityReport } from './QualityReport';
import { ReviewQueue } from './Queue';

/**
 * The reviewers' screens (issue 14): a provider's queue, an application's file with its actions,
 * the delay tasks with the communication of a delay (issue 13), the quality report.
 */
routes.push(
  { path: '/:provider/revisio', element: <ReviewQueue /> },
  { path: '/:provider/revisio/:id', element: <ApplicationFileOf /> },
  { path: '/:provider/retards', element: <DecisionDelays /> },
  { path: '/:provider/retards/:id', element: <CommunicateDelayOf /> },
  { path: '/:provider/qualitat', element: <QualityReport /> },
);
homeLinks.push(
  { role: 'REVIEWER', labelKey: 'review.homeLink', to: (provider) => `/${provider}/revisio` },
  { role: 'REVIEWER', labelKey: 'review.delays.link', to: (provider) => `/${provider}/retards` },
  { role: 'REVIEWER', labelKey: 'review.quality.link', to: (provider) => `/${provider}/qualitat` },
);

/** A fresh file (and forms) for each application, so a half-filled form never follows to the next one. */
function ApplicationFileOf() {
  const { id } = useParams();
  return <ApplicationFile key={id} />;
}

/** Likewise a fresh delay form for each application. */
function CommunicateDelayOf() {
  const { id } = useParams();
  return <CommunicateDelay key={id} />;
}
