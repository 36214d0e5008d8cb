import { HomePage } from "@/components/pages/home-page"
import { localePage } from "@/i18n/page"

// cached and shared; the backend says when a change makes it stale (lib/medusa/cached.ts)
export const revalidate = 3600

export default localePage(HomePage)
