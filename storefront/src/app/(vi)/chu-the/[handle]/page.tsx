import type { Metadata } from "next"
import { loadProducer, ProducerPage } from "@/components/pages/producer-page"
import { paths } from "@/lib/i18n"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const p = await loadProducer(handle).catch(() => null)
  if (!p) return {}
  return {
    title: p.name,
    description: `${p.name} — chủ thể OCOP${p.province_name ? `, ${p.province_name}` : ""}`,
    alternates: { canonical: paths.producer("vi", handle), languages: { en: paths.producer("en", handle) } },
  }
}

export default async function Page({ params }: Props) {
  return <ProducerPage locale="vi" handle={(await params).handle} />
}
