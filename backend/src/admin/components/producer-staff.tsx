import { Badge, Button, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/api"

type Staff = {
  id: string
  email: string
  name: string | null
  status: "invited" | "active" | "disabled"
  invite_expires_at: string | null
}
const STATUS: Record<Staff["status"], [string, "orange" | "green" | "grey"]> = {
  invited: ["Đã mời", "orange"],
  active: ["Đang dùng", "green"],
  disabled: ["Đã khóa", "grey"],
}

/** A producer's portal accounts: invite a staff member (a link valid 7 days), disable or enable one. */
export const ProducerStaffPanel = ({ producerId }: { producerId: string }) => {
  const [staff, setStaff] = useState<Staff[]>([])
  const [email, setEmail] = useState("")
  const [link, setLink] = useState<string | null>(null)
  const load = () =>
    adminFetch<{ staff: Staff[] }>(`/admin/ocop/producers/${producerId}/staff`).then((r) => setStaff(r.staff))
  useEffect(() => {
    void load()
  }, [producerId])

  const invite = async () => {
    try {
      const r = await adminFetch<{ invite_url: string }>(`/admin/ocop/producers/${producerId}/staff`, {
        method: "POST",
        body: { email },
      })
      setLink(r.invite_url)
      setEmail("")
      toast.success("Đã tạo lời mời")
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const setStatus = async (s: Staff, status: "active" | "disabled") => {
    try {
      await adminFetch(`/admin/ocop/producers/${producerId}/staff/${s.id}`, { method: "POST", body: { status } })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-2 border-t pt-3">
      <Heading level="h3">Tài khoản cổng nhà sản xuất</Heading>
      <Table>
        <Table.Body>
          {staff.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.email}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS[s.status][1]}>{STATUS[s.status][0]}</Badge>
              </Table.Cell>
              <Table.Cell>
                {s.status === "active" && (
                  <Button size="small" variant="secondary" onClick={() => setStatus(s, "disabled")}>
                    Khóa
                  </Button>
                )}
                {s.status === "disabled" && (
                  <Button size="small" variant="secondary" onClick={() => setStatus(s, "active")}>
                    Mở khóa
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-end gap-2">
        <div className="flex flex-1 flex-col gap-1">
          <Label htmlFor="staff-email">E-mail nhân viên</Label>
          <Input id="staff-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <Button onClick={invite} disabled={!email.includes("@")}>
          Gửi lời mời
        </Button>
      </div>
      {link && (
        <Text size="small" data-testid="invite-link">
          Liên kết mời (hết hạn sau 7 ngày):{" "}
          <a className="text-ui-fg-interactive break-all underline" href={link}>
            {link}
          </a>
        </Text>
      )}
    </div>
  )
}
