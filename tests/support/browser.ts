/**
 * A real Chromium for the browser tests: Debian's package, driven by playwright-core. On a fresh
 * machine it is installed here (as root, from Debian's packages) so `npm test` needs nothing by hand.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].filter(Boolean) as string[]

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => fs.existsSync(p))
  if (found) return found
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("[browser] Chromium not found: installing Debian's chromium (apt-get install chromium)…")
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env })
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "inherit", env })
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium"
  }
  throw new Error(
    "CHROMIUM_PATH: no Chromium found; install Debian's `chromium` package (apt-get install chromium) or set CHROMIUM_PATH",
  )
}

/** Flags for a closed network: without them Chromium keeps dialling Google's services. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
]

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS })
}

/** What the browser refused under the pages' Content-Security-Policy, across every context made here. */
const refusedByCsp: string[] = []
export const cspViolations = () => [...refusedByCsp]

function watchCsp(context: BrowserContext) {
  context.on("page", (page) =>
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) refusedByCsp.push(`${page.url()}: ${msg.text()}`)
    }),
  )
  return context
}

/** A phone: the shoppers this shop is made for. */
export async function phoneContext(browser: Browser, locale = "vi-VN"): Promise<BrowserContext> {
  return watchCsp(
    await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale,
    }),
  )
}

/** Screenshots are kept as test artifacts in test-results/screenshots/<test>/NN-step.png. */
export function screenshotter(name: string) {
  const dir = path.join(process.cwd(), "test-results", "screenshots", name)
  fs.mkdirSync(dir, { recursive: true })
  let n = 0
  return async (page: Page, step: string) => {
    n += 1
    await page.screenshot({ path: path.join(dir, `${String(n).padStart(2, "0")}-${step}.png`), fullPage: true })
  }
}

/** The admin dashboard on a desktop viewport, logged in as the stack's admin; close the page's context when done. */
export async function dashboardPage(
  browser: Browser,
  stack: { backendUrl: string; adminEmail: string; adminPassword: string },
): Promise<Page> {
  const context = watchCsp(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" }))
  const admin = await context.newPage()
  await admin.goto(`${stack.backendUrl}/app/login`)
  await admin.locator('input[name="email"]').fill(stack.adminEmail)
  await admin.locator('input[name="password"]').fill(stack.adminPassword)
  await admin.locator('button[type="submit"]').click()
  await admin.waitForURL(/\/app\/(orders|products|$)/, { timeout: 60_000 })
  return admin
}
