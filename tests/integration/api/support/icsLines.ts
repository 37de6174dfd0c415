/** The content lines of an iCalendar text, folded lines (CRLF + space) joined back (RFC 5545 3.1). */
export function icsLines(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
}

/** `2026-12-02T13:30:00+09:00` as the local iCalendar form `20261202T133000`. */
export function icsLocal(instant: string): string {
  return instant.slice(0, 19).replace(/[-:]/g, '');
}
