import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What a SQL query here needs: Medusa's knex connection (or any client with knex's `raw`). */
export type Sql = { raw: (text: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

export const sqlOf = (container: MedusaContainer): Sql => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * An order line as the Order module keeps it: each line once, at its order's current version
 * (a captured and refunded order has two versions), the order neither deleted nor canceled.
 */
export const ORDER_LINES = `order_item oi
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
       join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null`
/** ...and the order item itself not deleted (the `where` that goes with ORDER_LINES). */
export const LIVE_ORDER_ITEM = "oi.deleted_at is null"
