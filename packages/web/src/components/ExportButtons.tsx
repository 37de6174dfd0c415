import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvBlob } from '../export/csv.js';
import { download } from '../export/download.js';
import { xlsxBlob } from '../export/xlsx.js';

type Cell = string | number;

interface Props {
  /** File name without extension, e.g. `sessions-2026-W49`. */
  fileName: string;
  sheetName: string;
  header: () => string[];
  rows: () => Cell[][];
}

/** CSV (UTF-8 with BOM) and Excel downloads of what a table shows, in the current language. */
export function ExportButtons({ fileName, sheetName, header, rows }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const xlsx = async () => {
    setBusy(true);
    try {
      download(`${fileName}.xlsx`, await xlsxBlob(sheetName, header(), rows()));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons">
      <button type="button" onClick={() => download(`${fileName}.csv`, csvBlob(header(), rows()))}>
        {t('table.exportCsv')}
      </button>
      <button type="button" onClick={xlsx} disabled={busy} aria-busy={busy}>
        {t('table.exportXlsx')}
      </button>
    </div>
  );
}
