import type { ReactNode } from "react";

/**
 * A chart's numbers as a table, folded under the chart (a `<details>`; printed unfolded, without
 * its toggle, by a print rule in app/globals.css): what a screen reader, a reader who wants the
 * exact figures, a printout or a copy into a spreadsheet needs.
 */
export function ChartTable({ summary, headers, rows }: { summary: string; headers: ReactNode[]; rows: ReactNode[][] }) {
  return (
    <details data-chart-table className="mt-2 text-sm">
      <summary className="cursor-pointer text-blue-800 underline dark:text-blue-300 print:hidden">{summary}</summary>
      <table className="mt-2 border-collapse">
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className="border-b border-slate-300 px-2 py-1 text-left font-medium dark:border-slate-700">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowIndex}>
              {cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-2 py-0.5 text-left font-normal">{cell}</th>
                ) : (
                  <td key={index} className="px-2 py-0.5 text-right tabular-nums">{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
