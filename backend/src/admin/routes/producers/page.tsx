import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ProducerStaffPanel } from "../../components/producer-staff"
import { LEGAL_TYPES, legalTypeLabel, type LegalType } from "@ocop-market/ocop"
import { adminFetch } from "../../lib/api"
import { LabelSelect } from "../../components/label-select"
import { Labelled, TextField } from "../../components/fields"

type Producer = {
  id: string
  name: string
  handle: string
  legal_type: LegalType
  commune_code: string | null
  commune_name: string | null
  phone: string | null
  representative: string | null
  description: string | null
  sample_data: boolean
}

/** The province's list of OCOP producers ("chủ thể OCOP"), with search and a form to add one. */
const ProducersPage = () => {
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const [data, setData] = useState<{ producers: Producer[]; count: number }>({ producers: [], count: 0 })
  const [form, setForm] = useState({ name: "", legal_type: "cooperative", commune_code: "", phone: "" })
  const [editing, setEditing] = useState<Producer | null>(null)

  const saveEdit = async () => {
    if (!editing) return
    try {
      await adminFetch(`/admin/ocop/producers/${editing.id}`, {
        method: "POST",
        body: {
          name: editing.name,
          legal_type: editing.legal_type,
          commune_code: editing.commune_code || null,
          phone: editing.phone || null,
          representative: editing.representative || null,
          description: editing.description || null,
        },
      })
      toast.success(`Đã lưu ${editing.name}`)
      setEditing(null)
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const limit = 20

  const load = () =>
    adminFetch<{ producers: Producer[]; count: number }>(
      `/admin/ocop/producers?limit=${limit}&offset=${page * limit}${q ? `&q=${encodeURIComponent(q)}` : ""}`,
    ).then(setData)
  useEffect(() => {
    void load()
  }, [q, page])

  const create = async () => {
    try {
      await adminFetch("/admin/ocop/producers", {
        method: "POST",
        body: {
          name: form.name,
          legal_type: form.legal_type,
          commune_code: form.commune_code || null,
          phone: form.phone || null,
        },
      })
      toast.success(`Đã thêm ${form.name}`)
      setForm({ name: "", legal_type: "cooperative", commune_code: "", phone: "" })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading>Chủ thể OCOP ({data.count})</Heading>
          <Input
            placeholder="Tìm theo tên"
            value={q}
            onChange={(e) => {
              setPage(0)
              setQ(e.target.value)
            }}
            className="w-64"
          />
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên</Table.HeaderCell>
              <Table.HeaderCell>Loại hình</Table.HeaderCell>
              <Table.HeaderCell>Xã/phường (nay)</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.producers.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  {p.name} {p.sample_data && <Badge size="2xsmall">mẫu</Badge>}
                </Table.Cell>
                <Table.Cell>{legalTypeLabel(p.legal_type)}</Table.Cell>
                <Table.Cell>{p.commune_name ?? "—"}</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="transparent" onClick={() => setEditing({ ...p })}>
                    Sửa
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Table.Pagination
          count={data.count}
          pageSize={limit}
          pageIndex={page}
          pageCount={Math.ceil(data.count / limit)}
          canPreviousPage={page > 0}
          canNextPage={(page + 1) * limit < data.count}
          previousPage={() => setPage(page - 1)}
          nextPage={() => setPage(page + 1)}
        />
      </Container>
      {editing && (
        <Container className="flex flex-col gap-3 px-6 py-4">
          <Heading level="h2">Sửa: {editing.name}</Heading>
          <div className="grid grid-cols-2 gap-3">
            <TextField label="Tên" value={editing.name} onChange={(v) => setEditing({ ...editing, name: v })} />
            <Labelled label="Loại hình">
              <LabelSelect
                value={editing.legal_type}
                onChange={(v) => setEditing({ ...editing, legal_type: v })}
                options={LEGAL_TYPES}
              />
            </Labelled>
            <TextField
              label="Mã xã/phường hiện nay (5 số)"
              value={editing.commune_code ?? ""}
              onChange={(v) => setEditing({ ...editing, commune_code: v })}
            />
            <TextField
              label="Điện thoại"
              value={editing.phone ?? ""}
              onChange={(v) => setEditing({ ...editing, phone: v })}
            />
            <TextField
              label="Người đại diện"
              value={editing.representative ?? ""}
              onChange={(v) => setEditing({ ...editing, representative: v })}
            />
            <TextField
              label="Giới thiệu"
              value={editing.description ?? ""}
              onChange={(v) => setEditing({ ...editing, description: v })}
            />
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setEditing(null)}>
              Hủy
            </Button>
            <Button onClick={saveEdit}>Lưu</Button>
          </div>
          <ProducerStaffPanel producerId={editing.id} />
        </Container>
      )}
      <Container className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2">Thêm chủ thể</Heading>
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Tên" value={form.name} onChange={(v) => setForm({ ...form, name: v })} />
          <Labelled label="Loại hình">
            <LabelSelect
              value={form.legal_type}
              onChange={(v) => setForm({ ...form, legal_type: v })}
              options={LEGAL_TYPES}
            />
          </Labelled>
          <TextField
            label="Mã xã/phường hiện nay (5 số)"
            value={form.commune_code}
            onChange={(v) => setForm({ ...form, commune_code: v })}
          />
          <TextField label="Điện thoại" value={form.phone} onChange={(v) => setForm({ ...form, phone: v })} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          Chứng nhận của từng sản phẩm được nhập ở trang sản phẩm hoặc bằng tệp quyết định (npm run import).
        </Text>
        <div className="flex justify-end">
          <Button onClick={create} disabled={form.name.trim().length < 2}>
            Thêm
          </Button>
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Chủ thể OCOP", icon: Buildings })

export default ProducersPage
