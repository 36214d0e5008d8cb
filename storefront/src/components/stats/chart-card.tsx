import type { ReactNode } from "react"
import { BarChart, type Datum } from "./bar-chart"

/** A chart with its numbers in a table (what screen readers and the press copy from). */
export function ChartCard({
  id,
  title,
  data,
  horizontal,
  valueHeader,
  labelHeader,
  format,
  children,
}: {
  id: string
  title: string
  data: Datum[]
  horizontal?: boolean
  labelHeader: string
  valueHeader: string
  format?: (n: number) => string
  children?: ReactNode
}) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid={id}
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      <BarChart data={data} horizontal={horizontal} format={format} />
      <details>
        <summary className="cursor-pointer text-sm text-stone-700 underline">
          {valueHeader} — {labelHeader}
        </summary>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-stone-200 text-left">
              <th scope="col" className="py-1">
                {labelHeader}
              </th>
              <th scope="col" className="py-1 text-right">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label} className="border-b border-stone-100">
                <th scope="row" className="py-1 text-left font-normal">
                  {d.label}
                </th>
                <td className="py-1 text-right tabular-nums">
                  {format ? format(d.value) : d.value.toLocaleString("vi-VN")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
