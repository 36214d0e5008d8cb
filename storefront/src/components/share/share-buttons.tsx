"use client"

import { useState } from "react"
import { CopyButton } from "@/components/common/copy-button"

/**
 * Share a page: Zalo, Facebook, or its link copied — no share script loaded. Facebook has a plain
 * share address; Zalo's share button needs Zalo's script and an Official Account, so here Zalo goes
 * through the phone's share sheet (the Web Share API, where Zalo is when installed), and where there
 * is none the link is copied for pasting into Zalo.
 */
export function ShareButtons({
  url,
  title,
  labels,
}: {
  url: string
  title: string
  labels: { title: string; zalo: string; facebook: string; copy: string; copied: string; zaloCopied: string }
}) {
  const [note, setNote] = useState("")
  async function shareToZalo() {
    if (navigator.share) {
      await navigator.share({ title, url }).catch(() => undefined) // closed by the shopper: nothing to say
      return
    }
    await navigator.clipboard.writeText(url).then(
      () => setNote(labels.zaloCopied),
      () => undefined,
    )
  }
  const button = "rounded-md border border-stone-300 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100"
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="share-buttons">
      <span className="text-sm text-stone-600">{labels.title}:</span>
      <button type="button" className={`${button} text-[#0050c8]`} onClick={shareToZalo}>
        {labels.zalo}
      </button>
      <a
        className={`${button} text-[#0a58ca]`}
        href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {labels.facebook}
      </a>
      <CopyButton value={url} label={labels.copy} done={labels.copied} />
      <span role="status" className="text-xs text-leaf-700">
        {note}
      </span>
    </div>
  )
}
