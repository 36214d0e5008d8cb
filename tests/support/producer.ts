import { expect } from "vitest"
import { apiCall } from "./http"

/**
 * A producer's staff login: the admin invites, the invitee registers an e-mail/password identity,
 * takes up the invite, and logs in as actor type `producer`.
 */
export async function producerAccount(
  backendUrl: string,
  adminToken: string,
  producerId: string,
  email: string,
  password = "mat-khau-nsx-1",
): Promise<{ token: string; staffId: string }> {
  const call = (method: string, path: string, token?: string, body?: unknown) =>
    apiCall(backendUrl, method, path, token, body)
  const invite = await call("POST", `/admin/ocop/producers/${producerId}/staff`, adminToken, {
    email,
    name: email.split("@")[0],
  })
  expect(invite.status, invite.text).toBe(201)
  expect(invite.body.invite_url).toMatch(/\/nha-san-xuat\/loi-moi\?token=/)
  const reg = await call("POST", "/auth/producer/emailpass/register", undefined, { email, password })
  expect(reg.status, reg.text).toBe(200)
  const accepted = await call("POST", "/producer/invites/accept", reg.body.token, { token: invite.body.token })
  expect(accepted.status, accepted.text).toBe(200)
  const login = await call("POST", "/auth/producer/emailpass", undefined, { email, password })
  expect(login.status, login.text).toBe(200)
  return { token: login.body.token, staffId: invite.body.staff.id }
}
