/**
 * A LOCAL STAND-IN for VNPay — not VNPay. These machines cannot reach vnpayment.vn, so the tests
 * point the backend's VNPay settings (VNPAY_URL) here. Written from VNPay's documentation, with its
 * own checksum code (not the `vnpay` library's), it answers:
 * - the payment page (`/paymentv2/vpcpay.html`): checks the URL's HMAC-SHA512, plays the shopper
 *   paying (or failing: `/_standin/next?outcome=failed`), calls the shop's IPN URL server to server
 *   with a signed result, as VNPay does, then sends the browser back to vnp_ReturnUrl, signed;
 * - the merchant API (`/merchant_webapi/api/transaction`): `querydr` and `refund`, signed answers;
 * - `/_standin/requests`: what was asked of it, and the IPN answers it got.
 */
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

export type VnpayStandinRecord = { kind: string; body: Record<string, unknown> }

const hmac = (secret: string, text: string) =>
  crypto.createHmac("sha512", secret).update(Buffer.from(text, "utf-8")).digest("hex")

/** VNPay's query checksum: the vnp_ fields but the hash, sorted by name, form-encoded, HMAC-SHA512. */
export function signVnpayQuery(secret: string, fields: Record<string, string | number>): string {
  const sorted = Object.entries(fields)
    .filter(([k, v]) => k.startsWith("vnp_") && k !== "vnp_SecureHash" && k !== "vnp_SecureHashType" && v !== "")
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => [k, String(v)])
  return hmac(secret, new URLSearchParams(sorted).toString())
}

/** The query of an IPN call (or return) for a payment URL's transaction, signed with `secret`. */
export function vnpayResult(
  secret: string,
  pay: { vnp_TmnCode: string; vnp_TxnRef: string; vnp_Amount: string | number; vnp_OrderInfo?: string },
  outcome: { responseCode?: string; transactionNo?: string; amount?: number } = {},
): Record<string, string> {
  const code = outcome.responseCode ?? "00"
  const fields: Record<string, string> = {
    vnp_Amount: String(outcome.amount ?? pay.vnp_Amount),
    vnp_BankCode: "NCB",
    vnp_BankTranNo: `VNP${Date.now()}`,
    vnp_CardType: "ATM",
    vnp_OrderInfo: pay.vnp_OrderInfo ?? "",
    vnp_PayDate: "20261204101502",
    vnp_ResponseCode: code,
    vnp_TmnCode: pay.vnp_TmnCode,
    vnp_TransactionNo: outcome.transactionNo ?? String(14_000_000 + Math.floor(Math.random() * 999_999)),
    vnp_TransactionStatus: code === "00" ? "00" : "02",
    vnp_TxnRef: pay.vnp_TxnRef,
  }
  return { ...fields, vnp_SecureHash: signVnpayQuery(secret, fields) }
}

