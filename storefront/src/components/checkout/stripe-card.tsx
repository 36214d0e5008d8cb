"use client"

import { useEffect, useRef, useState } from "react"
import { FormError, SubmitButton } from "@/components/common/field"
import type { Locale } from "@/lib/i18n"
import { placeOrder } from "@/lib/shop/checkout-actions"

/* Stripe.js must be loaded from js.stripe.com (PCI rules forbid bundling it), so it is typed here loosely. */
type StripeJs = {
  elements: (o: { clientSecret: string; locale?: string }) => {
    create: (k: "payment") => { mount: (el: HTMLElement) => void }
  }
  confirmPayment: (o: {
    elements: unknown
    redirect: "if_required"
    confirmParams?: { return_url: string }
  }) => Promise<{ error?: { message?: string } }>
}
declare global {
  interface Window {
    Stripe?: (key: string) => StripeJs
  }
}

function loadStripeJs(): Promise<void> {
  if (window.Stripe) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const s = document.createElement("script")
    s.src = "https://js.stripe.com/v3/"
    s.onload = () => resolve()
    s.onerror = () => reject(new Error("Stripe.js could not be loaded"))
    document.head.appendChild(s)
  })
}

/**
 * The card step: Stripe's Payment Element for the session's PaymentIntent; once Stripe confirms the
 * card, the order is placed (the backend checks the intent's state again before creating it).
 */
export function StripeCard({
  locale,
  publishableKey,
  clientSecret,
  labels,
}: {
  locale: Locale
  publishableKey: string
  clientSecret: string
  labels: { placeOrder: string; loadFailed: string }
}) {
  const mountRef = useRef<HTMLDivElement>(null)
  const stripeRef = useRef<{ stripe: StripeJs; elements: unknown } | null>(null)
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)

  useEffect(() => {
    let cancelled = false
    loadStripeJs()
      .then(() => {
        if (cancelled || !window.Stripe || !mountRef.current) return
        const stripe = window.Stripe(publishableKey)
        const elements = stripe.elements({ clientSecret, locale })
        elements.create("payment").mount(mountRef.current)
        stripeRef.current = { stripe, elements }
      })
      .catch(() => setError(labels.loadFailed))
    return () => {
      cancelled = true
    }
  }, [publishableKey, clientSecret, locale, labels.loadFailed])

  async function pay() {
    const s = stripeRef.current
    if (!s) return setError(labels.loadFailed)
    setPending(true)
    const { error: failure } = await s.stripe.confirmPayment({ elements: s.elements, redirect: "if_required" })
    if (failure) {
      setPending(false)
      return setError(failure.message)
    }
    const result = await placeOrder({}) // redirects to the confirmation on success
    setPending(false)
    setError(result?.formError)
  }

  return (
    <form action={pay} className="flex flex-col gap-3">
      <div ref={mountRef} className="min-h-24 rounded-md border border-stone-200 p-3" />
      <FormError message={error} />
      <SubmitButton pending={pending} className="text-lg">
        {labels.placeOrder}
      </SubmitButton>
    </form>
  )
}
