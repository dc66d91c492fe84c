import './review.css';
import { useParams } from 'react-router';
import { homeLinks, routes } from '../routes';
import { ApplicationFile } from './ApplicationFile';
import { ReviewQueue } from './Queue';

/** The reviewers' screens (issue 14): a provider's queue and an application's file with its actions. */
routes.push(
  { path: '/:provider/revisio', element: <ReviewQueue /> },
  { path: '/:provider/revisio/:id', element: <ApplicationFileOf /> },
);
homeLinks.push({ role: 'REVIEWER', labelKey: 'review.homeLink', to: (provider) => `/${provider}/revisio` });

/** A fresh file (and forms) for each application, so a half-filled form never follows to the next one. */
function ApplicationFileOf() {
  const { id } = useParams();
  return <ApplicationFile key={id} />;
}
