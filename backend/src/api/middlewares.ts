import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { ocopErrorHandler } from "./utils/errors"
import { refuseUnreadableInput } from "./utils/input-guard"
import { refuseWritesWithoutRedis } from "./utils/redis-health"

/** Each route group keeps its middlewares beside its routes; this only composes them. */
export default defineMiddlewares({
  routes: [
    // first of all (a wildcard at the root sorts before every route): text no field can hold, then
    // writes while Redis is away — before Medusa's own middlewares that use either
    ...["/store*", "/admin*", "/auth*", "/producer*", "/hooks*"].map((matcher) => ({
      matcher,
      middlewares: [refuseUnreadableInput, refuseWritesWithoutRedis],
    })),
    ...authMiddlewares,
    ...storeMiddlewares,
    ...adminMiddlewares,
    ...producerMiddlewares,
    ...hooksMiddlewares,
  ],
  errorHandler: ocopErrorHandler(),
})
