import type { Metadata } from "next"
import { ProducerPage, producerMetadata } from "@/components/pages/producer-page"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return producerMetadata("vi", (await params).handle)
}

export default async function Page({ params }: Props) {
  return <ProducerPage locale="vi" handle={(await params).handle} />
}
