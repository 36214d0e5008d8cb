import net from "node:net"
import { SetupError } from "./errors"

/**
 * Resolves when nothing listens on the port (any interface: the servers bind all of them); a
 * SetupError naming `setting` otherwise.
 */
export async function assertPortFree(port: number, setting: string, host?: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new SetupError(
      setting,
      `port ${port} is already in use; stop what runs there or set ${setting} to another port`,
    )
  }
}

/** A port the OS says is free now (for tests that run beside a running shop). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Whether a TCP connection to host:port opens within `timeoutMs`. */
export function canConnect(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

/** Polls `check` until it returns true or `timeoutMs` passes; `describe` names what was awaited. */
export async function waitFor(
  check: () => Promise<boolean>,
  { timeoutMs, describe, intervalMs = 250 }: { timeoutMs: number; describe: string; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${describe}`)
}

/** True when GET url answers with a 2xx status. */
export async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(5000) })
  await res.arrayBuffer()
  return res.ok
}
