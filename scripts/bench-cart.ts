/**
 * `npm run bench:cart [-- --size 10000]`: add-to-cart and cart completion with a large catalogue.
 * On a stack of its own, it adds `size` products (through the admin API, in batches, with a
 * progress bar) to the 69 of the sample catalogue, then times, through the store API:
 * - add to cart: POST /store/carts/:id/line-items, for Lê Gia's fish sauce (stock tracked) and for
 *   random products of the large catalogue;
 * - cart completion: POST /store/carts/:id/complete with cash on delivery.
 * Prints p50/p95 and the target (add to cart p95 ≤ 150 ms). Asserts nothing: these machines are noisy.
 */
import Medusa from "@medusajs/js-sdk"
import cliProgress from "cli-progress"
import { queryRows } from "@ocop-market/stack"
import { benchStack, ms, pct } from "./lib/bench"

const SIZE = Number(process.argv[process.argv.indexOf("--size") + 1]) || 10_000
const BATCH = 200
const ADDS = 100
const COMPLETIONS = 30

const rows = async <T>(databaseUrl: string, sql: string): Promise<T[]> => (await queryRows<T>(databaseUrl, sql)) ?? []

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now()
  const v = await fn()
  return [performance.now() - t0, v]
}

async function main() {
  console.log(`bench:cart — ${SIZE.toLocaleString("en")} extra products; starting a stack of its own…`)
  const stack = await benchStack()
  try {
    const admin = new Medusa({ baseUrl: stack.backendDirect, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await admin.auth.login("user", "emailpass", {
      email: stack.config.adminEmail,
      password: stack.config.adminPassword,
    })
    const store = new Medusa({ baseUrl: stack.backendDirect, publishableKey: stack.publishableKey })
    const [channel] = await rows<{ id: string }>(
      stack.databaseUrl,
      `select id from sales_channel where name = 'OCOP Market'`,
    )
    const [profile] = await rows<{ id: string }>(stack.databaseUrl, `select id from shipping_profile limit 1`)

    const bar = new cliProgress.SingleBar(
      { format: "  products {bar} {value}/{total} · {rate} products/s", noTTYOutput: true, notTTYSchedule: 2000 },
      cliProgress.Presets.shades_classic,
    )
    bar.start(SIZE, 0, { rate: "0" })
    const t0 = performance.now()
    for (let start = 0; start < SIZE; start += BATCH) {
      const create = Array.from({ length: Math.min(BATCH, SIZE - start) }, (_, k) => {
        const i = start + k
        return {
          title: `Sản phẩm OCOP đo tải ${i}`,
          handle: `bench-cart-${i}`,
          status: "published" as const,
          shipping_profile_id: profile!.id,
          sales_channels: [{ id: channel!.id }],
          options: [{ title: "Quy cách", values: ["Gói"] }],
          variants: [
            {
              title: "Gói",
              options: { "Quy cách": "Gói" },
              manage_inventory: false,
              prices: [{ currency_code: "vnd", amount: 20_000 + (i % 50) * 5_000 }],
            },
          ],
        }
      })
      await admin.admin.product.batch({ create })
      const done = Math.min(SIZE, start + BATCH)
      bar.update(done, { rate: (done / ((performance.now() - t0) / 1000)).toFixed(0) })
    }
    bar.stop()
    const createdS = (performance.now() - t0) / 1000
    console.log(`  created ${SIZE.toLocaleString("en")} products in ${createdS.toFixed(0)} s`)

    const { regions } = await store.store.region.list()
    const regionId = regions[0]!.id
    const { products } = await store.store.product.list({
      handle: "nuoc-mam-le-gia-cot-dac-biet-40n",
      region_id: regionId,
      fields: "*variants",
    })
    const fishSauce = products[0]!.variants![0]!.id
    const bulk = await rows<{ id: string }>(
      stack.databaseUrl,
      `select v.id from product_variant v join product p on p.id = v.product_id where p.handle like 'bench-cart-%' order by random() limit ${ADDS + COMPLETIONS}`,
    )

    const addTracked: number[] = []
    const addBulk: number[] = []
    for (let i = 0; i < ADDS; i++) {
      const { cart } = await store.store.cart.create({ region_id: regionId })
      addTracked.push(
        (await timed(() => store.store.cart.createLineItem(cart.id, { variant_id: fishSauce, quantity: 1 })))[0],
      )
      addBulk.push(
        (await timed(() => store.store.cart.createLineItem(cart.id, { variant_id: bulk[i]!.id, quantity: 2 })))[0],
      )
      process.stdout.write(`\r  add to cart ${i + 1}/${ADDS}`)
    }
    process.stdout.write("\n")

    const address = {
      first_name: "Đo tải",
      last_name: "",
      address_1: "1 Lê Lợi",
      city: "Phường Hạc Thành",
      province: "Tỉnh Thanh Hóa",
      country_code: "vn",
      phone: "0912345678",
    }
    const complete: number[] = []
    for (let i = 0; i < COMPLETIONS; i++) {
      const { cart } = await store.store.cart.create({ region_id: regionId, email: `bench${i}@example.vn` })
      await store.store.cart.createLineItem(cart.id, { variant_id: bulk[ADDS + i]!.id, quantity: 1 })
      await store.store.cart.update(cart.id, { shipping_address: address })
      const { shipping_options } = await store.store.fulfillment.listCartOptions({ cart_id: cart.id })
      const { cart: ready } = await store.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0]!.id })
      await store.store.payment.initiatePaymentSession(ready, { provider_id: "pp_system_default" })
      const [t, result] = await timed(() => store.store.cart.complete(cart.id))
      if (result.type !== "order") throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(result.error)}`)
      complete.push(t)
      process.stdout.write(`\r  cart completion ${i + 1}/${COMPLETIONS}`)
    }
    process.stdout.write("\n\n")
    const [{ n }] = (await rows<{ n: string }>(
      stack.databaseUrl,
      `select count(*) as n from product where deleted_at is null`,
    )) as [{ n: string }]
    console.log(`catalogue: ${Number(n).toLocaleString("en")} products`)
    console.log(
      `add to cart, stock tracked (Lê Gia's fish sauce): p50 ${ms(pct(addTracked, 50))}  p95 ${ms(pct(addTracked, 95))}  (n=${ADDS})`,
    )
    console.log(
      `add to cart, random product of the catalogue:    p50 ${ms(pct(addBulk, 50))}  p95 ${ms(pct(addBulk, 95))}  (n=${ADDS})`,
    )
    console.log(
      `cart completion, cash on delivery:               p50 ${ms(pct(complete, 50))}  p95 ${ms(pct(complete, 95))}  (n=${COMPLETIONS})`,
    )
    console.log(`target: add to cart p95 ≤ 150 ms`)
  } finally {
    await stack.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
