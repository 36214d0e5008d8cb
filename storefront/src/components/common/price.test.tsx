import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { Price } from "./price"

describe("<Price>", () => {
  it('shows VND as "125.000 ₫", without decimals', () => {
    expect(renderToStaticMarkup(<Price amount={125000} />)).toBe("<span>125.000\u00a0₫</span>")
    expect(renderToStaticMarkup(<Price amount={1250000.4} />)).toBe("<span>1.250.000\u00a0₫</span>")
  })
  it("shows nothing when there is no price", () => {
    expect(renderToStaticMarkup(<Price amount={null} />)).toBe("")
  })
})
