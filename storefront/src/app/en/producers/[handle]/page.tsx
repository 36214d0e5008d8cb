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
    description: `${p.name} — OCOP producer${p.province_name ? `, ${p.province_name}` : ""}`,
    alternates: { canonical: paths.producer("en", handle), languages: { vi: paths.producer("vi", handle) } },
  }
}

export default async function Page({ params }: Props) {
  return <ProducerPage locale="en" handle={(await params).handle} />
}
