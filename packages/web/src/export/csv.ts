type Cell = string | number;

function quoted(cell: Cell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark: without it Excel reads the file as the system's
 * legacy code page and Korean comes out garbled.
 */
export function csvBlob(header: string[], rows: Cell[][]): Blob {
  const lines = [header, ...rows].map((row) => row.map(quoted).join(','));
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
