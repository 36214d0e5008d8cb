import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { ocopErrorHandler } from "./utils/errors"

/** Each route group keeps its middlewares beside its routes; this only composes them. */
export default defineMiddlewares({
  routes: [...storeMiddlewares, ...adminMiddlewares, ...producerMiddlewares, ...hooksMiddlewares],
  errorHandler: ocopErrorHandler(),
})
