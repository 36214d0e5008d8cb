import { MedusaService } from "@medusajs/framework/utils"
import { BankTransferNotice } from "./models/bank-transfer-notice"

/** The log of bank transfers received; the matching and capture live in workflows/bank-transfer.ts. */
class BankTransferModuleService extends MedusaService({ BankTransferNotice }) {}

export default BankTransferModuleService
