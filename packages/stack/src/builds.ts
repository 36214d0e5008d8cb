import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

/** A hash of every file under `inputs` (folders walked, node_modules and build output skipped). */
export function hashInputs(root: string, inputs: string[]): string {
  const hash = crypto.createHash("sha256")
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) {
      const base = path.basename(p)
      if (["node_modules", ".next", ".medusa", "dist", ".turbo"].includes(base) && p !== root) return
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry))
    } else {
      hash.update(path.relative(root, p)).update("\0").update(fs.readFileSync(p)).update("\0")
    }
  }
  for (const input of inputs) visit(path.join(root, input))
  return hash.digest("hex").slice(0, 16)
}

/** Whether `outDir` holds a build made from inputs with this hash. */
export function isBuildCurrent(outDir: string, hash: string): boolean {
  return (
    fs.existsSync(path.join(outDir, ".ocop-build-hash")) &&
    fs.readFileSync(path.join(outDir, ".ocop-build-hash"), "utf8") === hash
  )
}

export function markBuild(outDir: string, hash: string) {
  fs.writeFileSync(path.join(outDir, ".ocop-build-hash"), hash)
}
