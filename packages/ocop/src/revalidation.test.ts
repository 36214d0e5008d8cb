import { describe, expect, it } from "vitest"
import { CACHE_TAGS, isCacheTag, productTag } from "./cache-tags.js"
import { checkSignature, signNotice } from "./revalidation.js"

describe("cache notices", () => {
  const body = JSON.stringify({ id: "n1", tags: [CACHE_TAGS.catalogue] })
  const now = 1_780_000_000_000

  it("accepts its own signature and refuses any other", () => {
    const header = signNotice("s3cret", body, now)
    expect(checkSignature("s3cret", body, header, now + 1000)).toEqual({ ok: true })
    expect(checkSignature("other", body, header, now)).toEqual({ ok: false, code: "signature_invalid" })
    expect(checkSignature("s3cret", body.replace("n1", "n2"), header, now)).toEqual({
      ok: false,
      code: "signature_invalid",
    })
    expect(checkSignature("s3cret", body, "t=abc,v1=00", now)).toEqual({ ok: false, code: "signature_invalid" })
    expect(checkSignature("s3cret", body, undefined, now)).toEqual({ ok: false, code: "signature_missing" })
  })

  it("refuses a signature older than a minute (a replayed request)", () => {
    const header = signNotice("s3cret", body, now)
    expect(checkSignature("s3cret", body, header, now + 61_000)).toEqual({ ok: false, code: "signature_expired" })
  })

  it("knows the shop's tags and nothing else", () => {
    expect(isCacheTag("catalogue")).toBe(true)
    expect(isCacheTag(productTag("nem-chua-thanh-hoa"))).toBe(true)
    expect(isCacheTag("producer:htx-1")).toBe(true)
    expect(isCacheTag("group:food")).toBe(true)
    for (const bad of ["", "product:", "product:A B", "user:1", "product:x:y", 42, null, "catalogue "]) {
      expect(isCacheTag(bad)).toBe(false)
    }
  })
})
