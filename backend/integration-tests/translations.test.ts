/**
 * The catalogue in English (Medusa's Translation Module, seeded from thanh-hoa-catalogue.en.json):
 * the store API answers a product's English name, description and pack names when asked for
 * en-US and the Vietnamese otherwise; the search index carries the English text, so an English
 * shopper's words find the Vietnamese products ("fish sauce" → Nước mắm first), with the synonyms
 * of backend/src/search/synonyms.ts for words the names do not use. A producer's story is
 * translated the same way and told in the language asked for.
 */
import { describe, expect, inject, it } from "vitest"
import { adminToken, storeProduct } from "../../tests/support/admin"
import { apiCall } from "../../tests/support/http"

const stack = inject("stack")
const headers = { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey }
const FISH_SAUCE = "nuoc-mam-le-gia-cot-dac-biet-40n"

async function product(locale?: string) {
  const query = new URLSearchParams({ handle: FISH_SAUCE, fields: "id,title,description,*variants" })
  if (locale) query.set("locale", locale)
  const { products } = (await (await fetch(`${stack.backendUrl}/store/products?${query}`, { headers })).json()) as {
    products: { title: string; description: string; variants: { title: string }[] }[]
  }
  return products[0]!
}

async function search(q: string) {
  const res = await fetch(`${stack.backendUrl}/store/search`, {
    method: "POST",
    headers,
    body: JSON.stringify({ entity: "product", filters: { q }, pagination: { take: 10, skip: 0 } }),
  })
  const { results } = (await res.json()) as {
    results: { hits: { document: { handle: string; title: string; title_en: string | null } }[] }[]
  }
  return results[0]!.hits.map((h) => h.document)
}

