/**
 * Keeps a bundled server running: when it exits without being asked to (a crash, an OOM kill),
 * it is started again after 1 s, then 2, 4 … up to 30 s while restarts keep failing; a server that
 * then stays up for a minute starts the count afresh. Each exit and restart is said in `notice`.
 */
export type Exiting = { exited: Promise<unknown> }

const FIRST_WAIT_MS = 1_000
const LONGEST_WAIT_MS = 30_000
const STABLE_MS = 60_000

export function keepRunning<P extends Exiting>(
  name: string,
  first: P,
  launch: () => Promise<P>,
  notice: (line: string) => void,
  waits = { first: FIRST_WAIT_MS, longest: LONGEST_WAIT_MS, stable: STABLE_MS },
): { current: () => P; stop: () => void } {
  let current = first
  let stopping = false
  let failures = 0
  let wake: (() => void) | undefined
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => (clearTimeout(timer), resolve())
    })
  void (async () => {
    let since = Date.now()
    while (!stopping) {
      const code = await current.exited
      if (stopping) return
      if (Date.now() - since > waits.stable) failures = 0
      const wait = Math.min(waits.longest, waits.first * 2 ** failures++)
      notice(`${name} exited (${String(code)}); restarting in ${wait / 1000} s`)
      await sleep(wait)
      if (stopping) return
      try {
        current = await launch()
        since = Date.now()
        notice(`${name} restarted`)
      } catch (err) {
        notice(`${name} did not restart: ${(err as Error).message.split("\n")[0]}`)
        current = { ...current, exited: Promise.resolve("did not start") }
        since = Date.now()
      }
    }
  })()
  return {
    current: () => current,
    stop: () => {
      stopping = true
      wake?.()
    },
  }
}
