import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts"
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATES,
  campaignState,
  formatVnd,
  OCOP_GROUPS,
  type CampaignFigures,
} from "@ocop-market/ocop"
import { adminFetch } from "../../lib/api"
import { LabelSelect } from "../../components/label-select"

type CampaignRow = {
  id: string
  handle: string
  title_vi: string
  kind: string
  discount_type: "percentage" | "fixed"
  discount_value: number
  target_product_ids: string[]
  campaign: {
    id: string
    starts_at: string
    ends_at: string
    budget?: { type: string; limit: number; used: number } | null
    promotions?: { code: string; is_automatic: boolean }[]
  }
}
type Results = {
  total: CampaignFigures
  by_producer: (CampaignFigures & { producer: { name: string } })[]
  by_day: (CampaignFigures & { day: string })[]
  budget: { type: string; limit: number; used: number } | null
}

/** Campaign times are read in Vietnam, wherever the admin sits. */
const VN = { timeZone: "Asia/Ho_Chi_Minh" } as const
const STATE_COLOR = { upcoming: "blue", active: "green", ended: "grey" } as const
const state = (c: CampaignRow) => {
  const s = campaignState(c.campaign.starts_at, c.campaign.ends_at)
  return [CAMPAIGN_STATES[s].vi, STATE_COLOR[s]] as const
}
/** "2026-12-01T08:00" (a datetime-local input, Vietnam time) → ISO with +07:00. */
const toIso = (local: string) => (local ? `${local}:00+07:00` : "")

