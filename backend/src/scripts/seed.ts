import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { vietQrSettings } from "@ocop-market/medusa-payment-vietqr"
import { vnpaySettings } from "@ocop-market/medusa-payment-vnpay"
import { CATALOGUE, seedCatalogue, skuOf } from "./seed/catalogue"
import { seedEnglish } from "./seed/translations"

/**
 * Written into the store's metadata when the seed has finished; scripts/start.ts (packages/stack,
 * seedMarker) runs the seed again when it differs: a new seed version, or a payment provider switched on or off.
 */
export const SEED_VERSION = "3"
const seedMarker = (stripe: boolean, vietQr: boolean, vnpay: boolean) =>
  `${SEED_VERSION}${stripe ? "+stripe" : ""}${vietQr ? "+vietqr" : ""}${vnpay ? "+vnpay" : ""}`

/** Names the rest of the stack looks things up by (scripts/start.ts reads the key by this title). */
export const SEED = {
  region: "Việt Nam",
  salesChannel: "OCOP Market",
  publishableKeyTitle: "OCOP Market storefront",
  stockLocation: "Kho Thanh Hóa",
  shippingProfile: "Hàng tiêu chuẩn",
  fulfillmentSet: "Giao hàng từ Thanh Hóa",
} as const

/**
 * Seeds a fresh shop. Each part is looked up before it is created, so a seed that stopped half way
 * finishes on the next run, and a seeded shop is left as it is.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const stripeEnabled = !!process.env.STRIPE_API_KEY
  const vietQrEnabled = "settings" in (vietQrSettings(process.env) ?? {})
  const vnpayEnabled = "settings" in (vnpaySettings(process.env) ?? {})
  const paymentProviders = [
    "pp_system_default",
    ...(vietQrEnabled ? ["pp_vietqr_vietqr"] : []),
    ...(vnpayEnabled ? ["pp_vnpay_vnpay"] : []),
    ...(stripeEnabled ? ["pp_stripe_stripe"] : []),
  ]

  const step = (n: number, what: string) => logger.info(`[seed ${n}/8] ${what}`)
  /** The record of `entity` with this name, or the one `create` makes: what makes the seed resumable. */
  const namedOr = async (entity: string, name: string, create: () => Promise<{ id: string }>) => {
    const { data } = await query.graph({ entity, fields: ["id"], filters: { name } })
    return (data[0] as { id: string } | undefined) ?? (await create())
  }

  // 1. Store: VND only, prices in whole dong (VND is zero-decimal).
  step(1, "cửa hàng, kênh bán, khóa công khai / store, sales channel, publishable key")
  const [store] = await storeModule.listStores()
  if (!store) throw new Error("seed: Medusa created no store; run `medusa db:migrate` first")

  const channel = await namedOr("sales_channel", SEED.salesChannel, async () => {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SEED.salesChannel, description: "Cửa hàng trực tuyến OCOP Market" }] },
    })
    return result[0]!
  })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "OCOP Market",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id"],
    filters: { title: SEED.publishableKeyTitle, type: "publishable" },
  })
  if (!keys.length) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: SEED.publishableKeyTitle, type: "publishable", created_by: "seed" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0]!.id, add: [channel.id] } })
  }

  // 2. Region Việt Nam with its payment providers.
  step(2, "khu vực Việt Nam / region")
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { name: SEED.region } })
  let region: { id: string } | undefined = regions[0]
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: SEED.region,
            currency_code: "vnd",
            countries: ["vn"],
            payment_providers: paymentProviders,
            automatic_taxes: true,
          },
        ],
      },
    })
    region = result[0]!
    // Prices are shown tax-inclusive, as Vietnamese shops do; rates per product come later.
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  } else {
    // Stripe or bank transfer switched on (or off) after the first seed: the region offers what is configured.
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: paymentProviders } },
    })
  }

  // 3. Stock location in Thanh Hóa, linked to the channel and to manual fulfillment.
  step(3, "kho hàng Thanh Hóa / stock location")
  const location = await namedOr("stock_location", SEED.stockLocation, async () => {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: SEED.stockLocation,
            address: { address_1: "Đại lộ Lê Lợi", city: "Thanh Hóa", province: "Thanh Hóa", country_code: "vn" },
          },
        ],
      },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: result[0]!.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: result[0]!.id, add: [channel.id] } })
    return result[0]!
  })

  // 4. Shipping: one profile, a zone for all of Việt Nam, standard and express.
  step(4, "vận chuyển / shipping")
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: SEED.shippingProfile, type: "default" }] },
    })
    profile = result[0]
  }
  let [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
    { name: SEED.fulfillmentSet },
    { relations: ["service_zones"] },
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: SEED.fulfillmentSet,
      type: "shipping",
      service_zones: [{ name: "Toàn quốc", geo_zones: [{ country_code: "vn", type: "country" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const zone = fulfillmentSet.service_zones[0]!
  const existingOptions = await fulfillmentModule.listShippingOptions({ service_zone: { id: zone.id } })
  const wanted = [
    { name: "Giao hàng tiêu chuẩn", code: "standard", label: "Tiêu chuẩn", description: "2–4 ngày", amount: 30000 },
    { name: "Giao hàng nhanh", code: "express", label: "Nhanh", description: "Trong 24 giờ", amount: 55000 },
  ].filter((o) => !existingOptions.some((e) => e.name === o.name))
  if (wanted.length) {
    await createShippingOptionsWorkflow(container).run({
      input: wanted.map((o) => ({
        name: o.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile!.id,
        type: { label: o.label, description: o.description, code: o.code },
        prices: [
          { currency_code: "vnd", amount: o.amount },
          { region_id: region.id, amount: o.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }

  // 5. The sample Thanh Hóa catalogue: producers, then each product with its certification, through
  // the same workflows and hooks as the admin (so the seed obeys the programme's rules too).
  step(5, "danh mục OCOP mẫu Thanh Hóa / sample Thanh Hóa catalogue")
  const created = await seedCatalogue(container, { channelId: channel.id, profileId: profile!.id })

  // …and in English (Medusa's Translation Module), for the English shop
  const translated = await seedEnglish(container, store.id)
  if (translated) logger.info(`[seed] ${translated} English translations`)

  // 6. Stock at the Thanh Hóa location for every variant that has none yet.
  step(6, "tồn kho / stock levels")
  const stockBySku = new Map(
    CATALOGUE.products.flatMap((p) => p.variants.map((v, k) => [skuOf(p.id, k), v.stock] as const)),
  )
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const levels = items
    .filter(
      (i) => !(i.location_levels ?? []).some((l: { location_id?: string } | null) => l?.location_id === location.id),
    )
    .map((i) => ({ inventory_item_id: i.id, location_id: location.id, stocked_quantity: stockBySku.get(i.sku!) ?? 0 }))
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  // 7. The province's admin user.
  step(7, "tài khoản quản trị / admin user")
  await ensureAdminUser(container)

  step(8, "xong / done")
  // Written last: scripts/start.ts skips the seed once this is there.
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        metadata: {
          ...(store.metadata ?? {}),
          ocop_seed_version: seedMarker(stripeEnabled, vietQrEnabled, vnpayEnabled),
        },
      },
    },
  })
  logger.info(`Seed complete: region ${region.id}, channel ${channel.id}, ${created} new products.`)
}

async function ensureAdminUser(container: ExecArgs["container"]) {
  const email = process.env.MEDUSA_ADMIN_EMAIL || "admin@ocop.local"
  const password = process.env.MEDUSA_ADMIN_PASSWORD || "ocop-admin"
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [user] = await userModule.listUsers({ email })
  if (user) return
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "Quản trị", last_name: "OCOP" }] },
  })
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`seed: cannot register admin ${email}: ${error}`)
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0]!.id } })
}
