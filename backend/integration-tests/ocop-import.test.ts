/**
 * Importing a certification decision as CSV: valid rows create or update producers, products and
 * certifications; each bad row is rejected with its reason and writes nothing; importing the same
 * file again changes nothing. Through the admin route and through `npm run import`.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { sql as sqlOn } from "../../tests/support/db"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, inject, it } from "vitest"

const stack = inject("stack")
const root = fileURLToPath(new URL("../..", import.meta.url))

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const counts = async () => {
  const n = async (t: string) =>
    Number((await sql<{ n: string }>(`select count(*) as n from ${t} where deleted_at is null`))[0]!.n)
  return { products: await n("product"), producers: await n("producer"), certifications: await n("ocop_certification") }
}

async function importCsv(csv: string) {
  const login = await fetch(`${stack.backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.adminEmail, password: stack.adminPassword }),
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${stack.backendUrl}/admin/ocop/import`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ csv }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

const day = (monthsAgo: number) => {
  const d = new Date(Date.now() + 7 * 3600_000)
  d.setUTCDate(10)
  d.setUTCMonth(d.getUTCMonth() - monthsAgo)
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`
}
const HEADER =
  "product,producer,legal_type,district,commune,commune_code,group,star,score,decision_number,decision_date,price"
const row = (over: Partial<Record<string, string>>) => {
  const r = {
    product: "Bánh gai Tứ Trụ",
    producer: "HTX bánh gai Tứ Trụ",
    legal_type: "HTX",
    district: "Thọ Xuân",
    commune: "xã Thọ Diên",
    commune_code: "",
    group: "Thực phẩm",
    star: "3",
    score: "62",
    decision_number: "715/QĐ-UBND",
    decision_date: day(3),
    price: "45000",
    ...over,
  }
  return HEADER.split(",")
    .map((k) => `"${(r as Record<string, string>)[k]}"`)
    .join(",")
}

const GOOD_NEW = row({})
const GOOD_UPDATE = row({
  product: "Mắm tép Lê Gia",
  producer: "Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia",
  legal_type: "Doanh nghiệp",
  district: "Hoằng Hóa",
  commune: "xã Hoằng Phụ",
  star: "4",
  score: "82",
  decision_number: "716/QĐ-UBND",
})
const BAD = [
  [row({ product: "Sao hai", star: "2" }), /star: must be 3, 4 or 5/],
  [row({ product: "Điểm lệch", score: "75" }), /score: 75 points is outside the 3★ band/],
  [row({ product: "Nhóm lạ", group: "Mỹ phẩm" }), /group: unknown product group/],
  [row({ product: "Tương lai", decision_date: "01/01/2099" }), /decision_date: 2099-01-01 is in the future/],
  [row({ product: "Mã xã sai", commune_code: "99999" }), /commune_code: unknown commune code 99999/],
  [
    row({ product: "Chủ thể lạ", producer: "Ông A", legal_type: "công ty mẹ" }),
    /legal_type: unknown legal type "công ty mẹ"/,
  ],
  [row({ product: "Giá lẻ", price: "12,5" }), /price: must be a whole number/],
] as const

// Leave the sample catalogue as seeded for the other test files (through the API, so the search
// index follows).
afterAll(async () => {
  const login = await fetch(`${stack.backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.adminEmail, password: stack.adminPassword }),
  })
  const { token } = (await login.json()) as { token: string }
  for (const { id } of await sql<{ id: string }>(
    "select id from product where handle in ('banh-gai-tu-tru', 'che-lam-tu-tru') and deleted_at is null",
  )) {
    await fetch(`${stack.backendUrl}/admin/products/${id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` },
    })
  }
  await sql("update producer set deleted_at = now() where name = 'HTX bánh gai Tứ Trụ'")
})

describe("import a certification decision (CSV)", () => {
  const csv = [HEADER, GOOD_NEW, GOOD_UPDATE, ...BAD.map(([r]) => r)].join("\n")

  it("creates and updates the valid rows, rejects each bad row with its reason, and writes nothing for it", async () => {
    const before = await counts()
    const { status, body } = await importCsv(csv)
    expect(status).toBe(200)
    expect(body.created).toEqual([{ line: 2, product: "Bánh gai Tứ Trụ" }])
    expect(body.updated).toEqual([{ line: 3, product: "Mắm tép Lê Gia" }])
    expect(body.producers_created).toBe(1)
    expect(body.rejected.map((r: any) => r.line)).toEqual([4, 5, 6, 7, 8, 9, 10])
    BAD.forEach(([, reason], i) => expect(body.rejected[i].reasons.join("; ")).toMatch(reason))
    expect(await counts()).toEqual({
      products: before.products + 1,
      producers: before.producers + 1,
      certifications: before.certifications + 1,
    })
    const [cert] = await sql<{ star: number; decision_number: string; status: string }>(
      `select c.star, c.decision_number, c.status from ocop_certification c
         join product_product_ocop_ocop_certification l on l.ocop_certification_id = c.id and l.deleted_at is null
         join product p on p.id = l.product_id where p.handle = 'mam-tep-le-gia'`,
    )
    expect(cert).toEqual({ star: 4, decision_number: "716/QĐ-UBND", status: "active" })
    const [producer] = await sql<{ legal_type: string }>(
      "select legal_type from producer where name = 'HTX bánh gai Tứ Trụ'",
    )
    expect(producer!.legal_type).toBe("cooperative")
  })

  it("changes nothing when the same file is imported again", async () => {
    const before = await counts()
    const { body } = await importCsv(csv)
    expect(body.created).toEqual([])
    expect(body.updated).toEqual([])
    expect(body.unchanged.map((r: any) => r.line)).toEqual([2, 3])
    expect(body.rejected).toHaveLength(BAD.length)
    expect(await counts()).toEqual(before)
  })

  it("refuses a file with a missing column, naming it", async () => {
    const before = await counts()
    const { status, body } = await importCsv(
      [
        "product,producer,legal_type,district,commune,group,star,decision_number,decision_date",
        "a,b,HTX,Thọ Xuân,xã Thọ Diên,food,3,1/QĐ,01/01/2026",
      ].join("\n"),
    )
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: "csv_missing_columns", field: "csv", params: { columns: "score" } })
    expect(body.message).toBe("csv: missing column(s): score")
    expect(await counts()).toEqual(before)
  })
})

describe("npm run import", () => {
  it("imports a file with a progress bar and prints the report per row", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocop-import-")), "quyet-dinh.csv")
    fs.writeFileSync(
      file,
      [HEADER, row({ product: "Chè lam Tứ Trụ", producer: "HTX bánh gai Tứ Trụ" }), BAD[0][0]].join("\n"),
    )
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
      cwd: root,
      env: {
        ...process.env,
        MEDUSA_BACKEND_URL: stack.backendUrl,
        MEDUSA_ADMIN_EMAIL: stack.adminEmail,
        MEDUSA_ADMIN_PASSWORD: stack.adminPassword,
      },
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    const code = await new Promise<number | null>((r) => child.once("exit", r))
    expect(out).toMatch(/2\/2 dòng \/ rows/)
    expect(out).toMatch(/tạo mới \/ created\s+1/)
    expect(out).toMatch(/bị từ chối \/ rejected\s+1/)
    expect(out).toMatch(/✗ dòng \/ line 3 \(Sao hai\): star: must be 3, 4 or 5/)
    expect(code).toBe(1)
  }, 60_000)
})
