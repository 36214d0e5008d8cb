/**
 * Builds the sample Thanh Hóa catalogue the seed loads (backend/src/scripts/seed/thanh-hoa-catalogue.json)
 * from the real products in ../shared/data/ocop, completed with plausible ones so that it reproduces
 * the programme's 2021 figures exactly (GUIDE.md §2): 69 products, 47 producers (24 enterprises,
 * 11 cooperatives, 2 cooperative groups, 10 households), 45 communes in 18 districts; groups
 * food 47 / beverages 5 / handicrafts 7 / herbal 10; 17 four-star, 52 three-star; Lê Gia's fish sauce
 * and shrimp paste (4★) proposed for 5★. Every change to a real record is written in its `sample_note`.
 *
 *   npx tsx scripts/catalogue/build-sample-catalogue.ts [path/to/thanh-hoa-products.json]
 *
 * The output is committed; a fresh clone does not need ../shared.
 */
import fs from "node:fs"
import path from "node:path"
import { findOldCommune, oldCommuneByCode, oldDistrictByName } from "@ocop-market/ocop/admin-units"
import { slugifyVietnamese, type LegalType, type OcopGroup } from "@ocop-market/ocop"

const root = path.resolve(__dirname, "../..")
const source = process.argv[2] ?? path.resolve(root, "../shared/data/ocop/thanh-hoa-products.json")
const out = path.join(root, "backend/src/scripts/seed/thanh-hoa-catalogue.json")

type Real = {
  id: string
  name: string
  producer: string | null
  producer_type: LegalType | null
  district: string
  commune: string | null
  star: 3 | 4 | 5
  group: string
  description: string
  decision: string | null
  source: string
}

// Real products left out so the figures hold (their producers' counts or groups would not fit).
const DROPPED: Record<string, string> = {
  "th-ocop-028": "hộ Thùy Linh: 10 households in the 2021 figures",
  "th-ocop-035": "hộ Nguyễn Phú Công: 10 households in the 2021 figures",
  "th-ocop-057": "HTX Ngọc Tân: 11 cooperatives in the 2021 figures",
  "th-ocop-063": "HTX Toàn Thắng: 11 cooperatives in the 2021 figures",
  "th-ocop-047": "producer unknown; 7 handicrafts in the 2021 figures",
  "th-ocop-052": "producer unknown; 47 food products in the 2021 figures",
  "th-ocop-056": "producer unknown; 5 beverages in the 2021 figures",
}

// Producers the sources do not name: plausible names, marked as sample.
const NAMED: Record<string, { producer: string; type: LegalType }> = {
  "th-ocop-004": { producer: "Công ty TNHH Nông nghiệp công nghệ cao Taki", type: "enterprise" },
  "th-ocop-005": { producer: "Công ty TNHH Nông nghiệp công nghệ cao Taki", type: "enterprise" },
  "th-ocop-048": { producer: "Tổ hợp tác chế biến mắm cáy Quảng Phúc", type: "cooperative_group" },
  "th-ocop-053": { producer: "Công ty TNHH Thực phẩm Vinh Lài", type: "enterprise" },
  "th-ocop-054": { producer: "Công ty TNHH Nước mắm Tân Mai", type: "enterprise" },
  "th-ocop-061": { producer: "Tổ hợp tác sản xuất kẹo lạc Hà Ly", type: "cooperative_group" },
}

