import { ProducerPage, producerMetadata } from "@/components/pages/producer-page"
import { localePage, metadataFrom } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = metadataFrom(producerMetadata, "handle")

export default localePage(ProducerPage, (p) => ({ handle: p.handle! }))
