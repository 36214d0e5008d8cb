import { describe, expect, it } from "vitest"
import { maskEmail, maskName, maskOrderContacts, maskPhone } from "./privacy"

describe("what a lookup shows", () => {
  it("masks names, phones and e-mails to what recognises them", () => {
    expect(maskName("Nguyễn Thị Lan")).toBe("N• T• L•")
    expect(maskName("  ánh  ")).toBe("Á•")
    expect(maskPhone("0912888777")).toBe("•••••••777")
    expect(maskPhone("12")).toBe("••")
    expect(maskEmail("lan.nguyen@example.vn")).toBe("l•••@example.vn")
    expect(maskEmail("no-at-sign")).toBe("•••")
  })

  it("keeps the contact the lookup proved and leaves the street out", () => {
    const order = {
      id: "order_1",
      email: "lan@example.vn",
      shipping_address: {
        first_name: "Nguyễn Thị Lan",
        phone: "0912888777",
        address_1: "45 Phan Bội Châu",
        city: "Phường Hạc Thành",
      },
    }
    expect(maskOrderContacts(order, "phone")).toEqual({
      id: "order_1",
      email: "l•••@example.vn",
      shipping_address: {
        first_name: "N• T• L•",
        phone: "0912888777",
        address_1: null,
        address_2: null,
        city: "Phường Hạc Thành",
      },
    })
    const byEmail = maskOrderContacts(order, "email")
    expect(byEmail.email).toBe("lan@example.vn")
    expect(byEmail.shipping_address!.phone).toBe("•••••••777")
    expect(order.shipping_address.address_1).toBe("45 Phan Bội Châu") // the original is left as it was
  })
})
