import { readFileSync } from "node:fs"
import path from "node:path"
import { OCOP_GROUPS } from "@ocop-market/ocop"
import { describe, expect, it } from "vitest"

const dir = path.resolve(import.meta.dirname, "../../public/images/groups")
const label = (file: string) => readFileSync(path.join(dir, file), "utf8").match(/<text[^>]*>([^<]+)<\/text>/)?.[1]

// The drawing a product shows until it has a photo carries its group's name in the page's language.
describe("group drawings", () => {
  it.each(OCOP_GROUPS.map((g) => [g.code, g]))("%s has a Vietnamese and an English drawing", (code, g) => {
    const vi = label(`${code}.svg`)
    const en = label(`en/${code}.svg`)
    expect(g.vi.toLowerCase()).toContain(vi!.toLowerCase())
    expect(en).toMatch(/^[A-Za-z ]+$/)
    expect(g.en.toLowerCase()).toContain(en!.split(" ")[0]!.toLowerCase())
  })
})
