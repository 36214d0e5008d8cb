import type { ReactNode } from "react"
import { Group } from "@visx/group"
import { scaleBand, scaleLinear } from "@visx/scale"
import { Bar } from "@visx/shape"

export type Datum = { label: string; value: number }

/**
 * A bar chart drawn on the server as plain SVG (visx's scales and shapes, no client JavaScript),
 * scaled by CSS to the screen. Hidden from screen readers: the table below each chart carries the
 * same numbers.
 */
export function BarChart({
  data,
  horizontal = false,
  color = "#92400e",
  format = (n: number) => n.toLocaleString("vi-VN"),
}: {
  data: Datum[]
  horizontal?: boolean
  color?: string
  format?: (n: number) => string
}) {
  // drawn narrow, so that scaled to a phone the labels stay readable
  const width = horizontal ? 480 : 520
  const max = Math.max(1, ...data.map((d) => d.value))
  if (horizontal) {
    const labelWidth = 170
    const valueWidth = 80
    const height = Math.max(60, data.length * 30 + 8)
    const y = scaleBand({ domain: data.map((d) => d.label), range: [4, height - 4], padding: 0.25 })
    const x = scaleLinear({ domain: [0, max], range: [0, width - labelWidth - valueWidth] })
    return (
      <ChartSvg width={width} height={height}>
        {data.map((d) => (
          <Group key={d.label} top={y(d.label) ?? 0}>
            <text x={labelWidth - 8} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize={15} fill="#44403c">
              {d.label.length > 22 ? `${d.label.slice(0, 21)}…` : d.label}
            </text>
            <Bar x={labelWidth} y={0} width={Math.max(1, x(d.value))} height={y.bandwidth()} fill={color} rx={3} />
            <text x={labelWidth + x(d.value) + 6} y={y.bandwidth() / 2} dy="0.35em" fontSize={15} fill="#1c1917">
              {format(d.value)}
            </text>
          </Group>
        ))}
      </ChartSvg>
    )
  }
  const height = 260
  const top = 24
  const bottom = 28
  const x = scaleBand({ domain: data.map((d) => d.label), range: [0, width], padding: 0.3 })
  const y = scaleLinear({ domain: [0, max], range: [height - bottom, top] })
  return (
    <ChartSvg width={width} height={height}>
      <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} stroke="#d6d3d1" />
      {data.map((d) => (
        <Group key={d.label} left={x(d.label) ?? 0}>
          <Bar x={0} y={y(d.value)} width={x.bandwidth()} height={height - bottom - y(d.value)} fill={color} rx={3} />
          <text x={x.bandwidth() / 2} y={y(d.value) - 6} textAnchor="middle" fontSize={15} fill="#1c1917">
            {format(d.value)}
          </text>
          <text x={x.bandwidth() / 2} y={height - 8} textAnchor="middle" fontSize={15} fill="#44403c">
            {d.label}
          </text>
        </Group>
      ))}
    </ChartSvg>
  )
}

/** The chart's drawing: scales with its box; hidden from screen readers (the table beside it says the same). */
function ChartSvg({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      aria-hidden="true"
      role="presentation"
      data-chart="bar"
    >
      {children}
    </svg>
  )
}
