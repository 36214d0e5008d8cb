import type { Metadata } from "next"
import { StatsPage } from "@/components/pages/stats-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = {
  title: "Thống kê chương trình OCOP",
  description:
    "Sản phẩm OCOP Thanh Hóa theo nhóm, hạng sao, huyện và xã; chủ thể theo loại hình; giấy chứng nhận sắp hết hiệu lực.",
  alternates: { canonical: "/thong-ke", languages: { en: "/en/statistics" } },
}

export default function Page() {
  return <StatsPage locale="vi" />
}
