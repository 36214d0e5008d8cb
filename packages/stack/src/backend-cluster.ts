/**
 * N Medusa server processes sharing one port, through Node's cluster module. Run in the backend's
 * build folder: `node backend-cluster.js` with PORT and OCOP_BACKEND_SERVERS set.
 *
 * Why not `medusa start --cluster`: in 2.21.2 a process forked to replace a dead one is never told
 * to start (it waits for a message only the first forks get), and workers forked into the same
 * cluster listen on the shared port, so every other request would reach a process with no routes.
 * Here every fork is a server (MEDUSA_WORKER_MODE=server) and a dead one is replaced in kind; the
 * worker runs as a process of its own (stack.ts).
 */
import cluster from "node:cluster"
import { createRequire } from "node:module"
import path from "node:path"

const servers = Number(process.env.OCOP_BACKEND_SERVERS)
const port = Number(process.env.PORT)

if (cluster.isPrimary) {
  // Each server accepts its own connections from the shared socket. With Node's default round robin
  // the primary accepts them and hands each on; one handed to a server as it dies stays open in the
  // primary, unanswered, until the client gives up (measured: minutes). Now a server that dies
  // takes only the connections it had, which the kernel closes at once.
  cluster.schedulingPolicy = cluster.SCHED_NONE
  let stopping = false
  const fork = () => cluster.fork({ MEDUSA_WORKER_MODE: "server" })
  for (let i = 0; i < servers; i++) fork()
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    console.log(`backend server ${worker.process.pid} ended (${signal ?? code}); starting another`)
    fork()
  })
  const stop = () => {
    stopping = true
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM")
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
  }
  process.on("SIGTERM", stop)
  process.on("SIGINT", stop)
} else {
  process.env.NODE_ENV ||= "production"
  const directory = process.cwd()
  // Medusa's own start command, as `medusa start` runs it (no --cluster: this process is one server)
  const start = createRequire(path.join(directory, "package.json"))("@medusajs/medusa/commands/start").default
  void start({ port, directory: path.resolve(directory) })
}
