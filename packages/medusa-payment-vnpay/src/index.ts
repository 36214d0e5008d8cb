import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VnpayPaymentProvider } from "./provider"

export { VnpayPaymentProvider, type VnpayData, type VnpayOptions } from "./provider"
export { IPN_ANSWERS, queryTransaction, vnpayClient, vnpayDate } from "./client"
export { VNPAY_SANDBOX, vnpaySettings, type VnpaySettings } from "./settings"

export default ModuleProvider(Modules.PAYMENT, { services: [VnpayPaymentProvider] })
