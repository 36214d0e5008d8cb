import { ClaimOrderPage } from "@/components/pages/account-pages"
import { first, requestPage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("account", { index: false })

export default requestPage(ClaimOrderPage, (_p, query) => ({
  orderId: first(query.order) ?? "",
  number: (first(query.number) ?? "").replace(/\D/g, "").slice(0, 10),
  token: first(query.token) ?? "",
}))
