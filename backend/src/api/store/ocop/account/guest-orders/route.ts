import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGuestOrder } from "@ocop-market/ocop"
import { guestOrdersOf } from "../../../../../queries/guest-orders"
import { sqlOf } from "../../../../../queries/sql"

/** Orders the logged-in shopper placed as a guest with the account's e-mail, which they may claim. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const found = await guestOrdersOf(sqlOf(req.scope), req.auth_context.actor_id)
  if (!found.length) return void res.json({ orders: [] })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "created_at", "total", "items.product_title", "items.title", "items.quantity"],
    filters: { id: found.map((o) => o.id) },
  })
  type Row = {
    id: string
    display_id: number | string
    created_at: string | Date
    total: number | string
    items?: ({ product_title?: string | null; title: string; quantity: number | string } | null)[] | null
  }
  const byId = new Map((data as unknown as Row[]).map((o) => [o.id, o]))
  const orders: StoreGuestOrder[] = found.flatMap(({ id, claim_requested }) => {
    const o = byId.get(id)
    if (!o) return []
    return [
      {
        id,
        display_id: Number(o.display_id),
        created_at: new Date(o.created_at).toISOString(),
        total: Number(o.total),
        items: (o.items ?? []).map((i) => ({ title: i!.product_title ?? i!.title, quantity: Number(i!.quantity) })),
        claim_requested,
      },
    ]
  })
  res.json({ orders })
}
