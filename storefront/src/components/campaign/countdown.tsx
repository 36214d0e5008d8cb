"use client"

import { useEffect, useState } from "react"

/** Days, hours, minutes and seconds until a moment; the server renders the first value. */
export function Countdown({ until, label, locale }: { until: string; label: string; locale: "vi" | "en" }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(t)
  }, [])
  const left = Math.max(0, Date.parse(until) - now)
  const d = Math.floor(left / 86_400_000)
  const h = Math.floor((left % 86_400_000) / 3_600_000)
  const m = Math.floor((left % 3_600_000) / 60_000)
  const s = Math.floor((left % 60_000) / 1000)
  const units = locale === "vi" ? ["ngày", "giờ", "phút", "giây"] : ["days", "hours", "min", "sec"]
  return (
    <div className="flex flex-wrap items-baseline gap-2" role="timer" aria-label={label}>
      <span className="text-sm text-stone-700">{label}</span>
      {[d, h, m, s].map((v, i) => (
        <span
          key={units[i]}
          className="rounded-md bg-white px-2 py-1 font-mono text-lg font-bold tabular-nums text-brand-700"
          suppressHydrationWarning
        >
          {String(v).padStart(2, "0")} <span className="text-xs font-normal text-stone-600">{units[i]}</span>
        </span>
      ))}
    </div>
  )
}
