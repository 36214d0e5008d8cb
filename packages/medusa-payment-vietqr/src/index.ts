import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietQrPaymentProvider } from "./provider"

export { VietQrPaymentProvider, type TransferData, type VietQrOptions } from "./provider"
export { bankOf, readVietQr, vietQrPayload, type Bank, type TransferAccount } from "./payload"
export { newTransferReference, referenceIn, REFERENCE_LETTERS } from "./reference"
export { NOTICE_SIGNATURE_HEADER, noticeSignatureValid, signNotice } from "./notice-signature"
export { vietQrSettings, type VietQrSettings } from "./settings"

export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
