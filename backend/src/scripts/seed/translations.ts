/**
 * The sample catalogue in English (thanh-hoa-catalogue.en.json), through Medusa's Translation
 * Module: each product's title and description and each pack's name in en-US, beside the
 * Vietnamese the products are written in. The store offers vi-VN and en-US. Translations already
 * there are left as they are (an admin may have edited them).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ENGLISH_LOCALE as ENGLISH, VIETNAMESE_LOCALE as VIETNAMESE } from "@ocop-market/ocop"
import english from "./thanh-hoa-catalogue.en.json"

const EN = english as unknown as {
  products: Record<string, { title: string; description: string }>
  packs: Record<string, string>
}

export async function seedEnglish(container: ExecArgs["container"], storeId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["supported_locales.locale_code"] })
  const offered = new Set(
    ((stores[0]?.supported_locales ?? []) as ({ locale_code: string } | null)[]).map((l) => l?.locale_code),
  )
  if (!offered.has(VIETNAMESE) || !offered.has(ENGLISH)) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: storeId },
        update: { supported_locales: [{ locale_code: VIETNAMESE }, { locale_code: ENGLISH }] },
      },
    })
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.title"],
    filters: { handle: Object.keys(EN.products) },
  })
  const rows = products as unknown as { id: string; handle: string; variants: { id: string; title: string }[] }[]
  const translation = container.resolve(Modules.TRANSLATION)
  const ids = rows.flatMap((p) => [p.id, ...p.variants.map((v) => v.id)])
  const have = new Set(
    (await translation.listTranslations({ reference_id: ids, locale_code: ENGLISH }, { take: null })).map(
      (t) => t.reference_id,
    ),
  )
  const missing = rows.flatMap((p) => [
    ...(have.has(p.id)
      ? []
      : [{ reference_id: p.id, reference: "product", locale_code: ENGLISH, translations: EN.products[p.handle]! }]),
    ...p.variants
      .filter((v) => !have.has(v.id) && EN.packs[v.title])
      .map((v) => ({
        reference_id: v.id,
        reference: "product_variant",
        locale_code: ENGLISH,
        translations: { title: EN.packs[v.title]! },
      })),
  ])
  if (missing.length) await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  return missing.length
}
