import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from './ContentForm';
import { describePath } from './describe-path';
import { differences } from './paths';

export interface Conflict {
  version: number;
  content: Content;
  actorName: string | null;
  at: string | null;
}

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Another editor saved while this one was editing (STALE_VERSION): both versions side by side,
 * field by field, and a plain choice. Nothing is saved until the editor picks one.
 */
export function ConflictPanel({ conflict, mine, keepMine, takeTheirs }: { conflict: Conflict; mine: Content; keepMine: () => void; takeTheirs: () => void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [conflict]);
  const changed = differences(mine, conflict.content);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title" data-screen="conflict">
      <h2 id="conflict-title" tabIndex={-1} ref={heading}>{t('editor.conflictTitle')}</h2>
      <p>{t('editor.conflictText', {
        version: conflict.version,
        who: conflict.actorName ?? t('editor.anotherEditor'),
        when: conflict.at ? new Date(conflict.at).toLocaleString(i18n.language) : '',
      })}</p>
      <table>
        <caption>{t('editor.conflictCaption', { count: changed.length })}</caption>
        <thead>
          <tr><th scope="col">{t('editor.field')}</th><th scope="col">{t('editor.yourVersion')}</th><th scope="col">{t('editor.theirVersion', { version: conflict.version })}</th></tr>
        </thead>
        <tbody>
          {changed.map((change) => (
            <tr key={change.path}><th scope="row">{describePath(change.path, t)}</th><td>{show(change.mine)}</td><td>{show(change.theirs)}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="conflict__actions">
        <button type="button" className="button" onClick={keepMine}>{t('editor.keepMine', { version: conflict.version })}</button>
        <button type="button" className="button button--secondary" onClick={takeTheirs}>{t('editor.takeTheirs')}</button>
      </div>
    </section>
  );
}