// Plausible products completing the groups (4 food, 3 herbal), all 3★.
const ADDED: Real[] = [
  [
    "th-sample-01",
    "Trà túi lọc cà gai leo Xứ Thanh",
    "Công ty Cổ phần Dược liệu Xứ Thanh",
    "Thạch Thành",
    "xã Thành Công",
    "herbal",
    "Trà túi lọc từ cây cà gai leo trồng trên đồi Thạch Thành, sấy lạnh giữ hoạt chất.",
  ],
  [
    "th-sample-02",
    "Tinh bột nghệ vàng Như Xuân",
    "Công ty TNHH Nông sản sạch Như Xuân",
    "Như Xuân",
    "xã Bãi Trành",
    "herbal",
    "Tinh bột nghệ vàng chiết lọc từ củ nghệ trồng ở vùng đồi Như Xuân, không pha tạp.",
  ],
  [
    "th-sample-03",
    "Tinh dầu quế Thường Xuân",
    "Công ty TNHH một thành viên quế Thường Xuân",
    "Thường Xuân",
    null,
    "herbal",
    "Tinh dầu chưng cất từ lá và vỏ quế ngọc Thường Xuân, thơm ấm, dùng xông và khử mùi.",
  ],
  [
    "th-sample-04",
    "Chả mực Hải Tiến",
    "Công ty TNHH Thực phẩm Hải Tiến",
    "Hoằng Hóa",
    "xã Hoằng Tiến",
    "food",
    "Chả mực giã tay từ mực lá tươi đánh bắt ở vùng biển Hải Tiến, chiên vàng thơm.",
  ],
  [
    "th-sample-05",
    "Nem chua Hải Tiến",
    "Công ty TNHH Thực phẩm Hải Tiến",
    "Hoằng Hóa",
    "xã Hoằng Tiến",
    "food",
    "Nem chua gói lá chuối theo cách làm xứ Thanh, vị chua dịu, cay nhẹ.",
  ],
  [
    "th-sample-06",
    "Bánh gạo lứt Thọ Xuân",
    "Công ty TNHH Bánh kẹo Thọ Xuân",
    "Thọ Xuân",
    "xã Xuân Lập",
    "food",
    "Bánh gạo lứt sấy giòn từ gạo lứt huyết rồng trồng ven sông Chu, ít đường.",
  ],
  [
    "th-sample-07",
    "Gạo thơm Yên Định",
    "Công ty TNHH Gạo sạch Yên Định",
    "Yên Định",
    "xã Định Hòa",
    "food",
    "Gạo thơm trồng trên cánh đồng mẫu lớn Yên Định theo quy trình VietGAP.",
  ],
].map(([id, name, producer, district, commune, group, description]) => ({
  id: id!,
  name: name!,
  producer: producer!,
  producer_type: "enterprise" as LegalType,
  district: district!,
  commune: commune ?? null,
  star: 3 as const,
  group: group!,
  description: description!,
  decision: null,
  source: "",
}))

// Communes for producers whose source names none: plausible, marked as sample.
const COMMUNE_OF_PRODUCER: Record<string, string> = {
  "Công ty TNHH Nông nghiệp công nghệ cao Taki": "xã Quảng Nhân",
  "Công ty Cổ phần Thương mại Hậu Lộc": "thị trấn Hậu Lộc",
  "Cơ sở sản xuất bánh gai Lâm Thắm": "xã Thọ Diên",
  "Công ty TNHH Đức Giang": "thị trấn Thọ Xuân",
  "Công ty TNHH Sản xuất thương mại tinh dầu Minh Hồng": "thị trấn Kim Tân",
  "Cơ sở sản xuất, kinh doanh rượu An Tâm": "xã Vĩnh Hùng",
  "Cơ sở sản xuất Lâm Thu": "xã Vĩnh Phúc",
  "HTX ong mật Hưởng Hoa": "xã Thạch Quảng",
  "HTX nông sản hữu cơ Trúc Phượng": "xã Phượng Nghi",
  "Công ty TNHH Ngân Khương": "xã Nga Thanh",
  "HTX dịch vụ nông nghiệp Thành Công": "xã Xuân Hòa",
  "Hộ sản xuất Nguyễn Thị Lan Anh": "xã Quảng Ngọc",
  "HTX dịch vụ nông lâm nghiệp Bình Sơn": "xã Bình Sơn",
  "Công ty TNHH MTV dịch vụ nông nghiệp công nghệ cao Thiên Trường 36": "xã Đông Hoàng",
  "HTX dịch vụ nông nghiệp Hà Long": "xã Hà Long",
  "Công ty TNHH một thành viên quế Thường Xuân": "xã Xuân Dương",
  "Công ty TNHH Sản xuất và Thương mại Yến Sào Xứ Thanh": "xã Đa Lộc",
  "Công ty TNHH Xuất khẩu Việt Trang": "xã Nga Tân",
  "Hộ SXKD Đỗ Xuân Dũng": "xã Xuân Phong",
  "Hộ SXKD Đồng Thị Huy": "xã Hải Thanh",
  "Tổ hợp tác chế biến mắm cáy Quảng Phúc": "xã Quảng Phúc",
  "Công ty TNHH Thực phẩm Vinh Lài": "xã Xuân Hòa",
  "Công ty TNHH Nước mắm Tân Mai": "xã Hoằng Phụ",
  "Công ty Cổ phần Dược liệu Triệu Sơn (Triso)": "xã Hợp Thành",
  "Tổ hợp tác sản xuất kẹo lạc Hà Ly": "xã Vĩnh Long",
  "HTX dịch vụ sản xuất miến gạo Thăng Long": "xã Thăng Long",
}

