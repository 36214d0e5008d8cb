import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type { Certification, ProductSummary, VariantSummary } from "./types"
import { medusaLocale, type ShopLocale } from "@ocop-market/ocop"

const PRODUCT_FIELDS = [
  "id,handle,title,description,thumbnail,metadata",
  "*variants,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder",
  "+ocop_certification.*,+producer.name,+producer.handle,+producer.legal_type",
].join(",")

/** The region that sells to Việt Nam (VND); the shop has exactly one. */
export async function getVietnamRegion(client: Medusa): Promise<HttpTypes.StoreRegion> {
  const { regions } = await client.store.region.list({ fields: "id,name,currency_code,*countries" })
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "vn"))
  if (!region) throw new Error("the backend has no region for Việt Nam (country vn); run the seed")
  return region
}

/**
 * Products from the database (Medusa's store list), newest first; `q` matches words as typed
 * (no folding of Vietnamese marks). The catalogue's fallback while the search engine is down.
 */
export async function listProducts(
  client: Medusa,
  { regionId, limit = 24, offset = 0, q }: { regionId: string; limit?: number; offset?: number; q?: string },
): Promise<{ products: ProductSummary[]; count: number }> {
  const { products, count } = await client.store.product.list({
    region_id: regionId,
    fields: PRODUCT_FIELDS,
    limit,
    offset,
    order: "-created_at",
    ...(q?.trim() ? { q: q.trim().slice(0, 200) } : {}),
  })
  return { products: products.map(toSummary), count }
}

/** What a list shows of a product that must never be stale: its lowest price and whether it can be bought. */
export type Offer = { price: number | null; inStock: boolean }

/**
 * The offers of listed products, read live from the store API (lists find their products in the
 * search index, which follows a change a few seconds late). A product missing from the answer is
 * no longer sold.
 */
export async function getOffers(client: Medusa, ids: string[], regionId: string): Promise<Record<string, Offer>> {
  const { products } = await client.store.product.list({
    id: ids,
    region_id: regionId,
    fields:
      "id,variants.id,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder",
    limit: ids.length,
  })
  return Object.fromEntries(
    products.map((p) => {
      const { fromPrice, variants } = toSummary(p)
      return [p.id, { price: fromPrice, inStock: variants.some((v) => v.inStock) }]
    }),
  )
}

/** The product page also shows every photo (lists show the cover only: the photos cost a join per product). */
const PRODUCT_PAGE_FIELDS = `${PRODUCT_FIELDS},images.url,images.rank`

/** A product by its handle, in the shop's language: English text from Medusa's Translation Module where there is one. */
export async function getProductByHandle(
  client: Medusa,
  handle: string,
  regionId: string,
  locale: ShopLocale = "vi",
): Promise<ProductSummary | null> {
  const language = medusaLocale(locale)
  const { products } = await client.store.product.list({
    handle,
    region_id: regionId,
    fields: PRODUCT_PAGE_FIELDS,
    limit: 1,
    ...(language ? { locale: language } : {}),
  } as HttpTypes.StoreProductListParams)
  return products[0] ? toSummary(products[0]) : null
}

export function toSummary(p: HttpTypes.StoreProduct): ProductSummary {
  const meta = (p.metadata ?? {}) as Record<string, unknown>
  const variants: VariantSummary[] = (p.variants ?? []).map((v) => {
    const stock = v.manage_inventory ? (v.inventory_quantity ?? 0) : null
    return {
      id: v.id,
      title: v.title ?? "",
      price: v.calculated_price?.calculated_amount ?? null,
      stock,
      inStock: stock === null || stock > 0 || !!v.allow_backorder,
    }
  })
  const prices = variants.map((v) => v.price).filter((n): n is number => typeof n === "number")
  return {
    id: p.id,
    handle: p.handle ?? p.id,
    title: p.title ?? "",
    description: p.description ?? null,
    thumbnail: p.thumbnail ?? null,
    images: galleryOf(p),
    certification: toCertification((p as LinkedProduct).ocop_certification),
    producer: (p as LinkedProduct).producer
      ? {
          name: (p as LinkedProduct).producer!.name,
          handle: (p as LinkedProduct).producer!.handle,
          legalType: (p as LinkedProduct).producer!.legal_type,
        }
      : null,
    sampleData: meta.sample_data === true,
    fromPrice: prices.length ? Math.min(...prices) : null,
    variants,
  }
}

/** The cover first, then the other photos in the producer's order (no duplicates). */
function galleryOf(p: HttpTypes.StoreProduct): string[] {
  const photos = [...(p.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((i) => i.url)
  return [...new Set([p.thumbnail, ...photos].filter((u): u is string => !!u))]
}

/** Product fields added by the backend's OCOP links (fields=+ocop_certification.*,+producer.*). */
type LinkedProduct = HttpTypes.StoreProduct & {
  ocop_certification?: Record<string, any> | null
  producer?: { name: string; handle: string; legal_type: string } | null
}

function toCertification(c: Record<string, any> | null | undefined): Certification | null {
  if (!c) return null
  return {
    star: c.star,
    badge: c.status === "active",
    status: c.status,
    statusReason: c.status_reason ?? null,
    score: c.score ?? null,
    group: c.group,
    decisionNumber: c.decision_number,
    decisionDate: c.decision_date,
    issuingLevel: c.issuing_level,
    validUntil: c.valid_until,
    proposedStar: c.proposed_star ?? null,
    originCertified: [c.origin_commune_name, c.origin_district_name, c.origin_province_name].filter(Boolean).join(", "),
    originToday: [c.current_commune_name, c.current_province_name].filter(Boolean).join(", "),
  }
}
