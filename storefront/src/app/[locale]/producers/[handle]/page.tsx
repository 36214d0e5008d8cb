import { ProducerPage, producerMetadata } from "@/components/pages/producer-page"
import { localePage, metadataFrom } from "@/i18n/page"

// cached and shared; the backend says when a change makes it stale (lib/medusa/cached.ts)
export const revalidate = 3600
// rendered on a first visit, then served from the cache
export const generateStaticParams = () => []

export const generateMetadata = metadataFrom(producerMetadata, "handle")

export default localePage(ProducerPage, (p) => ({ handle: p.handle! }))
