import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/api"

type Draft = { id: string; title: string; created_at: string; metadata: Record<string, unknown> | null }

/** On the product list: products proposed by producers in their portal, waiting for the province to review and publish. */
const DraftsAwaitingReview = () => {
  const [drafts, setDrafts] = useState<Draft[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  // Publishing is Medusa's own product update; the store and the search index follow its event.
  const publish = async (d: Draft) => {
    setBusy(d.id)
    try {
      await adminFetch(`/admin/products/${d.id}`, { method: "POST", body: { status: "published" } })
      setDrafts((all) => all.filter((x) => x.id !== d.id))
      toast.success(`Đã đăng bán: ${d.title}`)
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }
  useEffect(() => {
    void adminFetch<{ products: Draft[] }>(
      "/admin/products?status[]=draft&fields=id,title,created_at,metadata&limit=100&order=-created_at",
    ).then((r) => setDrafts(r.products.filter((p) => p.metadata?.proposed_by_producer)))
  }, [])
  if (!drafts.length) return null
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">
        Sản phẩm chờ duyệt <Badge color="orange">{drafts.length}</Badge>
      </Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Do chủ thể OCOP đề xuất từ cổng nhà sản xuất. Mở để kiểm tra (ảnh, giá, chứng nhận OCOP), rồi đăng bán.
      </Text>
      <ul className="flex flex-col gap-1">
        {drafts.map((d) => (
          <li key={d.id} className="flex items-center justify-between gap-3">
            <a className="text-ui-fg-interactive underline" href={`/app/products/${d.id}`}>
              {d.title}
            </a>
            <Button size="small" variant="secondary" isLoading={busy === d.id} onClick={() => void publish(d)}>
              Duyệt và đăng bán
            </Button>
          </li>
        ))}
      </ul>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default DraftsAwaitingReview
