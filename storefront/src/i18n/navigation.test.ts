import { describe, expect, it } from "vitest"
import { paths } from "@/lib/i18n"

describe("each language's paths", () => {
  it("are Vietnamese at the root and English under /en, params and query filled in", () => {
    expect(paths.home("vi")).toBe("/")
    expect(paths.home("en")).toBe("/en")
    expect(paths.catalogue("vi")).toBe("/san-pham")
    expect(paths.product("vi", "nem-chua")).toBe("/san-pham/nem-chua")
    expect(paths.product("en", "nem-chua")).toBe("/en/products/nem-chua")
    expect(paths.producer("vi", "htx-a")).toBe("/chu-the/htx-a")
    expect(paths.checkout("vi", "review")).toBe("/thanh-toan?step=review")
    expect(paths.portalProduct("en", "prod_1")).toBe("/en/producer/products/prod_1")
  })
})
