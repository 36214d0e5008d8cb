import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { CERTIFICATION_STATUSES, issuingLevelLabel, OCOP_GROUPS, groupLabel } from "@ocop-market/ocop"
import { adminFetch } from "../lib/api"
import { LabelSelect } from "../components/label-select"

type Cert = Record<string, any>
type Producer = { id: string; name: string; legal_type: string }

/** The product's OCOP certificate and producer, shown and edited on the product page. */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [cert, setCert] = useState<Cert | null>(null)
  const [producer, setProducer] = useState<Producer | null>(null)
  const [producers, setProducers] = useState<Producer[]>([])
  const [editing, setEditing] = useState(false)
  const [form, setForm] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)

  const load = async () => {
    const { product: p } = await adminFetch<{ product: any }>(
      `/admin/products/${product.id}?fields=id,+ocop_certification.*,+producer.*`,
    )
    setCert(p.ocop_certification ?? null)
    setProducer(p.producer ?? null)
  }
  useEffect(() => {
    void load()
    void adminFetch<{ producers: Producer[] }>("/admin/ocop/producers?limit=100").then((r) => setProducers(r.producers))
  }, [product.id])

  const startEdit = () => {
    setForm({
      star: String(cert?.star ?? 3),
      score: cert?.score != null ? String(cert.score) : "",
      group: cert?.group ?? "food",
      decision_number: cert?.decision_number ?? "",
      decision_date: cert?.decision_date ?? "",
      district: cert?.origin_district_name ?? "",
      commune: cert?.origin_commune_name ?? "",
      commune_code: cert?.origin_commune_code ?? "",
      producer_id: producer?.id ?? "",
    })
    setEditing(true)
  }

  const save = async () => {
    setSaving(true)
    try {
      await adminFetch(`/admin/products/${product.id}`, {
        method: "POST",
        body: {
          additional_data: {
            ocop_certification: {
              star: Number(form.star),
              score: form.score ? Number(form.score) : null,
              group: form.group,
              decision_number: form.decision_number,
              decision_date: form.decision_date,
              origin: { district: form.district, commune: form.commune, commune_code: form.commune_code || null },
            },
            ...(form.producer_id ? { producer_id: form.producer_id } : {}),
          },
        },
      })
      toast.success("Đã lưu chứng nhận OCOP")
      setEditing(false)
      await load()
    } catch (e) {
      // The backend names the field and the rule: show it as it is.
      toast.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const field = (name: string, label: string, type = "text") => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`ocop-${name}`}>{label}</Label>
      <Input
        id={`ocop-${name}`}
        type={type}
        value={form[name] ?? ""}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Chứng nhận OCOP</Heading>
        <div className="flex items-center gap-2">
          {cert && (
            <Badge color={cert.status === "active" ? "green" : "red"}>
              {cert.status === "active"
                ? `${cert.star}★ ${CERTIFICATION_STATUSES.active.vi.toLowerCase()}`
                : CERTIFICATION_STATUSES[cert.status as "expired" | "revoked"].vi}
            </Badge>
          )}
          {!editing && (
            <Button size="small" variant="secondary" onClick={startEdit}>
              {cert ? "Sửa" : "Thêm"}
            </Button>
          )}
        </div>
      </div>
      {!editing && cert && (
        <div className="grid grid-cols-2 gap-2 px-6 py-4 text-sm">
          <Text size="small">Quyết định</Text>
          <Text size="small">
            {cert.decision_number}, {cert.decision_date}
          </Text>
          <Text size="small">Cấp công nhận</Text>
          <Text size="small">{issuingLevelLabel(cert.issuing_level)}</Text>
          <Text size="small">Hiệu lực đến</Text>
          <Text size="small">{cert.valid_until}</Text>
          <Text size="small">Điểm / nhóm</Text>
          <Text size="small">
            {cert.score ?? "—"} / {groupLabel(cert.group)}
          </Text>
          <Text size="small">Xuất xứ (theo QĐ)</Text>
          <Text size="small">
            {cert.origin_commune_name}, {cert.origin_district_name}
          </Text>
          <Text size="small">Nay thuộc</Text>
          <Text size="small">
            {cert.current_commune_name}, {cert.current_province_name}
          </Text>
          <Text size="small">Chủ thể</Text>
          <Text size="small">{producer?.name ?? "—"}</Text>
          {cert.status_reason && (
            <>
              <Text size="small">Lý do</Text>
              <Text size="small">{cert.status_reason}</Text>
            </>
          )}
        </div>
      )}
      {!editing && !cert && (
        <Text className="px-6 py-4" size="small">
          Sản phẩm chưa có chứng nhận OCOP.
        </Text>
      )}
      {editing && (
        <div className="grid grid-cols-2 gap-3 px-6 py-4">
          {field("star", "Hạng sao (3–5)", "number")}
          {field("score", "Điểm (0–100)", "number")}
          <div className="flex flex-col gap-1">
            <Label>Nhóm sản phẩm</Label>
            <LabelSelect value={form.group} onChange={(v) => setForm({ ...form, group: v })} options={OCOP_GROUPS} />
          </div>
          {field("decision_number", "Số quyết định")}
          {field("decision_date", "Ngày quyết định", "date")}
          {field("district", "Huyện (theo QĐ)")}
          {field("commune", "Xã (theo QĐ)")}
          {field("commune_code", "Mã xã (5 số, nếu có)")}
          <div className="col-span-2 flex flex-col gap-1">
            <Label>Chủ thể OCOP</Label>
            <Select value={form.producer_id} onValueChange={(v) => setForm({ ...form, producer_id: v })}>
              <Select.Trigger>
                <Select.Value placeholder="Chọn chủ thể" />
              </Select.Trigger>
              <Select.Content>
                {producers.map((p) => (
                  <Select.Item key={p.id} value={p.id}>
                    {p.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="col-span-2 flex justify-end gap-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(false)}>
              Hủy
            </Button>
            <Button size="small" isLoading={saving} onClick={save}>
              Lưu
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductOcopWidget
