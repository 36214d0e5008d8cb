/**
 * The product's pictures, cover first: one picture as is, several as a strip that snaps picture by
 * picture (a swipe on a phone, a scroll bar on a computer). No script needed.
 */
export function ProductGallery({ title, images }: { title: string; images: string[] }) {
  if (images.length === 0) return null
  if (images.length === 1) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- local images, fixed size
      <img
        src={images[0]}
        alt={title}
        width={600}
        height={450}
        fetchPriority="high"
        className="aspect-[4/3] w-full rounded-lg bg-brand-50 object-cover"
      />
    )
  }
  return (
    <ul
      className="flex snap-x snap-mandatory gap-2 overflow-x-auto rounded-lg"
      aria-label={title}
      data-testid="product-gallery"
    >
      {images.map((url, i) => (
        <li key={url} className="relative w-full shrink-0 snap-center">
          {/* eslint-disable-next-line @next/next/no-img-element -- local images, fixed size */}
          <img
            src={url}
            alt={`${title} (${i + 1}/${images.length})`}
            width={600}
            height={450}
            fetchPriority={i === 0 ? "high" : undefined}
            loading={i === 0 ? undefined : "lazy"}
            className="aspect-[4/3] w-full rounded-lg bg-brand-50 object-cover"
          />
          <span
            className="absolute bottom-2 right-2 rounded bg-black/60 px-2 py-0.5 text-xs text-white"
            aria-hidden="true"
          >
            {i + 1}/{images.length}
          </span>
        </li>
      ))}
    </ul>
  )
}
