/** A section's title with a link to all of it ("Chiến dịch" … "Xem tất cả"). */
export function SectionHeader({ id, title, href, more }: { id?: string; title: string; href: string; more: string }) {
  return (
    <div className="mb-3 flex items-baseline justify-between">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <a href={href} className="text-sm underline">
        {more}
      </a>
    </div>
  )
}
