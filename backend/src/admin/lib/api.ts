/** Calls the backend from the admin dashboard with the admin's session cookie. */
export async function adminFetch<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(path, {
    method: init?.method ?? "GET",
    credentials: "include",
    headers: init?.body ? { "content-type": "application/json" } : undefined,
    body: init?.body ? JSON.stringify(init.body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error((json as { message?: string }).message ?? `HTTP ${res.status}`)
  return json as T
}

// These labels repeat packages/ocop (groups.ts, producers.ts): the admin's Vite build cannot read
// that package's CommonJS output ("not exported"); an ESM build of packages/ocop would remove them.
export const GROUPS = [
  ["food", "Thực phẩm"],
  ["beverage", "Đồ uống"],
  ["herbal", "Thảo dược"],
  ["handicraft", "Thủ công mỹ nghệ"],
  ["ornamental", "Sinh vật cảnh"],
  ["tourism", "Dịch vụ du lịch"],
] as const

export const LEGAL_TYPES = [
  ["enterprise", "Doanh nghiệp"],
  ["cooperative", "Hợp tác xã"],
  ["cooperative_group", "Tổ hợp tác"],
  ["household", "Hộ sản xuất kinh doanh"],
] as const

export const LEVELS: Record<string, string> = { district: "Cấp huyện", province: "Cấp tỉnh", central: "Trung ương" }
