import type { Metadata } from "next"
import { CampaignPage, loadCampaign } from "@/components/pages/campaigns-page"
import { paths } from "@/lib/i18n"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const c = await loadCampaign(handle).catch(() => null)
  if (!c) return {}
  const title = c.title_en
  const story = c.story_en ?? undefined
  return {
    title,
    description: story?.slice(0, 300),
    alternates: { canonical: paths.campaign("en", handle), languages: { vi: paths.campaign("vi", handle), en: paths.campaign("en", handle) } },
    openGraph: { title, description: story?.slice(0, 300), images: c.banner ? [{ url: c.banner }] : undefined },
  }
}

export default async function Page({ params }: Props) {
  return <CampaignPage locale="en" handle={(await params).handle} />
}
