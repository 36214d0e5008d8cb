import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Answers (those whose status `when` picks, or all) no sooner than `ms` after the request came in,
 * so that how long a route took does not tell what it found: an address with an account or not.
 */
export function answerNoSooner(ms: number, when: (status: number) => boolean = () => true) {
  return (_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const started = Date.now()
    const json = res.json.bind(res)
    res.json = (body: unknown) => {
      const wait = ms - (Date.now() - started)
      if (!when(res.statusCode) || wait <= 0) return json(body)
      setTimeout(() => json(body), wait)
      return res
    }
    next()
  }
}
