/**
 * `npm run bench:start`: how long `npm start` takes to be ready and how much memory the running
 * shop holds. Runs the stack twice on the same data folder: the first run may build and seed
 * (cold), the second is the warm start a developer sees every day. Prints RSS per server.
 */
import fs from "node:fs"
import path from "node:path"
import { readConfig, startStack } from "@ocop-market/stack"

const root = path.resolve(__dirname, "..")

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      map.set(ppid, [...(map.get(ppid) ?? []), Number(d)])
    } catch {
      // gone
    }
  }
  return map
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
    return m ? Number(m[1]) : 0
  } catch {
    return 0
  }
}

/** RSS of a process and all its descendants, in MB. */
function treeRssMb(pid: number, tree: Map<number, number[]>): number {
  let kb = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()!
    kb += rssKb(p)
    stack.push(...(tree.get(p) ?? []))
  }
  return kb / 1024
}

async function once(label: string) {
  const config = readConfig(root, process.env)
  const t0 = performance.now()
  const steps: string[] = []
  const stack = await startStack(config, (step, detail) => steps.push(`${step}: ${detail ?? ""}`))
  const readyS = (performance.now() - t0) / 1000
  // Let the servers settle, and load the home page once so Next has rendered it.
  await fetch(stack.storefrontUrl.replace("localhost", "127.0.0.1")).then((r) => r.text())
  await new Promise((r) => setTimeout(r, 3000))
  const tree = children()
  const names = ["postgres", "meilisearch", "backend", "storefront"]
  const rss = stack.pids().map((pid, i) => ({
    name: config.databaseUrl && i === 0 ? names[i + 1]! : (names[i] ?? String(pid)),
    mb: treeRssMb(pid, tree),
  }))
  await stack.stop()
  const total = rss.reduce((s, r) => s + r.mb, 0)
  console.log(
    `${label}: ready in ${readyS.toFixed(1)} s; memory (RSS) ${total.toFixed(0)} MB = ${rss.map((r) => `${r.name} ${r.mb.toFixed(0)}`).join(" + ")}`,
  )
  console.log(`  ${steps.filter((s) => /build|Seed/.test(s)).join("\n  ")}`)
  return { readyS, total }
}

async function main() {
  const first = await once("first run ")
  const warm = await once("warm start")
  console.log(
    `\nwarm start ${warm.readyS.toFixed(1)} s (first run ${first.readyS.toFixed(1)} s); running shop ${warm.total.toFixed(0)} MB RSS`,
  )
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
