import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IPN_ANSWERS } from "@ocop-market/medusa-payment-vnpay"
import { receiveVnpayIpnWorkflow } from "../../../../workflows/vnpay-ipn"

/**
 * VNPay's IPN: a GET with the transaction's signed query. Always 200 with one of VNPay's RspCodes
 * (00 confirmed, 01 unknown payment, 02 answered before, 04 wrong amount, 97 bad checksum, 99 an
 * error here) — VNPay reads the code, and calls again until it gets 00, 01, 02, 04 or 97.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = Object.fromEntries(
    Object.entries(req.query).filter((e): e is [string, string] => typeof e[1] === "string"),
  )
  try {
    const { result } = await receiveVnpayIpnWorkflow(req.scope).run({ input: query })
    res.json(result)
  } catch (e) {
    req.scope.resolve("logger").error(`VNPay IPN: ${(e as Error).message}`)
    res.json(IPN_ANSWERS.error)
  }
}
