import type { ProductSummary } from "@/lib/medusa"

/**
 * schema.org Product with its offers. The OCOP certificate goes in additionalProperty: it is an
 * official certification, not a customer review, so it must not be dressed up as a rating.
 */
export function productJsonLd(product: ProductSummary, url: string) {
  const c = product.certification
  const offers = product.variants
    .filter((v) => v.price !== null)
    .map((v) => ({
      "@type": "Offer",
      name: v.title,
      price: v.price,
      priceCurrency: "VND",
      availability: v.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url,
    }))
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: product.images.length ? product.images : undefined,
    url,
    brand: product.producer ? { "@type": "Organization", name: product.producer.name } : undefined,
    offers,
    additionalProperty: c
      ? [
          { "@type": "PropertyValue", name: "OCOP star rating", value: c.star },
          { "@type": "PropertyValue", name: "OCOP certification status", value: c.status },
          { "@type": "PropertyValue", name: "OCOP decision", value: `${c.decisionNumber} (${c.decisionDate})` },
          { "@type": "PropertyValue", name: "OCOP valid until", value: c.validUntil },
          { "@type": "PropertyValue", name: "Origin", value: c.originCertified },
        ]
      : undefined,
  }
}

export function JsonLd({ data }: { data: unknown }) {
  // "<" escaped so a product text can never close the script element
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  )
}
