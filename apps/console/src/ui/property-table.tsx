import type { ReactNode } from 'react';

export interface Property {
  label: string;
  value: ReactNode;
}

/**
 * One record's properties, a row each: the label is the row's header, the value its cell. A
 * plain table, not a grid: there is nothing to walk cell by cell, so it reads as a table does.
 */
export function PropertyTable({ label, properties }: { label: string; properties: readonly Property[] }) {
  return (
    <table className="properties" aria-label={label}>
      <tbody>
        {properties.map((property) => (
          <tr key={property.label}>
            <th scope="row">{property.label}</th>
            <td>{property.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
