import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTICE_SIGNATURE_HEADER, noticeSignatureValid, vietQrSettings } from "@ocop-market/medusa-payment-vietqr"
import { refuse } from "../../errors"

/**
 * POST /hooks/vietqr: only notifications signed with VIETQR_WEBHOOK_SECRET (an HMAC of the raw
 * body) get past the door; without bank transfer configured the route does not exist.
 */
export function verifyBankNotice(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const checked = vietQrSettings(process.env)
  if (!checked || !("settings" in checked)) return next(refuse(MedusaError.Types.NOT_FOUND, "not_found"))
  const raw = (req as MedusaRequest & { rawBody?: Buffer | string }).rawBody
  const header = req.headers[NOTICE_SIGNATURE_HEADER]
  if (typeof header !== "string")
    return next(refuse(MedusaError.Types.UNAUTHORIZED, "signature_missing", { field: NOTICE_SIGNATURE_HEADER }))
  if (!raw || !noticeSignatureValid(checked.settings.webhookSecret, raw, header))
    return next(refuse(MedusaError.Types.UNAUTHORIZED, "signature_invalid", { field: NOTICE_SIGNATURE_HEADER }))
  next()
}
