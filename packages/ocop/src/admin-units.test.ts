import { describe, expect, it } from "vitest"
import {
  currentProvinces,
  currentUnitsOf,
  findOldCommune,
  newCommuneByCode,
  oldCommuneByCode,
  oldDistrictByName,
  oldProvinceByName,
  resolveCertifiedOrigin,
  stripUnitPrefix,
} from "./admin-units.js"

describe("administrative units", () => {
  it("has 34 provinces after the reform, Thanh Hóa with 166 communes (147 xã, 19 phường)", () => {
    const provinces = currentProvinces()
    expect(provinces).toHaveLength(34)
    const th = provinces.find((p) => p.code === "38")!
    expect(th.communes).toHaveLength(166)
    expect(th.communes.filter((c) => c.type === "xã")).toHaveLength(147)
    expect(th.communes.filter((c) => c.type === "phường")).toHaveLength(19)
  })

  it("finds a commune as certified by district and name, with or without its prefix", () => {
    const th = oldProvinceByName("Thanh Hóa")!
    const hoangHoa = oldDistrictByName(th.code, "Hoằng Hóa")!
    expect(hoangHoa.full_name).toBe("Huyện Hoằng Hóa")
    expect(findOldCommune(hoangHoa.code, "xã Hoằng Phụ")!.code).toBe(findOldCommune(hoangHoa.code, "Hoằng Phụ")!.code)
  })

  it("never confuses communes that differ only by diacritics (Hoằng Phú / Hoằng Phụ)", () => {
    const hoangHoa = oldDistrictByName("38", "Hoằng Hóa")!
    const phu = findOldCommune(hoangHoa.code, "Hoằng Phụ")!
    const phuSac = findOldCommune(hoangHoa.code, "Hoằng Phú")
    expect(phu.name).toBe("Hoằng Phụ")
    if (phuSac) expect(phuSac.code).not.toBe(phu.code)
    // without diacritics the name is ambiguous, so nothing is guessed
    expect(findOldCommune(hoangHoa.code, "Hoang Phu")).toBeNull()
  })

  it("maps a merged commune to the unit it lies in today", () => {
    // Thọ Xương (Thọ Xuân) merged into the new xã Lam Sơn, which kept its code 15544
    const thoXuong = oldCommuneByCode("15544")!
    expect(thoXuong.name).toBe("Thọ Xương")
    expect(thoXuong.district.name).toBe("Thọ Xuân")
    expect(currentUnitsOf("15544")).toEqual([expect.objectContaining({ code: "15544", name: "Lam Sơn", part: "full" })])
    // Hoằng Phụ → the new xã Hoằng Thanh (16000)
    const hoangPhu = findOldCommune(oldDistrictByName("38", "Hoằng Hóa")!.code, "Hoằng Phụ")!
    expect(currentUnitsOf(hoangPhu.code).map((u) => u.full_name)).toEqual(["Xã Hoằng Thanh"])
  })

  it("lists every part of a split commune", () => {
    const parts = currentUnitsOf("14758") // phường Đông Thọ, split in two
    expect(parts.map((p) => p.name).sort()).toEqual(["Hàm Rồng", "Hạc Thành"])
    expect(parts.every((p) => p.part === "partial")).toBe(true)
  })

  it("knows a current unit by code, and nothing for unknown codes", () => {
    expect(newCommuneByCode("16000")!.province.name).toBe("Thanh Hóa")
    expect(oldCommuneByCode("99999")).toBeNull()
    expect(currentUnitsOf("99999")).toEqual([])
  })

  it("strips unit prefixes", () => {
    expect(stripUnitPrefix("thị trấn Hồi Xuân")).toBe("Hồi Xuân")
    expect(stripUnitPrefix("Phường Ninh Hải")).toBe("Ninh Hải")
  })
})

describe("resolveCertifiedOrigin", () => {
  it("resolves a commune as certified and where it lies today", () => {
    const r = resolveCertifiedOrigin({ district: "Hoằng Hóa", commune: "xã Hoằng Phụ" })
    expect(r.errors).toEqual([])
    expect(r.origin).toMatchObject({
      origin_province_name: "Thanh Hóa",
      origin_district_name: "Huyện Hoằng Hóa",
      origin_commune_name: "xã Hoằng Phụ",
      current_province_code: "38",
      current_commune_name: "Xã Hoằng Thanh",
    })
  })
  it("accepts a renamed commune by its code (Hà Lai, now under Lĩnh Toại)", () => {
    const r = resolveCertifiedOrigin({ district: "Hà Trung", commune: "xã Hà Lai", commune_code: "15331" })
    expect(r.origin).toMatchObject({
      origin_commune_code: "15331",
      origin_commune_name: "xã Hà Lai",
      current_commune_name: "Xã Lĩnh Toại",
    })
  })
  it("accepts an absorbed district by name when the commune code is given", () => {
    const r = resolveCertifiedOrigin({ district: "Đông Sơn", commune: "xã Đông Hoàng", commune_code: "16381" })
    expect(r.origin).toMatchObject({ origin_district_name: "Huyện Đông Sơn", origin_district_code: null })
  })
  it.each([
    [
      { district: "Hoằng Hóa", commune: "xã Hoằng Phụ", commune_code: "15544" },
      "origin.commune_code",
      /Thọ Xương in Huyện Thọ Xuân, not in Huyện Hoằng Hóa/,
    ],
    [
      { district: "Hoằng Hóa", commune: "xã X", commune_code: "99999" },
      "origin.commune_code",
      /unknown commune code 99999/,
    ],
    [{ district: "Hoằng Hóa", commune: "xã X", commune_code: "123" }, "origin.commune_code", /5 digits/],
    [
      { district: "Hoằng Hóa", commune: "xã Không Có" },
      "origin.commune",
      /no commune "xã Không Có" in Huyện Hoằng Hóa/,
    ],
    [{ district: "Atlantis", commune: "xã A" }, "origin.district", /unknown district "Atlantis"/],
    [{ province: "Narnia", district: "Hoằng Hóa", commune: "xã Hoằng Phụ" }, "origin.province", /unknown province/],
    [
      { province: "Nghệ An", district: "Hoằng Hóa", commune: "x", commune_code: "16000" },
      "origin.commune_code",
      /not in Tỉnh Nghệ An/,
    ],
  ])("rejects %o", (input, field, message) => {
    const r = resolveCertifiedOrigin(input)
    expect(r.origin).toBeNull()
    expect(r.errors[0]!.field).toBe(field)
    expect(r.errors[0]!.message).toMatch(message)
  })
})
