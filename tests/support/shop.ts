import Medusa from "@medusajs/js-sdk"
import type { Page } from "playwright-core"

/** Checkout as a guest with cash on delivery from the cart's first step; returns the order id and number. */
export async function checkoutWithCashOnDelivery(
  page: Page,
  base: string,
  who = {
    name: "Phạm Văn Bình",
    email: "binh@example.vn",
    phone: "0983 111 222",
    commune: "Phường Hạc Thành",
    street: "9 Phan Chu Trinh",
  },
): Promise<{ orderId: string; number: string }> {
  await page.goto(`${base}/thanh-toan`)
  await page.getByLabel("Họ và tên").fill(who.name)
  await page.getByLabel("Email").fill(who.email)
  await page.getByLabel("Số điện thoại").fill(who.phone)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=address/)
  await page.getByLabel("Xã/Phường/Đặc khu").selectOption({ label: who.commune })
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill(who.street)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=shipping/)
  await page.getByLabel(/Giao hàng tiêu chuẩn/).check()
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=payment/)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=review/)
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await page.waitForURL(/\/don-hang\/order_/)
  const number = (await page.getByTestId("order-number").textContent())!.match(/#(\d+)/)![1]!
  return { orderId: page.url().split("/").pop()!, number }
}

/**
 * An order placed through the store API as a guest: one product, a Thanh Hóa address, the first
 * (cheapest) shipping option, cash on delivery. Returns the order's id.
 */
export async function placeCodOrder(
  stack: { backendUrl: string; publishableKey: string },
  variantId: string,
  {
    quantity = 1,
    email = "khach@example.vn",
    street = "1 Lê Lợi",
    onCart,
  }: { quantity?: number; email?: string; street?: string; onCart?: (cartId: string) => void } = {},
): Promise<string> {
  const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
  const { regions } = await sdk.store.region.list()
  const { cart } = await sdk.store.cart.create({ region_id: regions[0]!.id, email })
  onCart?.(cart.id)
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity })
  const address = {
    first_name: "Khách",
    last_name: "",
    address_1: street,
    city: "Phường Hạc Thành",
    province: "Tỉnh Thanh Hóa",
    country_code: "vn",
    phone: "0912345678",
  }
  await sdk.store.cart.update(cart.id, { shipping_address: address })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const cheapest = [...shipping_options].sort((a, b) => Number(a.amount) - Number(b.amount))[0]!
  const { cart: ready } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: cheapest.id })
  await sdk.store.payment.initiatePaymentSession(ready, { provider_id: "pp_system_default" })
  const done = await sdk.store.cart.complete(cart.id)
  if (done.type !== "order") throw new Error(`the cart did not become an order: ${done.error?.message ?? ""}`)
  return done.order.id
}
