import { Input, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label over its control, as the dashboard's forms lay them out. */
export function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <Label>{label}</Label>
      {children}
    </div>
  )
}

/** A labelled text input that reports its new value. */
export function TextField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <Labelled label={label}>
      <Input value={value} onChange={(e) => onChange(e.target.value)} />
    </Labelled>
  )
}
