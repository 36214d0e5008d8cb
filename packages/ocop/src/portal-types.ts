/**
 * What the producer portal's API answers, shared by the backend that builds it and the storefront
 * that shows it (so a renamed field fails both builds).
 */

/** An order that holds the producer's products: only those lines, and where to ship them. */
export type ProducerOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  shipping_address: {
    name: string | null
    phone: string | null
    address_1: string | null
    city: string | null
    province: string | null
  }
  lines: {
    id: string
    product_id: string
    title: string
    variant: string | null
    quantity: number
    unit_price: number
    shipped: boolean
  }[]
}
