/**
 * A shopper's own account: the profile through Medusa's route with the Vietnamese phone rule, and a
 * password change that asks for the current password and mails the owner
 * (backend/src/workflows/customer-password.ts). Wrong input: said at the field, nothing changed.
 */
import { currentProvince } from "@ocop-market/ocop/current-units"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { customerAccount, latestMail } from "../../tests/support/customer"
import { apiCall } from "../../tests/support/http"

const stack = inject("stack")
const email = `tai.khoan.${Date.now()}@example.vn`
const PASSWORD = "mat-khau-ban-dau-1"
let token = ""
const store = (path: string, body: unknown, bearer = token) =>
  fetch(stack.backendUrl + path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": stack.publishableKey,
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: (await r.json().catch(() => null)) as any }))
const login = (password: string) =>
  apiCall(stack.backendUrl, "POST", "/auth/customer/emailpass", undefined, { email, password })
const me = () =>
  fetch(`${stack.backendUrl}/store/customers/me`, {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": stack.publishableKey },
  }).then(async (r) => (await r.json()).customer)

beforeAll(async () => {
  token = await customerAccount(stack, email, PASSWORD, "Nguyễn Thị Lan")
})

describe("the shopper's profile", () => {
  it("takes a new name and a Vietnamese phone, and refuses a foreign one at the field", async () => {
    const bad = await store("/store/customers/me", { phone: "+1 415 555 0100" })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: "phone_invalid", field: "phone" })
    expect((await me()).phone).toBeNull()
    const good = await store("/store/customers/me", { first_name: "Nguyễn Lan", phone: "0912345678" })
    expect(good.status, JSON.stringify(good.body)).toBe(200)
    expect(await me()).toMatchObject({ first_name: "Nguyễn Lan", phone: "0912345678" })
  })
})

describe("changing the password", () => {
  it("needs the current one: a wrong one and a short new one change nothing", async () => {
    const wrong = await store("/store/ocop/account/password", {
      current_password: "sai-roi",
      new_password: "mat-khau-moi-22",
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toMatchObject({ code: "password_wrong", field: "current_password" })
    const short = await store("/store/ocop/account/password", { current_password: PASSWORD, new_password: "ngan" })
    expect(short.body).toMatchObject({ code: "too_small", field: "new_password" })
    expect((await login(PASSWORD)).status).toBe(200)
    const anonymous = await store(
      "/store/ocop/account/password",
      { current_password: PASSWORD, new_password: "x".repeat(9) },
      "",
    )
    expect(anonymous.status).toBe(401)
  })

  it("replaces it, and tells the owner by mail", async () => {
    const done = await store("/store/ocop/account/password", {
      current_password: PASSWORD,
      new_password: "mat-khau-moi-2026",
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect((await login("mat-khau-moi-2026")).status).toBe(200)
    expect((await login(PASSWORD)).status).toBe(401)
    const mail = await latestMail(stack.databaseUrl, email, "customer-password-changed")
    expect(mail.subject).toBe("Mật khẩu OCOP Market của bạn vừa được đổi")
    expect(mail.lines.join(" ")).toMatch(/\/tai-khoan\/quen-mat-khau/)
  })
})

describe("the address book", () => {
  const thanhHoa = currentProvince("38")!
  const [first, second] = thanhHoa.communes
  const address = (commune: { code: string; full_name: string }, street: string, provinceCode = "38") => ({
    first_name: "Nguyễn Lan",
    last_name: "",
    phone: "0912345678",
    country_code: "vn",
    province: thanhHoa.full_name,
    city: commune.full_name,
    address_1: street,
    metadata: { province_code: provinceCode, commune_code: commune.code },
  })
  const book = async () =>
    ((await me()).addresses ?? []) as { id: string; address_1: string; is_default_shipping: boolean }[]

  it("refuses a commune that is not in its province, and keeps nothing", async () => {
    const hanoi = currentProvince("01")!
    const wrong = await store("/store/customers/me/addresses", address(hanoi.communes[0]!, "1 Tràng Tiền"))
    expect(wrong.status).toBe(400)
    expect(wrong.body).toMatchObject({ code: "commune_code_mismatch", field: "metadata.commune_code" })
    expect(await book()).toHaveLength(0)
  })

  it("keeps two addresses, makes one the default, and lets no other customer touch them", async () => {
    expect((await store("/store/customers/me/addresses", address(first!, "3 Nguyễn Trãi"))).status).toBe(200)
    expect((await store("/store/customers/me/addresses", address(second!, "9 Lê Lai"))).status).toBe(200)
    const [a, b] = await book()
    expect((await store(`/store/customers/me/addresses/${b!.id}`, { is_default_shipping: true })).status).toBe(200)
    expect((await book()).find((x) => x.id === b!.id)!.is_default_shipping).toBe(true)

    const other = await customerAccount(stack, `nguoi.khac.${Date.now()}@example.vn`, "mat-khau-nguoi-khac")
    const touch = await store(`/store/customers/me/addresses/${a!.id}`, { address_1: "đổi trộm" }, other)
    expect(touch.status).toBe(404)
    const remove = await fetch(`${stack.backendUrl}/store/customers/me/addresses/${a!.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${other}`, "x-publishable-api-key": stack.publishableKey },
    })
    expect(remove.status).toBe(404)
    expect((await book()).map((x) => x.address_1).sort()).toEqual(["3 Nguyễn Trãi", "9 Lê Lai"])
  })
})
