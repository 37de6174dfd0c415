type Cell = string | number;

/**
 * An .xlsx workbook of one sheet (exceljs). exceljs is large, so it loads only when someone
 * asks for a workbook; the first screen does not wait for it.
 */
export async function xlsxBlob(sheetName: string, header: string[], rows: Cell[][]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'baeum';
  // Sheet names are at most 31 characters and may not hold : \ / ? * [ ].
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(...[header, ...rows].map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
