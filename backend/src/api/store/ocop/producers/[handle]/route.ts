import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../../../../errors"
import { PUBLIC_PRODUCER_FIELDS } from "../../../../../queries/producers"

/** One producer with its published products and their certification, story and names in the asked language. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [
      ...PUBLIC_PRODUCER_FIELDS,
      "representative",
      "address",
      "products.id",
      "products.handle",
      "products.title",
      "products.thumbnail",
      "products.status",
      "products.ocop_certification.star",
      "products.ocop_certification.status",
      "products.ocop_certification.group",
    ],
    filters: { handle: req.params.handle },
  })
  const producer = data[0]
  if (!producer) throw refuse(MedusaError.Types.NOT_FOUND, "producer_not_found", { field: "handle" })
  const products = (producer.products ?? [])
    .filter((p: any) => p?.status === "published")
    .map(({ status, ...p }: any) => p)
  const answer = { ...producer, products }
  await applyTranslations({ localeCode: req.locale, objects: [answer], container: req.scope })
  res.json({ producer: answer })
}
