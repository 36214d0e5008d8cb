import Link from "next/link"

export default function NotFound() {
  return (
    <main className="mx-auto max-w-6xl p-6">
      <h1 className="text-xl font-semibold">Không tìm thấy trang.</h1>
      <Link className="underline" href="/">
        Về trang chủ
      </Link>
    </main>
  )
}
