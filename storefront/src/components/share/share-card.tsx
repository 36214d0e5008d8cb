/**
 * The picture a shared link shows on Zalo and Facebook (1200 × 630, drawn by Next's image response
 * with Be Vietnam Pro): what is shared, its stars, its price or discount, and where it is from.
 * Satori's subset of CSS: flex boxes only, inline styles.
 */
export type ShareCardProps = {
  /** Above the title: "Sản phẩm OCOP", "Chủ thể OCOP", "Khuyến mãi". */
  kicker: string
  title: string
  /** 3, 4 or 5; none for producers and campaigns. */
  stars?: number
  /** Under the stars: the producer, the place. */
  lines: string[]
  /** Big, at the bottom: "125.000 ₫", "Giảm 20%". */
  figure?: string
  /** The shop and the province: "OCOP Market · Thanh Hóa". */
  footer: string
}

export const SHARE_CARD_SIZE = { width: 1200, height: 630 }

const BRAND = "#9a3412"
const LEAF = "#15803d"

function Star() {
  return (
    <svg width="56" height="56" viewBox="0 0 24 24">
      <polygon points="12,1.5 15,8.6 22.6,9 16.8,14 18.7,21.6 12,17.4 5.3,21.6 7.2,14 1.4,9 9,8.6" fill="#f59e0b" />
    </svg>
  )
}

export function ShareCard(props: ShareCardProps) {
  // precomposed letters: a decomposed "ằ" draws its mark from the other subset, with a gap
  const nfc = (s: string) => s.normalize("NFC")
  const { stars } = props
  const [kicker, title, figure, footer] = [props.kicker, props.title, props.figure ?? "", props.footer].map(nfc)
  const lines = props.lines.map(nfc)
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        background: "#fffbeb",
        fontFamily: "Be Vietnam Pro",
        color: "#1c1917",
      }}
    >
      <div style={{ width: 28, height: "100%", background: BRAND, display: "flex" }} />
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "56px 64px" }}>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: LEAF, letterSpacing: 1 }}>{kicker}</div>
        <div
          style={{
            display: "flex",
            marginTop: 18,
            fontSize: title.length > 60 ? 52 : 64,
            fontWeight: 700,
            lineHeight: 1.15,
            maxHeight: 230,
            overflow: "hidden",
          }}
        >
          {title}
        </div>
        {stars ? (
          <div style={{ display: "flex", marginTop: 22, alignItems: "center" }}>
            {Array.from({ length: stars }, (_, i) => (
              <Star key={i} />
            ))}
          </div>
        ) : null}
        <div style={{ display: "flex", flexDirection: "column", marginTop: 18, fontSize: 32, color: "#44403c" }}>
          {lines.map((line) => (
            <div key={line} style={{ display: "flex" }}>
              {line}
            </div>
          ))}
        </div>
        <div style={{ display: "flex", flex: 1 }} />
        <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between" }}>
          <div style={{ display: "flex", fontSize: 60, fontWeight: 700, color: BRAND }}>{figure}</div>
          <div style={{ display: "flex", fontSize: 28, fontWeight: 700, color: "#57534e" }}>{footer}</div>
        </div>
      </div>
    </div>
  )
}
