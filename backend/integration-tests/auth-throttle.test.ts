/**
 * Logins and password resets are limited per account (backend/src/api/auth/middlewares.ts): wrong
 * passwords sent at once for one address stop at the limit with 429 `too_many_attempts` and
 * Retry-After, and then even the right password waits; another address is not affected; a right
 * password clears the count of wrong ones before it; reset mails for one address stop at five.
 * Each test uses addresses of its own, so no other file meets these limits.
 */
import { CLIENT_IP_HEADER, CLIENT_IP_SIGNATURE_HEADER, clientIpHeaders } from "@ocop-market/ocop/revalidation"
import { describe, expect, inject, it } from "vitest"
import { customerAccount } from "../../tests/support/customer"
import { apiCall } from "../../tests/support/http"

const stack = inject("stack")
const call = (path: string, body: unknown) => apiCall(stack.backendUrl, "POST", path, undefined, body)
const PASSWORD = "mat-khau-dung-2026"

/** A shopper's account, signed up and confirmed as a shopper does. */
const account = (email: string) => customerAccount(stack, email, PASSWORD)

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

/**
 * Per network address: the storefront passes on the shopper's, signed with the secret it shares
 * with the backend (packages/ocop/src/revalidation.ts); an unsigned one is not believed. Each test
 * takes a random address, as counters may outlive a run in Redis.
 */
const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`
const from = (ip: string, signed = true) =>
  signed
    ? clientIpHeaders(stack.revalidateSecret, ip)
    : { [CLIENT_IP_HEADER]: ip, [CLIENT_IP_SIGNATURE_HEADER]: "0".repeat(64) }
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(stack.backendUrl + path, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey, ...headers },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, headers: r.headers, body: (await r.json().catch(() => null)) as any }))

describe("limits per network address", () => {
  it("stops one address trying 50 wrong passwords over many accounts; another address logs in", async () => {
    const ip = randomIp()
    const email = `nhieu.tk.${Date.now()}@example.vn`
    await account(email)
    const statuses: number[] = []
    for (let i = 0; i < 52; i++) {
      statuses.push(
        (
          await post(
            "/auth/customer/emailpass",
            { email: `tk${i}.${Date.now()}@example.vn`, password: "x-sai-mat-khau" },
            from(ip),
          )
        ).status,
      )
    }
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(50)).toEqual([429, 429])
    expect((await post("/auth/customer/emailpass", { email, password: PASSWORD }, from(ip))).status).toBe(429)
    expect((await post("/auth/customer/emailpass", { email, password: PASSWORD }, from(randomIp()))).status).toBe(200)
  }, 120_000)

  it("believes no unsigned address: forged ones count as the sender's own, not the one claimed", async () => {
    const ip = randomIp()
    for (let i = 0; i < 51; i++) {
      const forged = await post(
        "/auth/customer/emailpass",
        { email: `gia.mao${i}.${Date.now()}@example.vn`, password: "x-sai" },
        from(ip, false),
      )
      expect(forged.status).toBe(401)
    }
    // the claimed address has used none of its 50
    const real = await post(
      "/auth/customer/emailpass",
      { email: `that.${Date.now()}@example.vn`, password: "x" },
      from(ip),
    )
    expect(real.status).toBe(401)
  }, 120_000)

  it("takes at most 20 sign-ups an hour from one address, and 10 invite tokens in 15 minutes", async () => {
    const ip = randomIp()
    const registrations: number[] = []
    for (let i = 0; i < 21; i++) {
      registrations.push(
        (
          await post(
            "/store/ocop/accounts",
            { email: `moi${i}.${Date.now()}@example.vn`, password: PASSWORD, full_name: "Khách Mới" },
            from(ip),
          )
        ).status,
      )
    }
    expect(registrations.slice(0, 20).every((s) => s === 202)).toBe(true)
    expect(registrations[20]).toBe(429)
    const invites: number[] = []
    for (let i = 0; i < 11; i++)
      invites.push((await post("/producer/invites/accept", { token: `doan-${i}` }, from(ip))).status)
    expect(invites.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(invites[10]).toBe(429)
  }, 60_000)

  it("lets one address search 120 times a minute, then asks it to wait", async () => {
    const ip = randomIp()
    const statuses: number[] = []
    for (let i = 0; i < 122; i++) {
      statuses.push(
        (
          await post(
            "/store/search",
            { entity: "product", filters: { q: "mật ong" }, pagination: { take: 1 } },
            from(ip),
          )
        ).status,
      )
    }
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(120)).toEqual([429, 429])
    // the storefront's own reads (and this machine's) are not counted
    expect((await post("/store/search", { entity: "product", filters: {}, pagination: { take: 1 } })).status).toBe(200)
  })
})

describe("a refused login says nothing about the account", () => {
  it("takes as long for an address without an account as for one with", async () => {
    const email = `thoi.gian.${Date.now()}@example.vn`
    await account(email)
    const time = async (who: string) => {
      const t0 = performance.now()
      const r = await login(who, "sai-mat-khau-nay")
      expect(r.status).toBe(401)
      return performance.now() - t0
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 4; i++) {
      known.push(await time(email))
      unknown.push(await time(`khong.co.${i}.${Date.now()}@example.vn`))
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    console.info(`refused login: known ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`)
    expect(Math.min(...unknown)).toBeGreaterThanOrEqual(240)
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(80)
  })
})
