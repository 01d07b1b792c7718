/** How every benchmark prints its figures: grouped numbers, percentages, aligned tables. */

export const number = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const percent = (share: number): string => `${number(share * 100, 1)}%`;

/** A header, a rule and the rows, the first column left-aligned and the others right-aligned. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((cells) => cells[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}
