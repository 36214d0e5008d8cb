export default function NotFound() {
  return (
    <main className="mx-auto max-w-6xl p-6">
      <h1 className="text-xl font-semibold">Page not found.</h1>
      <a className="underline" href="/en">
        Back to the home page
      </a>
    </main>
  )
}
