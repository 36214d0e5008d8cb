import { HomePage } from "@/components/pages/home-page"

export const dynamic = "force-dynamic"

export default function Page() {
  return <HomePage locale="en" />
}