// "xã Hà Lai" was renamed Thái Lai before 2025 and is absent from the 2025 lists under that name:
// its code is known (data/vn-admin README, doubts 8).
const COMMUNE_CODE_OVERRIDES: Record<string, string> = { "Hà Trung|xã Hà Lai": "15331" }

// Huyện Đông Sơn joined Thành phố Thanh Hóa before 2025: the certified district keeps its name, its
// communes are found under the city's code (data/vn-admin README).
const ABSORBED_DISTRICTS: Record<string, { full_name: string; searchIn: string }> = {
  "Đông Sơn": { full_name: "Huyện Đông Sơn", searchIn: "380" },
}

const PRICE_RULES: [RegExp, number, string][] = [
  [/nước mắm|nước cốt|mắm cốt/i, 125000, "Chai 500 ml"],
  [/mắm/i, 55000, "Hũ 250 g"],
  [/rượu/i, 220000, "Chai 500 ml"],
  [/mật ong/i, 180000, "Chai 500 ml"],
  [/yến/i, 950000, "Hộp 100 g"],
  [/tinh dầu/i, 85000, "Lọ 50 ml"],
  [/gạo|miến/i, 45000, "Túi 1 kg"],
  [/dưa|cam/i, 60000, "Túi 1 kg"],
  [/trà|chè/i, 70000, "Hộp 200 g"],
  [/kẹo|bánh/i, 40000, "Hộp 300 g"],
  [/thảm|chiếu|giỏ|rổ|bình|đĩa|ống hút/i, 150000, "Chiếc"],
]

function priceOf(name: string, group: string): { price: number; unit: string } {
  const rule = PRICE_RULES.find(([re]) => re.test(name))
  if (rule) return { price: rule[1], unit: rule[2] }
  return group === "herbal" ? { price: 120000, unit: "Hộp" } : { price: 65000, unit: "Gói 500 g" }
}

