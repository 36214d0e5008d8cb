import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertification } from "./models/certification"
import { Producer } from "./models/producer"
import { ProducerStaff } from "./models/producer-staff"

/** CRUD for producers and certifications; the rules live in packages/ocop and the workflows. */
class OcopModuleService extends MedusaService({ Producer, OcopCertification, ProducerStaff }) {}

export default OcopModuleService