/** The province's trade-promotion campaigns: list, create, and each one's results. */
const CampaignsPage = () => {
  const [rows, setRows] = useState<CampaignRow[]>([])
  const [shop, setShop] = useState<string | null>(null)
  const [selected, setSelected] = useState<CampaignRow | null>(null)
  const [results, setResults] = useState<Results | null>(null)
  const [form, setForm] = useState({
    title_vi: "",
    title_en: "",
    handle: "",
    kind: "online_week",
    story_vi: "",
    story_en: "",
    place: "",
    starts_at: "",
    ends_at: "",
    discount_type: "percentage",
    discount_value: "10",
    groups: [] as string[],
    producer_ids: "",
    code: "",
    code_limit: "",
    budget_type: "",
    budget_limit: "",
  })
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value })

  const load = () =>
    adminFetch<{ campaigns: CampaignRow[]; storefront_url: string | null }>("/admin/ocop/campaigns").then((r) => {
      setRows(r.campaigns)
      setShop(r.storefront_url)
    })
  useEffect(() => {
    void load()
  }, [])
  useEffect(() => {
    if (selected) void adminFetch<Results>(`/admin/ocop/campaigns/${selected.id}/results`).then(setResults)
  }, [selected])

  const create = async () => {
    try {
      await adminFetch("/admin/ocop/campaigns", {
        method: "POST",
        body: {
          handle: form.handle,
          title_vi: form.title_vi,
          title_en: form.title_en,
          story_vi: form.story_vi || null,
          story_en: form.story_en || null,
          kind: form.kind,
          place: form.place || null,
          starts_at: toIso(form.starts_at),
          ends_at: toIso(form.ends_at),
          discount: { type: form.discount_type, value: Number(form.discount_value) },
          target: {
            groups: form.groups.length ? form.groups : undefined,
            producer_ids: form.producer_ids ? form.producer_ids.split(/[\s,]+/).filter(Boolean) : undefined,
          },
          code: form.code ? { code: form.code, limit: form.code_limit ? Number(form.code_limit) : null } : null,
          budget: form.budget_type ? { type: form.budget_type, limit: Number(form.budget_limit) } : null,
        },
      })
      toast.success(`Đã tạo chiến dịch ${form.title_vi}`)
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Chiến dịch xúc tiến thương mại</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Giảm giá qua khuyến mãi của Medusa; một sản phẩm chỉ thuộc một chiến dịch tại một thời điểm.
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Chiến dịch</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>Giảm</Table.HeaderCell>
              <Table.HeaderCell>Thời gian</Table.HeaderCell>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((c) => {
              const [label, color] = state(c)
              return (
                <Table.Row key={c.id}>
                  <Table.Cell>{c.title_vi}</Table.Cell>
                  <Table.Cell>
                    <Badge color={color}>{label}</Badge>
                  </Table.Cell>
                  <Table.Cell>
                    {c.discount_type === "percentage" ? `${c.discount_value}%` : formatVnd(c.discount_value)}
                    {c.campaign.promotions?.some((p) => !p.is_automatic)
                      ? ` · mã ${c.campaign.promotions.find((p) => !p.is_automatic)!.code}`
                      : ""}
                  </Table.Cell>
                  <Table.Cell>
                    {new Date(c.campaign.starts_at).toLocaleString("vi-VN", VN)} –{" "}
                    {new Date(c.campaign.ends_at).toLocaleString("vi-VN", VN)}
                  </Table.Cell>
                  <Table.Cell>{c.target_product_ids.length}</Table.Cell>
                  <Table.Cell className="flex gap-2">
                    <Button size="small" variant="secondary" onClick={() => setSelected(c)}>
                      Kết quả
                    </Button>
                    {shop && (
                      <a
                        className="text-ui-fg-interactive text-sm underline"
                        href={`${shop}/chien-dich/${c.handle}`}
                        target="_blank"
                        rel="noreferrer"
                      >
                        Xem trước
                      </a>
                    )}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </Container>

      {selected && results && (
        <Container className="flex flex-col gap-3 px-6 py-4">
          <Heading level="h2">Kết quả: {selected.title_vi}</Heading>
          <Text>
            {results.total.orders} đơn · {results.total.units} sản phẩm · doanh thu{" "}
            {formatVnd(results.total.revenue_before)} trước giảm, {formatVnd(results.total.revenue_after)} sau giảm ·{" "}
            {results.total.unique_buyers} người mua
            {results.budget
              ? ` · ngân sách đã dùng ${results.budget.used}/${results.budget.limit}${results.budget.type === "spend" ? " ₫" : " lượt"}`
              : ""}
          </Text>
          <BarChart
            width={640}
            height={220}
            data={results.by_day.map((d) => ({ day: d.day.slice(5), revenue: d.revenue_after }))}
          >
            <CartesianGrid vertical={false} stroke="#e5e7eb" />
            <XAxis dataKey="day" />
            <YAxis width={80} tickFormatter={(v: number) => v.toLocaleString("vi-VN")} />
            <Bar dataKey="revenue" fill="#92400e" isAnimationActive={false} />
          </BarChart>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Chủ thể</Table.HeaderCell>
                <Table.HeaderCell>Đơn</Table.HeaderCell>
                <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                <Table.HeaderCell>Trước giảm</Table.HeaderCell>
                <Table.HeaderCell>Sau giảm</Table.HeaderCell>
                <Table.HeaderCell>Người mua</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {results.by_producer.map((p) => (
                <Table.Row key={p.producer.name}>
                  <Table.Cell>{p.producer.name}</Table.Cell>
                  <Table.Cell>{p.orders}</Table.Cell>
                  <Table.Cell>{p.units}</Table.Cell>
                  <Table.Cell>{formatVnd(p.revenue_before)}</Table.Cell>
                  <Table.Cell>{formatVnd(p.revenue_after)}</Table.Cell>
                  <Table.Cell>{p.unique_buyers}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <a
            className="text-ui-fg-interactive text-sm underline"
            href={`/admin/ocop/campaigns/${selected.id}/results?format=csv`}
          >
            Tải CSV
          </a>
        </Container>
      )}

      <Container className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2">Tạo chiến dịch</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <Label htmlFor="c-title-vi">Tên (tiếng Việt)</Label>
            <Input id="c-title-vi" value={form.title_vi} onChange={set("title_vi")} />
          </div>
          <div>
            <Label htmlFor="c-title-en">Tên (tiếng Anh)</Label>
            <Input id="c-title-en" value={form.title_en} onChange={set("title_en")} />
          </div>
          <div>
            <Label htmlFor="c-handle">Đường dẫn (handle)</Label>
            <Input id="c-handle" value={form.handle} onChange={set("handle")} placeholder="tuan-le-ocop-ha-noi" />
          </div>
          <div>
            <Label>Loại</Label>
            <LabelSelect value={form.kind} onChange={(v) => setForm({ ...form, kind: v })} options={CAMPAIGN_KINDS} />
          </div>
          <div>
            <Label htmlFor="c-start">Bắt đầu (giờ Việt Nam)</Label>
            <Input id="c-start" type="datetime-local" value={form.starts_at} onChange={set("starts_at")} />
          </div>
          <div>
            <Label htmlFor="c-end">Kết thúc (giờ Việt Nam)</Label>
            <Input id="c-end" type="datetime-local" value={form.ends_at} onChange={set("ends_at")} />
          </div>
          <div>
            <Label>Kiểu giảm</Label>
            <Select value={form.discount_type} onValueChange={(v) => setForm({ ...form, discount_type: v })}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="percentage">Phần trăm</Select.Item>
                <Select.Item value="fixed">Số tiền (₫)</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="c-value">Mức giảm</Label>
            <Input id="c-value" type="number" value={form.discount_value} onChange={set("discount_value")} />
          </div>
          <div className="col-span-2">
            <Label>Nhóm sản phẩm được giảm</Label>
            <div className="flex flex-wrap gap-3">
              {OCOP_GROUPS.map(({ code: v, vi: l }) => (
                <label key={v} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    checked={form.groups.includes(v)}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        groups: e.target.checked ? [...form.groups, v] : form.groups.filter((g) => g !== v),
                      })
                    }
                  />
                  {l}
                </label>
              ))}
            </div>
          </div>
          <div className="col-span-2">
            <Label htmlFor="c-producers">Mã chủ thể (cách nhau bởi dấu phẩy)</Label>
            <Input id="c-producers" value={form.producer_ids} onChange={set("producer_ids")} />
          </div>
          <div>
            <Label htmlFor="c-code">Mã giảm giá (không bắt buộc)</Label>
            <Input id="c-code" value={form.code} onChange={set("code")} placeholder="TET-2027" />
          </div>
          <div>
            <Label htmlFor="c-code-limit">Số lượt dùng mã</Label>
            <Input id="c-code-limit" type="number" value={form.code_limit} onChange={set("code_limit")} />
          </div>
          <div>
            <Label>Ngân sách</Label>
            <Select
              value={form.budget_type || "none"}
              onValueChange={(v) => setForm({ ...form, budget_type: v === "none" ? "" : v })}
            >
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="none">Không giới hạn</Select.Item>
                <Select.Item value="spend">Số tiền giảm (₫)</Select.Item>
                <Select.Item value="usage">Số đơn</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="c-budget">Hạn mức ngân sách</Label>
            <Input id="c-budget" type="number" value={form.budget_limit} onChange={set("budget_limit")} />
          </div>
          <div className="col-span-2">
            <Label htmlFor="c-place">Địa điểm (hội chợ)</Label>
            <Input id="c-place" value={form.place} onChange={set("place")} />
          </div>
          <div className="col-span-2">
            <Label htmlFor="c-story-vi">Câu chuyện (tiếng Việt)</Label>
            <Textarea id="c-story-vi" value={form.story_vi} onChange={set("story_vi")} />
          </div>
          <div className="col-span-2">
            <Label htmlFor="c-story-en">Câu chuyện (tiếng Anh)</Label>
            <Textarea id="c-story-en" value={form.story_en} onChange={set("story_en")} />
          </div>
        </div>
        <Button onClick={create}>Tạo chiến dịch</Button>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Chiến dịch", icon: ReceiptPercent })

export default CampaignsPage
