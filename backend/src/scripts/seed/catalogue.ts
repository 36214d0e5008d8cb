/**
 * Loads the sample Thanh Hóa catalogue (thanh-hoa-catalogue.json, built by
 * scripts/catalogue/build-sample-catalogue.ts): SAMPLE DATA from public news, not an official list.
 * Every certificate stands for a re-evaluation dated within the 36 months before the seed runs, so
 * all 69 are valid that day; prices and stock are invented.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { STAR_BANDS, groupDrawingUrl, vietnamToday } from "@ocop-market/ocop"
import { currentUnitsOf } from "@ocop-market/ocop/admin-units"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { createProducersWorkflow } from "../../workflows/producers"
import catalogue from "./thanh-hoa-catalogue.json"

type CatalogueProduct = {
  id: string
  handle: string
  title: string
  description: string
  group: string
  star: number
  proposed_star: number | null
  producer: string
  legal_type: string
  origin: { district: string; district_code: string | null; commune: string; commune_code: string }
  decision_months_ago: number
  variants: { title: string; price: number; stock: number }[]
  source: string | null
  sample_note: string | null
}

export const CATALOGUE = catalogue as unknown as { products: CatalogueProduct[] }

export const skuOf = (id: string, k: number) => `${id.toUpperCase()}-${k + 1}`

/** A date `months` before `today`, on a day of the month that exists everywhere (1–28). */
function monthsBefore(today: string, months: number, day: number): string {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() - months)
  d.setUTCDate(day)
  return d.toISOString().slice(0, 10)
}

export async function seedCatalogue(
  container: ExecArgs["container"],
  { channelId, profileId }: { channelId: string; profileId: string },
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const today = vietnamToday()

  // Producers, once each.
  const names = [...new Map(CATALOGUE.products.map((p) => [p.producer, p])).values()]
  const existing = await ocop.listProducers({ name: names.map((p) => p.producer) }, { take: null })
  const missing = names.filter((p) => !existing.some((e) => e.name === p.producer))
  if (missing.length) {
    await createProducersWorkflow(container).run({
      input: {
        producers: missing.map((p) => ({
          name: p.producer,
          legal_type: p.legal_type,
          // where it is today: the current unit of its (first) product's certified origin
          commune_code: currentUnitsOf(p.origin.commune_code)[0]?.code ?? null,
          sample_data: true,
        })),
      },
    })
  }
  const producers = new Map((await ocop.listProducers({}, { take: null })).map((p) => [p.name, p.id]))

  const { data: have } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: CATALOGUE.products.map((p) => p.handle) },
  })
  const todo = CATALOGUE.products.filter((p) => !have.some((h) => h.handle === p.handle))
  let done = 0
  for (const [i, p] of CATALOGUE.products.entries()) {
    if (!todo.includes(p)) continue
    const band = STAR_BANDS.find((b) => b.star === p.star)!
    const score = band.min + 2 + ((i * 7) % (band.max - band.min - 3))
    const decisionDate = monthsBefore(today, p.decision_months_ago, 1 + ((i * 11) % 28))
    await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: p.title,
            handle: p.handle,
            description: p.description,
            status: ProductStatus.PUBLISHED,
            thumbnail: groupDrawingUrl(p.group, process.env.STOREFRONT_URL),
            shipping_profile_id: profileId,
            sales_channels: [{ id: channelId }],
            metadata: { sample_data: true, source_id: p.id, source_url: p.source },
            options: [{ title: "Quy cách", values: p.variants.map((v) => v.title) }],
            variants: p.variants.map((v, k) => ({
              title: v.title,
              sku: skuOf(p.id, k),
              manage_inventory: true,
              options: { "Quy cách": v.title },
              prices: [{ currency_code: "vnd", amount: v.price }],
            })),
          },
        ],
        additional_data: {
          producer_id: producers.get(p.producer),
          ocop_certification: {
            star: p.star,
            score,
            group: p.group,
            decision_number: `${100 + ((i * 37) % 900)}/QĐ-UBND (mẫu)`,
            decision_date: decisionDate,
            proposed_star: p.proposed_star,
            origin: { district: p.origin.district, commune: p.origin.commune, commune_code: p.origin.commune_code },
            sample_data: true,
            source_url: p.source,
            notes: [
              "Dữ liệu mẫu: quyết định đánh giá lại giả lập trong 36 tháng trước ngày nạp dữ liệu.",
              p.sample_note,
            ]
              .filter(Boolean)
              .join(" "),
          },
        },
      },
    })
    done++
    if (done % 10 === 0 || done === todo.length) logger.info(`[seed] ${done}/${todo.length} products`)
  }
  return done
}
