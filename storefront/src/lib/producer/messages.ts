import type { Locale } from "@/lib/i18n"

/**
 * The backend words its refusals in English, naming the field (`files: …`, `title: …`); the portal
 * is Vietnamese first, so the ones a producer meets in daily use are said again in Vietnamese.
 * Anything else is shown as the backend wrote it.
 */
const VI: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/files: "(.+)" is not a JPEG, PNG or WebP image/, (m) => `"${m[1]}" không phải ảnh JPEG, PNG hoặc WebP.`],
  [
    /files: "(.+)" is (\d+)×(\d+) px; at least (\d+) px/,
    (m) => `"${m[1]}" chỉ ${m[2]}×${m[3]} px; ảnh cần ít nhất ${m[4]} px mỗi cạnh.`,
  ],
  [
    /files: "(.+)" is (\d+)×(\d+) px; at most (\d+) px/,
    (m) => `"${m[1]}" tới ${m[2]}×${m[3]} px; mỗi cạnh tối đa ${m[4]} px.`,
  ],
  [/files: a file is over (\d+) MB/, (m) => `Mỗi ảnh tối đa ${m[1]} MB.`],
  [/files: at most (\d+) images at a time/, (m) => `Mỗi lần tải tối đa ${m[1]} ảnh.`],
  [
    /files: a product has at most (\d+) photos \((\d+) now\)/,
    (m) => `Mỗi sản phẩm tối đa ${m[1]} ảnh (đang có ${m[2]}); hãy xoá bớt trước.`,
  ],
  [/title: this product already has the pack "(.+)"/, (m) => `Sản phẩm đã có quy cách "${m[1]}".`],
  [
    /variant_id: orders not yet shipped hold (\d+) of this pack/,
    (m) => `Còn ${m[1]} sản phẩm quy cách này trong đơn chưa gửi: hãy gửi hàng trước khi xoá.`,
  ],
  [/variant_id: a product keeps at least one pack/, () => "Sản phẩm cần giữ ít nhất một quy cách."],
  [
    /field 'amount'|'amount' too small|amount: whole dong/,
    () => "Giá là số đồng nguyên, từ 1 ₫ trở lên (không có phần thập phân).",
  ],
  [/field 'stocked_quantity'|'stocked_quantity' too small/, () => "Tồn kho là số nguyên, không âm."],
  [/field 'title'|'title' too (small|big)/, () => "Tên quy cách từ 1 đến 60 ký tự."],
]

export function portalMessage(locale: Locale, message: string): string {
  if (locale !== "vi") return message
  for (const [pattern, say] of VI) {
    const m = message.match(pattern)
    if (m) return say(m)
  }
  return message
}
