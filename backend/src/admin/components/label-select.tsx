import { Select } from "@medusajs/ui"

/** A select over one of packages/ocop's label tables (groups, legal types, campaign kinds), in Vietnamese. */
export function LabelSelect<T extends string>({
  value,
  onChange,
  options,
}: {
  value: string
  onChange: (value: T) => void
  options: readonly { code: T; vi: string }[]
}) {
  return (
    <Select value={value} onValueChange={(v) => onChange(v as T)}>
      <Select.Trigger>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((o) => (
          <Select.Item key={o.code} value={o.code}>
            {o.vi}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
