import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../errors"

/**
 * A cart keeps the discounts computed when it last changed. Before it becomes an order, check that
 * each promotion still may apply: its campaign is running, its code has uses left, its campaign
 * budget covers this order. Otherwise refuse, naming why — no order at a price the rules no longer
 * allow (Medusa 2.21.2 lets a cart whose budget ran out meanwhile complete at the discount).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.adjustments.promotion_id",
      "items.adjustments.amount",
      "shipping_methods.adjustments.promotion_id",
      "shipping_methods.adjustments.amount",
    ],
    filters: { id: (cart as { id: string }).id },
  })
  const spent = new Map<string, number>()
  for (const line of [...((carts[0] as any)?.items ?? []), ...((carts[0] as any)?.shipping_methods ?? [])]) {
    for (const a of line?.adjustments ?? []) {
      if (a?.promotion_id) spent.set(a.promotion_id, (spent.get(a.promotion_id) ?? 0) + Number(a.amount))
    }
  }
  if (!spent.size) return
  const { data: promotions } = await query.graph({
    entity: "promotion",
    fields: [
      "id",
      "code",
      "limit",
      "used",
      "status",
      "campaign.name",
      "campaign.starts_at",
      "campaign.ends_at",
      "campaign.budget.type",
      "campaign.budget.limit",
      "campaign.budget.used",
    ],
    filters: { id: [...spent.keys()] },
  })
  const now = Date.now()
  for (const p of promotions as any[]) {
    const name = p.campaign?.name ?? p.code
    const refuseDiscount = (why: string) => {
      throw refuse(MedusaError.Types.NOT_ALLOWED, "promotion_expired", {
        field: "promotion",
        params: { promotion: name },
        message: `promotion: ${why}; the discount no longer applies — review the cart and order again`,
      })
    }
    if (p.status !== "active") refuseDiscount(`"${p.code}" is no longer active`)
    if (p.campaign?.ends_at && Date.parse(p.campaign.ends_at) <= now) refuseDiscount(`the campaign "${name}" has ended`)
    if (p.campaign?.starts_at && Date.parse(p.campaign.starts_at) > now)
      refuseDiscount(`the campaign "${name}" has not started`)
    if (typeof p.limit === "number" && Number(p.used ?? 0) + 1 > p.limit)
      refuseDiscount(`the code "${p.code}" has been used as often as allowed`)
    const b = p.campaign?.budget
    if (b?.limit != null) {
      const after = Number(b.used ?? 0) + (b.type === "spend" ? spent.get(p.id)! : 1)
      if (after > Number(b.limit)) refuseDiscount(`the budget of the campaign "${name}" is used up`)
    }
  }
})
