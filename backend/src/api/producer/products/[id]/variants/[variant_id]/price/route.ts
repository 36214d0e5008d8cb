import { setOwnPriceWorkflow } from "../../../../../../../workflows/producer-portal/own-products"
import { variantFieldRoute } from "../../../../../variant-field"

/** Set the VND price of one of the producer's variants. */
export const POST = variantFieldRoute(setOwnPriceWorkflow, "amount")
