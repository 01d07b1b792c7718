import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';

export interface TableColumn<T> {
  /** The column's heading; with `hiddenHeader` it is read by screen readers only (e.g. "Actions"). */
  header: string;
  cell: (row: T) => ReactNode;
  hiddenHeader?: boolean;
}

interface DataTableProps<T> {
  /** The table's accessible name, also shown as its caption. */
  label: string;
  rows: readonly T[];
  columns: readonly TableColumn<T>[];
  rowKey: (row: T) => string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
}

/**
 * Every list in the console: react-aria's table (a grid the keyboard walks cell by cell, with
 * the first column as each row's header) under a visible caption.
 */
export function DataTable<T>({ label, rows, columns, rowKey, empty }: DataTableProps<T>) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <figure className="data-table">
      <figcaption>{label}</figcaption>
      <Table aria-label={label}>
        <TableHeader>
          {columns.map((column, index) => (
            <Column key={column.header} isRowHeader={index === 0}>
              {column.hiddenHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
            </Column>
          ))}
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <Row key={rowKey(row)} id={rowKey(row)}>
              {columns.map((column) => (
                <Cell key={column.header}>{column.cell(row)}</Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
