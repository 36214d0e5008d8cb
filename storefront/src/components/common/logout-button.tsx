/** Log out: a form posting to a server action, so it works without JavaScript. */
export function LogoutButton({ action, label }: { action: () => Promise<void>; label: string }) {
  return (
    <form action={action}>
      <button type="submit" className="text-sm underline">
        {label}
      </button>
    </form>
  )
}
