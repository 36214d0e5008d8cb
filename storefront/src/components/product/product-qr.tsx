import QRCode from "qrcode"

/** A QR code of the product page's address, drawn on the server as SVG (traceability labels). */
export async function ProductQr({ url, caption }: { url: string; caption: string }) {
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", width: 128 })
  return (
    <figure className="flex items-center gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <div
        className="h-32 w-32 shrink-0"
        role="img"
        aria-label={`QR: ${url}`}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="text-stone-700">
        {caption}
        <br />
        <span className="break-all text-xs text-stone-500">{url}</span>
      </figcaption>
    </figure>
  )
}
