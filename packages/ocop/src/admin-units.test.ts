import { describe, expect, it } from "vitest"
import {
  currentProvinces,
  currentUnitsOf,
  findOldCommune,
  newCommuneByCode,
  oldCommuneByCode,
  oldDistrictByName,
  oldProvinceByName,
  stripUnitPrefix,
} from "./admin-units"

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
