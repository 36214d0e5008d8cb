import { RemoveButton, VariantNumberForm } from "@/components/producer/product-forms"
import { t, type Locale } from "@/lib/i18n"
import { availableOf, priceOf, stockedOf, type PortalProduct } from "@/lib/producer/api"

/** Low-stock warning below this many available units, unless the producer set its own per product. */
export const LOW_STOCK = 10
/** Each pack of a product with its price and stock forms and the low-stock mark; optionally a remove button. */
export function PackRows({
  locale,
  product,
  removable = false,
}: {
  locale: Locale
  product: PortalProduct
  removable?: boolean
}) {
  const p = t(locale).portal
  const threshold = Number(product.metadata?.low_stock_threshold ?? LOW_STOCK)
  // what both figure forms of a pack share
  const of = (v: PortalProduct["variants"][number]) => ({
    productId: product.id,
    variantId: v.id,
    save: p.save,
    saved: p.saved,
  })
  return (
    <ul className="mt-2 divide-y divide-stone-100">
      {product.variants.map((v) => {
        const available = availableOf(v)
        return (
          <li key={v.id} className="flex flex-wrap items-end gap-4 py-2" data-variant={v.title}>
            <span className="w-32 text-sm font-medium">{v.title}</span>
            <VariantNumberForm {...of(v)} kind="price" value={priceOf(v)} label={p.price} />
            {v.manage_inventory && <VariantNumberForm {...of(v)} kind="stock" value={stockedOf(v)} label={p.stock} />}
            {available !== null && (
              <span className={`text-xs ${available < threshold ? "font-semibold text-red-700" : "text-stone-600"}`}>
                {available < threshold ? p.lowStock(available) : p.available(available)}
              </span>
            )}
            {removable && product.variants.length > 1 && (
              <RemoveButton productId={product.id} kind="variant" id={v.id} label={`${p.removePack} ${v.title}`} />
            )}
          </li>
        )
      })}
    </ul>
  )
}
