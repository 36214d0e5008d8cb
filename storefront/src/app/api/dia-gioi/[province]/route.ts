import { currentProvince } from "@ocop-market/ocop/current-units"

/** Communes and wards of one current province, for the address form's second select. */
export async function GET(_req: Request, { params }: { params: Promise<{ province: string }> }) {
  const province = currentProvince((await params).province)
  if (!province) return Response.json({ message: "province: no current province has this code" }, { status: 404 })
  return Response.json(
    province.communes.map((c) => ({ code: c.code, name: c.full_name })),
    { headers: { "cache-control": "public, max-age=86400" } },
  )
}