export async function startVnpayStandin(options: { tmnCode: string; secret: string; ipnUrl: () => string }) {
  const records: VnpayStandinRecord[] = []
  const paid = new Map<string, { amount: number; transactionNo: string }>()
  let nextOutcome = "00"
  const sign = (parts: unknown[]) =>
    hmac(
      options.secret,
      parts
        .map(String)
        .join("|")
        .replace(/undefined/g, ""),
    )

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url!, "http://standin")
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers })
      res.end(JSON.stringify(body))
    }
    if (url.pathname === "/_standin/requests") return send(200, records)
    if (url.pathname === "/_standin/next") {
      nextOutcome = url.searchParams.get("outcome") === "failed" ? "24" : "00" // 24: the shopper cancelled
      return send(200, { next: nextOutcome })
    }
    if (url.pathname === "/paymentv2/vpcpay.html") {
      const q = Object.fromEntries(url.searchParams)
      records.push({ kind: "pay", body: q })
      if (q.vnp_SecureHash !== signVnpayQuery(options.secret, q) || q.vnp_TmnCode !== options.tmnCode) {
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" })
        return res.end("Sai chữ ký (invalid signature)")
      }
      const result = vnpayResult(options.secret, q as never, { responseCode: nextOutcome })
      nextOutcome = "00"
      if (result.vnp_ResponseCode === "00")
        paid.set(q.vnp_TxnRef!, { amount: Number(q.vnp_Amount), transactionNo: result.vnp_TransactionNo! })
      // VNPay calls the shop's IPN URL itself, then sends the shopper back
      const ipn = await fetch(`${options.ipnUrl()}?${new URLSearchParams(result)}`)
        .then((r) => r.json())
        .catch((e: Error) => ({ error: e.message })) // the shop did not answer: VNPay would call again later
      records.push({ kind: "ipn", body: { query: result, answer: ipn } })
      const back = new URL(q.vnp_ReturnUrl!)
      for (const [k, v] of Object.entries(result)) back.searchParams.set(k, v)
      res.writeHead(302, { location: back.toString() })
      return res.end()
    }
    if (url.pathname === "/merchant_webapi/api/transaction" && req.method === "POST") {
      const chunks: Buffer[] = []
      for await (const c of req) chunks.push(c as Buffer)
      const b = JSON.parse(Buffer.concat(chunks).toString() || "{}") as Record<string, string>
      records.push({ kind: b.vnp_Command ?? "?", body: b })
      const expected =
        b.vnp_Command === "refund"
          ? sign([
              b.vnp_RequestId,
              b.vnp_Version,
              b.vnp_Command,
              b.vnp_TmnCode,
              b.vnp_TransactionType,
              b.vnp_TxnRef,
              b.vnp_Amount,
              b.vnp_TransactionNo,
              b.vnp_TransactionDate,
              b.vnp_CreateBy,
              b.vnp_CreateDate,
              b.vnp_IpAddr,
              b.vnp_OrderInfo,
            ])
          : sign([
              b.vnp_RequestId,
              b.vnp_Version,
              b.vnp_Command,
              b.vnp_TmnCode,
              b.vnp_TxnRef,
              b.vnp_TransactionDate,
              b.vnp_CreateDate,
              b.vnp_IpAddr,
              b.vnp_OrderInfo,
            ])
      const known = paid.get(b.vnp_TxnRef ?? "")
      const code = b.vnp_SecureHash !== expected ? "97" : !known ? "91" : "00"
      const answer: Record<string, string | number> = {
        vnp_ResponseId: crypto.randomBytes(8).toString("hex"),
        vnp_Command: b.vnp_Command ?? "",
        vnp_ResponseCode: code,
        vnp_Message: code === "00" ? "Success" : "Refused",
        vnp_TmnCode: options.tmnCode,
        vnp_TxnRef: b.vnp_TxnRef ?? "",
        vnp_Amount: b.vnp_Command === "refund" ? Number(b.vnp_Amount) : (known?.amount ?? 0),
        vnp_BankCode: "NCB",
        vnp_PayDate: "20261204101502",
        vnp_TransactionNo: known?.transactionNo ?? "",
        vnp_TransactionType: b.vnp_Command === "refund" ? b.vnp_TransactionType! : "01",
        vnp_TransactionStatus: code === "00" ? (b.vnp_Command === "refund" ? "05" : "00") : "",
        vnp_OrderInfo: b.vnp_OrderInfo ?? "",
      }
      // the checksum over the answer's fields in VNPay's order (the refund's amount as the library reads it back)
      const fields = [
        "vnp_ResponseId",
        "vnp_Command",
        "vnp_ResponseCode",
        "vnp_Message",
        "vnp_TmnCode",
        "vnp_TxnRef",
        "vnp_Amount",
        "vnp_BankCode",
        "vnp_PayDate",
        "vnp_TransactionNo",
        "vnp_TransactionType",
        "vnp_TransactionStatus",
        "vnp_OrderInfo",
      ]
      const value = (k: string) =>
        k === "vnp_Amount" && b.vnp_Command === "refund" ? Number(answer[k]) / 100 : answer[k]
      const parts = fields.map(value)
      answer.vnp_SecureHash = sign(b.vnp_Command === "refund" ? parts : [...parts, undefined, undefined])
      return send(200, answer)
    }
    send(404, { error: "not a VNPay endpoint of this stand-in" })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
