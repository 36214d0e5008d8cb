import Link from "next/link"
import { Price } from "@/components/common/price"
import { paths, t, type Locale } from "@/lib/i18n"
import type { ProductSummary } from "@/lib/medusa"
import { StarBadge } from "./star-badge"

export function ProductCard({ product, locale }: { product: ProductSummary; locale: Locale }) {
  const m = t(locale)
  const soldOut = product.variants.length > 0 && product.variants.every((v) => !v.inStock)
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white">
      <Link href={paths.product(locale, product.handle)} className="flex flex-1 flex-col">
        {product.thumbnail && (
          // eslint-disable-next-line @next/next/no-img-element -- local SVGs, fixed aspect ratio
          <img src={product.thumbnail} alt="" width={400} height={300} className="aspect-[4/3] w-full bg-brand-50 object-cover" />
        )}
        <div className="flex flex-1 flex-col gap-1 p-3">
          {product.certification?.badge && <StarBadge star={product.certification.star} locale={locale} />}
          <h3 className="font-medium leading-snug text-stone-900">{product.title}</h3>
          {product.certification && <p className="text-xs text-stone-600">{product.certification.originCertified}</p>}
          <div className="mt-auto flex items-baseline justify-between pt-2">
            <Price amount={product.fromPrice} className="font-semibold text-brand-700" />
            {soldOut && <span className="text-xs text-red-700">{m.soldOut}</span>}
          </div>
        </div>
      </Link>
    </li>
  )
}
