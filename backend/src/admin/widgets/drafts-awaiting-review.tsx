import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/api"

type Draft = { id: string; title: string; created_at: string; metadata: Record<string, unknown> | null }

/** On the product list: products proposed by producers in their portal, waiting for the province to review and publish. */
const DraftsAwaitingReview = () => {
  const [drafts, setDrafts] = useState<Draft[]>([])
  useEffect(() => {
    void adminFetch<{ products: Draft[] }>("/admin/products?status[]=draft&fields=id,title,created_at,metadata&limit=100&order=-created_at").then((r) =>
      setDrafts(r.products.filter((p) => p.metadata?.proposed_by_producer))
    )
  }, [])
  if (!drafts.length) return null
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">
        Sản phẩm chờ duyệt <Badge color="orange">{drafts.length}</Badge>
      </Heading>
      <Text size="small" className="text-ui-fg-subtle">Do chủ thể OCOP đề xuất từ cổng nhà sản xuất. Kiểm tra, rồi đổi trạng thái sang "Published" để bán.</Text>
      <ul className="flex flex-col gap-1">
        {drafts.map((d) => (
          <li key={d.id}>
            <a className="text-ui-fg-interactive underline" href={`/app/products/${d.id}`}>{d.title}</a>
          </li>
        ))}
      </ul>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default DraftsAwaitingReview
