import { useTranslation } from 'react-i18next';
import { problemText } from '../format/problemText.js';

/** An error as readable sentences (problem+json in words), announced to screen readers. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { headline, lines, detail } = problemText(error, t);
  return (
    <div className="notice error" role="alert">
      <p className="headline">
        <span aria-hidden="true">⚠ </span>
        {headline}
      </p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {detail && (
        <p className="detail">
          {t('errors.serverSaid')}: {detail}
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
