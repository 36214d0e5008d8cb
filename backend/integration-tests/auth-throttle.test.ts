/**
 * Logins and password resets are limited per account (backend/src/api/auth/middlewares.ts): wrong
 * passwords sent at once for one address stop at the limit with 429 `too_many_attempts` and
 * Retry-After, and then even the right password waits; another address is not affected; a right
 * password clears the count of wrong ones before it; reset mails for one address stop at five.
 * Each test uses addresses of its own, so no other file meets these limits.
 */
import { describe, expect, inject, it } from "vitest"
import { apiCall } from "../../tests/support/http"

const stack = inject("stack")
const call = (path: string, body: unknown) => apiCall(stack.backendUrl, "POST", path, undefined, body)
const PASSWORD = "mat-khau-dung-2026"

/** A shopper's account (an emailpass identity is all a login needs). */
async function account(email: string) {
  const reg = await call("/auth/customer/emailpass/register", { email, password: PASSWORD })
  expect(reg.status).toBe(200)
}

const login = (email: string, password: string) => call("/auth/customer/emailpass", { email, password })

describe("login and password-reset limits per account", () => {
  it("stops 20 wrong passwords sent at once after 10, then refuses even the right one for a while", async () => {
    const victim = `doan.${Date.now()}@example.vn`
    const bystander = `ben.${Date.now()}@example.vn`
    await account(victim)
    await account(bystander)

    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(victim, `sai-${i}-mat-khau`)))
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses.filter((s) => s === 401)).toHaveLength(10)
    expect(statuses.filter((s) => s === 429)).toHaveLength(10)
    const limited = answers.find((a) => a.status === 429)!
    expect(limited.body).toMatchObject({ code: "too_many_attempts", params: { retry_after: expect.any(Number) } })
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(800) // about 15 minutes

    // the address is locked, whoever knows its password; the same address typed in capitals too
    expect((await login(victim, PASSWORD)).status).toBe(429)
    expect((await login(victim.toUpperCase(), PASSWORD)).status).toBe(429)
    // another address is not
    expect((await login(bystander, PASSWORD)).status).toBe(200)
  })

  it("counts wrong passwords in a row: a right one clears them", async () => {
    const email = `lien.${Date.now()}@example.vn`
    await account(email)
    for (let i = 0; i < 6; i++) expect((await login(email, "sai-mat-khau")).status).toBe(401)
    expect((await login(email, PASSWORD)).status).toBe(200)
    for (let i = 0; i < 9; i++) expect((await login(email, "sai-mat-khau")).status).toBe(401)
    expect((await login(email, PASSWORD)).status).toBe(200)
  })

  it("mails at most five password resets an hour to one address", async () => {
    const email = `quen.${Date.now()}@example.vn`
    await account(email)
    const answers = []
    for (let i = 0; i < 7; i++)
      answers.push(await call("/auth/customer/emailpass/reset-password", { identifier: email }))
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 429, 429])
    expect(answers[6]!.body).toMatchObject({ code: "too_many_attempts" })
  })
})
