import { describe, expect, it } from "vitest"
import {
  certificationStatusOn,
  currentGroup,
  groupLabel,
  isLegalType,
  issuingLevelFor,
  LEGAL_TYPES,
  OCOP_GROUPS,
  validateCertification,
  vietnamToday,
} from "./index.js"

const TODAY = "2026-11-28"
const sound = {
  star: 4,
  score: 78,
  group: "food",
  decision_number: "2942/QĐ-UBND",
  decision_date: "2025-08-05",
  issuing_level: "province",
  valid_until: "2028-08-05",
}

describe("issuing level by decision date", () => {
  it("follows 1048 (2019): province 3–4★, central 5★", () => {
    expect(issuingLevelFor(3, "2021-08-05")).toBe("province")
    expect(issuingLevelFor(4, "2019-12-23")).toBe("province")
    expect(issuingLevelFor(5, "2023-02-23")).toBe("central")
  })
  it("follows 148 (24/02/2023): district 3★, province 4★, central 5★", () => {
    expect(issuingLevelFor(3, "2023-02-24")).toBe("district")
    expect(issuingLevelFor(4, "2024-05-02")).toBe("province")
    expect(issuingLevelFor(5, "2025-01-16")).toBe("central")
    expect(issuingLevelFor(3, "2025-07-05")).toBe("district")
  })
  it("follows 1489 (06/07/2025): province 3–4★, central 5★", () => {
    expect(issuingLevelFor(3, "2025-07-06")).toBe("province")
    expect(issuingLevelFor(5, "2026-03-01")).toBe("central")
  })
})

describe("validateCertification", () => {
  it("accepts a sound certificate", () => {
    expect(validateCertification(sound, TODAY)).toEqual([])
  })
  it.each([
    [{ star: 2 }, "star", /3, 4 or 5/],
    [{ star: 6 }, "star", /3, 4 or 5/],
    [{ score: 69 }, "score", /outside the 4★ band \(70–89\)/],
    [{ score: 90 }, "score", /outside the 4★ band/],
    [{ score: 101 }, "score", /0 to 100/],
    [{ group: "textile" }, "group", /unknown product group "textile"/],
    [{ decision_date: "2026-12-01", valid_until: "2029-12-01" }, "decision_date", /in the future/],
    [{ decision_date: "05/08/2025" }, "decision_date", /YYYY-MM-DD/],
    [{ valid_until: "2028-08-04" }, "valid_until", /must be 2028-08-05/],
    [{ issuing_level: "district" }, "issuing_level", /province level under Decision 1489/],
    [{ proposed_star: 4 }, "proposed_star", /higher star than 4/],
    [{ decision_number: " " }, "decision_number", /required/],
  ])("rejects %o naming %s", (change, field, message) => {
    const errors = validateCertification({ ...sound, ...change }, TODAY)
    expect(errors.map((e) => e.field)).toContain(field)
    expect(errors.find((e) => e.field === field)!.message).toMatch(message)
  })
  it("checks the score bands at their edges", () => {
    expect(validateCertification({ ...sound, star: 3, score: 50 }, TODAY)).toEqual([])
    expect(validateCertification({ ...sound, star: 3, score: 69 }, TODAY)).toEqual([])
    expect(validateCertification({ ...sound, star: 4, score: 70 }, TODAY)).toEqual([])
    expect(validateCertification({ ...sound, star: 4, score: 89 }, TODAY)).toEqual([])
    expect(validateCertification({ ...sound, star: 3, score: 49 }, TODAY)[0]!.field).toBe("score")
  })
  it("accepts a decision dated today", () => {
    expect(validateCertification({ ...sound, decision_date: TODAY, valid_until: "2029-11-28" }, TODAY)).toEqual([])
  })
})

describe("certificate status", () => {
  it("is active through its last valid day and expired the day after", () => {
    expect(certificationStatusOn({ valid_until: "2026-08-05" }, "2026-08-05")).toBe("active")
    expect(certificationStatusOn({ valid_until: "2026-08-05" }, "2026-08-06")).toBe("expired")
  })
  it("is revoked whatever its dates", () => {
    expect(certificationStatusOn({ valid_until: "2030-01-01", revoked_at: "2026-01-01" }, TODAY)).toBe("revoked")
  })
  it("counts days in Vietnam's time zone", () => {
    expect(vietnamToday(new Date("2026-08-05T16:59:59Z"))).toBe("2026-08-05")
    expect(vietnamToday(new Date("2026-08-05T17:00:00Z"))).toBe("2026-08-06")
  })
})

describe("groups and legal types", () => {
  it("has the six groups of Decision 148", () => {
    expect(OCOP_GROUPS.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(groupLabel("herbal")).toBe("Thảo dược")
    expect(groupLabel("handicraft", "en")).toBe("Handicrafts")
  })
  it("maps Decision 1048's groups onto today's", () => {
    expect(currentGroup("textile")).toBe("handicraft")
    expect(currentGroup("souvenir")).toBe("handicraft")
    expect(currentGroup("food")).toBe("food")
    expect(currentGroup("tourism")).toBe("tourism")
    expect(currentGroup("cosmetics")).toBeNull()
  })
  it("knows the four legal types", () => {
    expect(LEGAL_TYPES.map((t) => t.vi)).toEqual(["Doanh nghiệp", "Hợp tác xã", "Tổ hợp tác", "Hộ sản xuất kinh doanh"])
    expect(isLegalType("cooperative_group")).toBe(true)
    expect(isLegalType("company")).toBe(false)
  })
})
