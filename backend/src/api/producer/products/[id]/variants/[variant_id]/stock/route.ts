import { setOwnStockWorkflow } from "../../../../../../../workflows/producer-portal/own-products"
import { variantFieldRoute } from "../../../../../variant-field"

/** Set the stock of one of the producer's variants. */
export const POST = variantFieldRoute(setOwnStockWorkflow, "stocked_quantity")
