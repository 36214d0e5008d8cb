import { notFound } from "next/navigation"

/** Any other path in a language: that language's "not found" page. */
export default function Rest() {
  notFound()
}
