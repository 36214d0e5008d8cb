import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProviderService } from "./provider"

export { MeilisearchSearchProviderService, type MeilisearchProviderOptions } from "./provider"
export { compileFilters, literal, UnsupportedSearchError } from "./filters"
export { meilisearchSettings } from "./settings"

export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProviderService] })
