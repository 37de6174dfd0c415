import { useTranslation } from 'react-i18next';
import { NO_DATA_FILL, SHADE_RAMP } from './shading.js';

/** The map's key: every symbol with its name (shape and words, not colour alone). */
export function Legend({
  shading,
  symbols,
}: {
  shading?: string;
  symbols: ('center' | 'stop' | 'stop-unused' | 'route' | 'venue' | 'depot')[];
}) {
  const { t } = useTranslation();
  const names = {
    center: t('map.center'),
    stop: t('map.stop'),
    'stop-unused': `${t('map.stop')} (${t('map.stopUnused')})`,
    route: t('map.route'),
    venue: t('map.venue'),
    depot: t('map.depot'),
  };
  return (
    <>
      {shading && (
        <span className="legend-ramp">
          <span>{shading}:</span> <span>{t('map.legendLow')}</span>
          <span className="ramp" aria-hidden="true">
            {SHADE_RAMP.map((colour) => (
              <i key={colour} style={{ background: colour }} />
            ))}
          </span>
          <span>{t('map.legendHigh')}</span>
          <i className="swatch" style={{ background: NO_DATA_FILL }} aria-hidden="true" />
          <span>{t('map.legendNoData')}</span>
        </span>
      )}
      {symbols.map((symbol) => (
        <span key={symbol} className="legend-item">
          <i className={`symbol ${symbol}`} aria-hidden="true" />
          {names[symbol]}
        </span>
      ))}
    </>
  );
}
