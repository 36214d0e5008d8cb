import sanitizeHtml from "sanitize-html"

/** Text that may not carry HTML (a producer's, a translator's): tags and scripts dropped, so it is stored and shown as text. */
export const dropHtml = (s: string) =>
  sanitizeHtml(s, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "discard" })
