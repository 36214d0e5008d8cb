import type { HttpTypes } from "@medusajs/types"

/** What a product card and page need, in the storefront's terms (prices in whole dong). */
export type ProductSummary = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  star: number | null
  producer: string | null
  origin: string | null
  sampleData: boolean
  /** Lowest variant price in VND, or null when no variant has a price in the region. */
  fromPrice: number | null
  variants: VariantSummary[]
}

export type VariantSummary = {
  id: string
  title: string
  price: number | null
  /** null when the variant does not track stock. */
  stock: number | null
  inStock: boolean
}

export type StoreProduct = HttpTypes.StoreProduct