describe("the catalogue in English", () => {
  it("answers the English name, description and packs for en-US, and the Vietnamese otherwise", async () => {
    const en = await product("en-US")
    expect(en.title).toBe("Lê Gia fish sauce — special first press, 40°N")
    expect(en.description).toMatch(/^First-press anchovy fish sauce/)
    expect(en.variants.map((v) => v.title).sort()).toEqual(["Bottle, 500 ml", "Case of 6 bottles, 500 ml"])
    const vi = await product()
    expect(vi.title).toBe("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    expect(vi.variants.map((v) => v.title)).toContain("Chai 500 ml")
  })

  it("finds the Vietnamese products by their English words: fish sauce, honey, sticky rice", async () => {
    const fishSauce = await search("fish sauce")
    expect(fishSauce[0]!.title).toMatch(/^Nước mắm/)
    expect(fishSauce.map((d) => d.handle)).toContain(FISH_SAUCE)
    expect(fishSauce.find((d) => d.handle === FISH_SAUCE)!.title_en).toBe(
      "Lê Gia fish sauce — special first press, 40°N",
    )
    expect((await search("honey"))[0]!.title).toMatch(/^Mật ong/)
    // a word the names do not use, through the synonyms
    const sticky = await search("sticky rice")
    expect(sticky[0]!.title).toMatch(/^Gạo nếp/)
    expect((await search("bird nest"))[0]!.title).toMatch(/yến/i)
  })

  it("takes translations from the dashboard's screens as text, in offered languages and within their fields", async () => {
    const admin = await adminToken(stack)
    const shrimp = await storeProduct(stack, "mam-tom-le-gia")
    const batch = (body: unknown) => apiCall(stack.backendUrl, "POST", "/admin/translations/batch", admin, body)
    const listed = await apiCall(
      stack.backendUrl,
      "GET",
      `/admin/translations?reference_id=${shrimp.id}&locale_code=en-US`,
      admin,
    )
    const current = listed.body.translations[0] as { id: string; translations: Record<string, string> }
    const french = await batch({
      create: [
        { reference_id: shrimp.id, reference: "product", locale_code: "fr-FR", translations: { title: "Pâte" } },
      ],
    })
    expect(french.status).toBe(400)
    expect(french.body).toMatchObject({ code: "locale_not_offered", field: "create.0.locale_code" })
    const long = await batch({ update: [{ id: current.id, translations: { title: "x".repeat(201) } }] })
    expect(long.status).toBe(400)
    expect(long.body).toMatchObject({ code: "translation_too_long", field: "update.0.translations.title" })
    // nothing written by either
    const after = await apiCall(
      stack.backendUrl,
      "GET",
      `/admin/translations?reference_id=${shrimp.id}&locale_code=en-US`,
      admin,
    )
    expect(after.body.translations[0].translations.title).toBe(current.translations.title)

    const html = await batch({
      update: [
        {
          id: current.id,
          translations: {
            ...current.translations,
            description: "<b>Krill</b> paste<script>alert(1)</script>, aged in wood",
          },
        },
      ],
    })
    expect(html.status, html.text).toBe(200)
    const res = await fetch(
      `${stack.backendUrl}/store/products?handle=mam-tom-le-gia&locale=en-US&fields=description`,
      { headers },
    )
    expect(((await res.json()) as { products: { description: string }[] }).products[0]!.description).toBe(
      "Krill paste, aged in wood",
    )
    await batch({ update: [{ id: current.id, translations: current.translations }] })
  })

  it("tells a producer's story in English where translated, in Vietnamese otherwise", async () => {
    const admin = await adminToken(stack)
    // the dashboard's translation screens offer the producer's story
    const settings = await apiCall(stack.backendUrl, "GET", "/admin/translations/settings", admin)
    expect(settings.status, settings.text).toBe(200)
    expect(settings.body.translation_settings.producer).toMatchObject({ fields: ["description"], is_active: true })
    const created = await apiCall(stack.backendUrl, "POST", "/admin/ocop/producers", admin, {
      name: "HTX Mật ong Kiểm Thử Ngôn Ngữ",
      legal_type: "cooperative",
      description: "Hợp tác xã nuôi ong trên đồi chè. Mật được lọc lạnh.",
    })
    expect(created.status, created.text).toBe(201)
    const { id, handle } = created.body.producer as { id: string; handle: string }
    const story = async (locale?: string) => {
      const query = locale ? `?locale=${locale}` : ""
      const res = await fetch(`${stack.backendUrl}/store/ocop/producers/${handle}${query}`, { headers })
      return ((await res.json()) as { producer: { description: string } }).producer.description
    }
    expect(await story("en-US")).toBe("Hợp tác xã nuôi ong trên đồi chè. Mật được lọc lạnh.")
    const translated = await apiCall(stack.backendUrl, "POST", "/admin/translations/batch", admin, {
      create: [
        {
          reference_id: id,
          reference: "producer",
          locale_code: "en-US",
          translations: {
            description: "A beekeeping <i>cooperative</i> on the tea hills. Its honey is cold-filtered.",
          },
        },
      ],
    })
    expect(translated.status, translated.text).toBe(200)
    // read in English before the translation was there: the new one shows all the same
    await expect
      .poll(() => story("en-US"), { timeout: 5_000, interval: 100 })
      .toBe("A beekeeping cooperative on the tea hills. Its honey is cold-filtered.")
    expect(await story()).toBe("Hợp tác xã nuôi ong trên đồi chè. Mật được lọc lạnh.")
    const listed = await fetch(
      `${stack.backendUrl}/store/ocop/producers?q=${encodeURIComponent("Kiểm Thử Ngôn Ngữ")}&locale=en-US`,
      { headers },
    )
    const { producers } = (await listed.json()) as { producers: { handle: string; description: string }[] }
    expect(producers.find((p) => p.handle === handle)?.description).toMatch(/^A beekeeping cooperative/)
    const tooLong = await apiCall(stack.backendUrl, "POST", "/admin/translations/batch", admin, {
      create: [
        {
          reference_id: id,
          reference: "producer",
          locale_code: "en-US",
          translations: { description: "x".repeat(5001) },
        },
      ],
    })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body).toMatchObject({ code: "translation_too_long", field: "create.0.translations.description" })
  })
})
