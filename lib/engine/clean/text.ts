// Shared line helpers for the cleaning steps. Every step works on LF-only text split into lines.

/** LF line breaks, no NUL or other control characters, no invisible zero-width marks. */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Control characters (binary junk) and zero-width marks carry no words; tabs and breaks stay.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060\uFEFF]/g, '')
      .replace(/\u00A0/g, ' ')
  );
}

/** Trailing spaces off every line, at most two blank lines in a row, no blank edges. */
export function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{4,}/g, '\n\n\n')
    .replace(/^\n+|\n+$/g, '');
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Non-blank lines from `start` to the end. */
export function countFilledLines(lines: readonly string[], start: number): number {
  let count = 0;
  for (let i = start; i < lines.length; i++) if (!isBlank(lines[i])) count++;
  return count;
}
