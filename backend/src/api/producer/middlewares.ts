import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { networkKey, throttle, type Limit } from "../utils/throttle"
import { validateBody } from "../utils/validation"
import { producerActor } from "./context"
import { productImageUpload } from "./image-upload"
import { DraftProduct, InviteAccept, NewPack, OwnPrice, OwnProductUpdate, OwnStock, ShipLine } from "./validators"

/** Invite tokens tried from one network address: 10 in 15 minutes (a real invitee needs one). */
export const INVITE_ACCEPT_LIMIT: Limit = { name: "invite-accept", points: 10, seconds: 15 * 60, key: networkKey }

const staffOnly = [authenticate("producer", ["session", "bearer"]), producerActor]

/** The producer portal: a producer's staff only (actor type `producer`), active accounts only. */
export const producerMiddlewares: MiddlewareRoute[] = [
  // taking up an invite needs the new identity's registration token, nothing more
  {
    method: ["POST"],
    matcher: "/producer/invites/accept",
    middlewares: [
      throttle(INVITE_ACCEPT_LIMIT),
      authenticate("producer", ["bearer"], { allowUnregistered: true }),
      validateBody(InviteAccept),
    ],
  },
  { matcher: "/producer/me*", middlewares: staffOnly },
  { matcher: "/producer/products*", middlewares: staffOnly },
  { matcher: "/producer/orders*", middlewares: staffOnly },
  { matcher: "/producer/campaigns*", middlewares: staffOnly },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/variants/:variant_id/stock",
    middlewares: [validateBody(OwnStock)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/variants/:variant_id/price",
    middlewares: [validateBody(OwnPrice)],
  },
  { method: ["POST"], matcher: "/producer/orders/:id/lines/:line_id/ship", middlewares: [validateBody(ShipLine)] },
  { method: ["POST"], matcher: "/producer/products", middlewares: [validateBody(DraftProduct)] },
  { method: ["POST"], matcher: "/producer/products/:id/variants", middlewares: [validateBody(NewPack)] },
  // photos: multipart, parsed in memory and checked (type by content, size, dimensions) before any workflow
  {
    method: ["POST"],
    matcher: "/producer/products/:id/images",
    bodyParser: false,
    middlewares: [productImageUpload],
  },
  { method: ["POST"], matcher: "/producer/products/:id", middlewares: [validateBody(OwnProductUpdate)] },
]
