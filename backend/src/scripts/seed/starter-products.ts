/**
 * A first handful of real Thanh Hóa OCOP products (from ../shared/data/ocop, SAMPLE DATA: compiled
 * from public news, not an official list) so a fresh shop is not empty. Prices and stock are
 * invented for the sample. The catalogue issue replaces this with the full 69-product catalogue.
 */
export type StarterProduct = {
  handle: string
  title: string
  description: string
  group: "food" | "beverage" | "herbal" | "handicraft"
  star: 3 | 4
  producer: string
  district: string
  commune: string | null
  variants: { title: string; sku: string; price: number; stock: number }[]
}

export const STARTER_PRODUCTS: StarterProduct[] = [
  {
    handle: "nuoc-mam-le-gia-cot-dac-biet-40n",
    title: "Nước mắm Lê Gia – Cốt đặc biệt 40N",
    description:
      "Nước mắm cốt 40 độ đạm ủ chượp truyền thống từ cá cơm vùng biển Hoằng Phụ, vị đậm, hậu ngọt.",
    group: "food",
    star: 4,
    producer: "Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia",
    district: "Hoằng Hóa",
    commune: "xã Hoằng Phụ",
    variants: [
      { title: "Chai 500 ml", sku: "LEGIA-NM40-500", price: 125000, stock: 120 },
      { title: "Thùng 6 chai 500 ml", sku: "LEGIA-NM40-6X500", price: 690000, stock: 30 },
    ],
  },
  {
    handle: "mam-tom-le-gia",
    title: "Mắm tôm Lê Gia",
    description: "Mắm tôm làm từ tôm moi tươi vùng cửa Lạch Trường, lên men tự nhiên, sánh mịn, thơm nồng.",
    group: "food",
    star: 4,
    producer: "Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia",
    district: "Hoằng Hóa",
    commune: "xã Hoằng Phụ",
    variants: [{ title: "Hũ 250 g", sku: "LEGIA-MT-250", price: 45000, stock: 200 }],
  },
  {
    handle: "ong-hut-tre-vibabo",
    title: "Ống hút tre ViBaBo",
    description: "Ống hút làm từ tre tự nhiên của núi rừng Thường Xuân, dùng nhiều lần, thay thế ống hút nhựa.",
    group: "handicraft",
    star: 4,
    producer: "Công ty TNHH ViBaBo",
    district: "Thường Xuân",
    commune: "xã Tân Thành",
    variants: [{ title: "Hộp 10 ống", sku: "VIBABO-OHT-10", price: 60000, stock: 300 }],
  },
  {
    handle: "che-lam-phu-quang",
    title: "Chè lam Phủ Quảng",
    description: "Chè lam truyền thống làng Phủ Quảng từ gạo nếp, mật mía, gừng và lạc rang, dẻo thơm.",
    group: "food",
    star: 3,
    producer: "Cơ sở sản xuất Lâm Thu",
    district: "Vĩnh Lộc",
    commune: null,
    variants: [{ title: "Hộp 500 g", sku: "LAMTHU-CL-500", price: 55000, stock: 80 }],
  },
  {
    handle: "mat-ong-huong-hoa",
    title: "Mật ong Hưởng Hoa",
    description: "Mật ong hoa rừng Thạch Thành do HTX nuôi, khai thác và đóng chai tại chỗ.",
    group: "food",
    star: 3,
    producer: "HTX ong mật Hưởng Hoa",
    district: "Thạch Thành",
    commune: null,
    variants: [{ title: "Chai 500 ml", sku: "HUONGHOA-MO-500", price: 180000, stock: 60 }],
  },
  {
    handle: "tinh-dau-sa-chanh-minh-hong",
    title: "Tinh dầu sả chanh Minh Hồng",
    description: "Tinh dầu sả chanh chưng cất từ sả trồng tại Thạch Thành, dùng xông phòng và đuổi muỗi.",
    group: "herbal",
    star: 3,
    producer: "Công ty TNHH Sản xuất thương mại tinh dầu Minh Hồng",
    district: "Thạch Thành",
    commune: null,
    variants: [{ title: "Lọ 50 ml", sku: "MINHHONG-TD-50", price: 85000, stock: 0 }],
  },
]
