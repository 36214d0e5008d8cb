import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

/** Each language's path for a page of the route table (see routing.ts). */
export const { getPathname } = createNavigation(routing)
