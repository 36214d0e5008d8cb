"use client"

import { Bar, BarChart as RBarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts"

export type Datum = { label: string; value: number }

/**
 * A bar chart drawn by Recharts at a fixed size, so the server renders the SVG (no layout
 * measuring) and CSS scales it to the screen. Decorative for screen readers: the table below
 * each chart carries the same numbers.
 */
export function BarChart({ data, horizontal = false, color = "#92400e", width = 640 }: { data: Datum[]; horizontal?: boolean; color?: string; width?: number }) {
  const height = horizontal ? Math.max(160, data.length * 28 + 40) : 280
  return (
    <div aria-hidden="true" className="w-full overflow-hidden [&_svg]:h-auto [&_svg]:max-w-full">
      {horizontal ? (
        <RBarChart accessibilityLayer={false} width={width} height={height} data={data} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e7e5e4" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 12 }} interval={0} />
          <Bar dataKey="value" fill={color} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" fontSize={12} />
          </Bar>
        </RBarChart>
      ) : (
        <RBarChart accessibilityLayer={false} width={width} height={height} data={data} margin={{ top: 24, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e7e5e4" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Bar dataKey="value" fill={color} isAnimationActive={false}>
            <LabelList dataKey="value" position="top" fontSize={12} />
          </Bar>
        </RBarChart>
      )}
    </div>
  )
}