function main() {
  const data = JSON.parse(fs.readFileSync(source, "utf8")) as { products: Real[] }
  const th = "38"
  const products: Real[] = [...data.products.filter((p) => !DROPPED[p.id]), ...ADDED]
  const catalogue = products.map((p, i) => {
    const notes: string[] = []
    let star = p.star
    let proposed: number | null = null
    if (p.star === 5) {
      // In 2021 these two were 4★ products proposed for national 5★ (94 points at province level).
      star = 4
      proposed = 5
      notes.push("4★ proposed for 5★ as in 2021 (national 5★ later)")
    }
    if (p.id === "th-ocop-069") {
      star = 3
      notes.push("star set to 3★ to reproduce the 2021 figures (4★ in 2026)")
    }
    const named = NAMED[p.id]
    const producer = named?.producer ?? p.producer!
    const legalType = named?.type ?? p.producer_type!
    if (named) notes.push("producer name is a plausible sample; the source does not name it")
    const absorbed = ABSORBED_DISTRICTS[p.district]
    const district = absorbed
      ? { code: absorbed.searchIn, full_name: absorbed.full_name, certifiedCode: null }
      : (() => {
          const d = oldDistrictByName(th, p.district)
          if (!d) throw new Error(`${p.id}: unknown district ${p.district}`)
          return { code: d.code, full_name: d.full_name, certifiedCode: d.code }
        })()
    const communeName = p.commune ?? COMMUNE_OF_PRODUCER[producer]
    if (!communeName) throw new Error(`${p.id}: no commune for ${producer}`)
    if (!p.commune) notes.push("commune is a plausible sample; the source does not name it")
    const code =
      COMMUNE_CODE_OVERRIDES[`${p.district}|${communeName}`] ?? findOldCommune(district.code, communeName)?.code
    if (!code || !oldCommuneByCode(code)) throw new Error(`${p.id}: cannot resolve ${communeName}, ${p.district}`)
    if (p.id.startsWith("th-sample")) notes.push("plausible sample product completing the 2021 figures")
    const { price, unit } = priceOf(p.name, p.group)
    const group = p.group === "textile" ? "handicraft" : p.group
    return {
      id: p.id,
      handle: slugifyVietnamese(p.name),
      title: p.name,
      description: p.description,
      group: group as OcopGroup,
      star,
      proposed_star: proposed,
      producer,
      legal_type: legalType,
      origin: {
        district: district.full_name,
        district_code: district.certifiedCode,
        commune: communeName,
        commune_code: code,
      },
      // Sample certificates stand for a re-evaluation within the last 36 months: the seed dates each
      // decision `decision_months_ago` months before the day it runs, so all 69 are valid.
      decision_months_ago: 1 + ((i * 7) % 33),
      variants: [
        { title: unit, price, stock: p.id === "th-ocop-010" ? 0 : 20 + ((i * 37) % 180) },
        ...(/nước mắm/i.test(p.name) ? [{ title: "Thùng 6 chai 500 ml", price: price * 6 - 60000, stock: 30 }] : []),
      ],
      source: p.source || null,
      sample_note: notes.join("; ") || null,
    }
  })
  // Handles must be unique.
  const handles = new Set(catalogue.map((c) => c.handle))
  if (handles.size !== catalogue.length) throw new Error("duplicate handles")

  // The figures, checked here and again by the stats test.
  const count = <T>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>())
  const producers = new Map(catalogue.map((c) => [c.producer, c]))
  const figures = {
    products: catalogue.length,
    producers: producers.size,
    legalTypes: Object.fromEntries(count([...producers.values()].map((p) => p.legal_type))),
    communes: new Set(catalogue.map((c) => c.origin.commune_code)).size,
    districts: new Set(catalogue.map((c) => c.origin.district)).size,
    groups: Object.fromEntries(count(catalogue.map((c) => c.group))),
    stars: Object.fromEntries(count(catalogue.map((c) => c.star))),
    proposed: catalogue.filter((c) => c.proposed_star).map((c) => c.title),
  }
  console.log(JSON.stringify(figures, null, 2))
  const expected = {
    products: 69,
    producers: 47,
    legalTypes: { enterprise: 24, cooperative: 11, cooperative_group: 2, household: 10 },
    communes: 45,
    districts: 18,
    groups: { food: 47, beverage: 5, handicraft: 7, herbal: 10 },
    stars: { 3: 52, 4: 17 },
  }
  for (const [k, v] of Object.entries(expected)) {
    const got = (figures as Record<string, unknown>)[k]
    const sort = (x: unknown) =>
      JSON.stringify(typeof x === "object" ? Object.fromEntries(Object.entries(x as object).sort()) : x)
    if (sort(got) !== sort(v)) throw new Error(`figure ${k}: got ${sort(got)}, want ${sort(v)}`)
  }
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        meta: { sample_data: true, source: "../shared/data/ocop/thanh-hoa-products.json", figures },
        products: catalogue,
      },
      null,
      1,
    ) + "\n",
  )
  console.log(`wrote ${path.relative(root, out)}`)
}

main()
