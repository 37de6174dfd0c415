import type { RegionDirectory } from '@baeum/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFormat } from './dates.js';
import { placeNames } from './names.js';
import { numberFormat } from './numbers.js';

/** Dates, numbers and names in the current language, for a region's screens. */
export function useFormats(directory: RegionDirectory) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      t,
      dates: dateFormat(t, language, directory.region.timezone),
      numbers: numberFormat(t, language),
      names: placeNames(directory, t, language),
    }),
    [t, language, directory],
  );
}

export type Formats = ReturnType<typeof useFormats>;
