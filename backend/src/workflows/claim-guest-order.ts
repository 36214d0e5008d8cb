/**
 * A shopper takes over an order they placed as a guest with their account's e-mail: Medusa's order
 * transfer, requested here and confirmed from the mail sent to the order's address (the accept
 * link), so an order never changes hands silently. Asking again sends a new link (the earlier
 * request is cancelled first, its link no longer works).
 */
import { cancelOrderTransferRequestWorkflow, requestOrderTransferWorkflow } from "@medusajs/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refuse } from "../errors"
import { guestOrdersOf } from "../queries/guest-orders"
import { sqlOf } from "../queries/sql"

type Input = { order_id: string; customer_id: string }

const claimableOrderStep = createStep("claimable-guest-order", async (input: Input, { container }) => {
  const [order] = await guestOrdersOf(sqlOf(container), input.customer_id, input.order_id)
  // someone else's order, one already in an account, or no order: the same answer
  if (!order) throw refuse(MedusaError.Types.NOT_FOUND, "not_found", { field: "order_id" })
  return new StepResponse(order)
})

export const claimGuestOrderWorkflow = createWorkflow("claim-guest-order", (input: Input) => {
  const order = claimableOrderStep(input)
  when({ order }, ({ order }) => order.claim_requested).then(() => {
    cancelOrderTransferRequestWorkflow.runAsStep({
      input: { order_id: input.order_id, logged_in_user_id: input.customer_id, actor_type: "customer" },
    })
  })
  requestOrderTransferWorkflow.runAsStep({
    input: {
      order_id: input.order_id,
      customer_id: input.customer_id,
      logged_in_user: input.customer_id,
      description: "Claimed from the account (OCOP Market)",
    },
  })
  return new WorkflowResponse(order)
})
