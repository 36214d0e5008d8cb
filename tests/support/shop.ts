import { buyWithCashOnDelivery } from "../../scripts/lib/buyer"
import type { Page } from "playwright-core"

/**
 * Checkout as a guest from the cart's first step, with cash on delivery (or the payment method whose
 * label is given); returns the order id and number.
 */
export async function checkoutWithCashOnDelivery(
  page: Page,
  base: string,
  who: { name: string; email: string; phone: string; commune: string; street: string; payWith?: RegExp } = {
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
  if (who.payWith) await page.getByLabel(who.payWith).check()
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
export const placeCodOrder = buyWithCashOnDelivery
