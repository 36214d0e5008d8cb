import type { Metadata } from "next"
import { CataloguePage } from "@/components/pages/catalogue-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "OCOP products" }

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  return <CataloguePage locale="en" searchParams={await searchParams} />
}
