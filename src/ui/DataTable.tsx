import type { ReactNode } from 'react';

/** A column's heading; `numeric` columns are right-aligned (class `num`), as their cells should be. */
export type Column = string | { label: string; numeric?: boolean };

/**
 * A table with a row of column headings and, when given, a caption that only screen readers
 * get (the heading above the table says the same to the eye). `children` are the body's rows.
 */
export function DataTable({
  columns,
  caption,
  className = 'sc-table',
  testId,
  children,
}: {
  columns: readonly Column[];
  caption?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <table className={className} data-testid={testId}>
      {caption !== undefined && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => {
            const col = typeof c === 'string' ? { label: c } : c;
            return (
              <th key={i} scope="col" className={col.numeric ? 'num' : undefined}>
                {col.label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
