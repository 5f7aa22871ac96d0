// How much more data would decide an open verdict, never beyond what the config allows.
import type { Needs } from '../core/report.js'
import { plural } from '../core/format.js'
import { normalQuantile, zFor } from './inference.js'

/** Power aimed at when `needs` estimates how much more data would decide. */
export const NEEDS_POWER = 0.8
/** `needs` never claims more than this multiple of the current data would surely decide. */
const NEEDS_MAX_FACTOR = 50
/** The documented maximum of `sampling.repeats` (config/schema.ts). */
export const MAX_REPEATS = 50

/**
 * Variance shrinks like 1/(cases × repeats). To move an interval of half-width h clear of a boundary
 * at distance d with the chosen power, the half-width must fall to d·z/(z + z_power): a factor
 * ((z + z_power)·h / (z·d))² more data. d is floored at h/4 (a point estimate sitting on the boundary
 * would otherwise ask for infinite data) and the factor is capped.
 */
export function dataFactor(halfWidth: number, distance: number, confidence: number): number {
  const z = zFor(confidence)
  const zPower = normalQuantile(NEEDS_POWER)
  const d = Math.max(Math.abs(distance), halfWidth / 4, 1e-9)
  const factor = (((z + zPower) * halfWidth) / (z * d)) ** 2
  return Math.min(NEEDS_MAX_FACTOR, Math.max(1, factor))
}

/**
 * More cases, or more repeats per case up to the documented maximum: when even 50 repeats would
 * not do, only cases are offered, and the text says why.
 */
export function needsFor(factor: number, cases: number, repeats: number, what: string): Needs {
  const moreCases = Math.max(1, Math.ceil(cases * (factor - 1)))
  const wantedRepeats = Math.max(repeats + 1, Math.ceil(repeats * factor))
  if (wantedRepeats > MAX_REPEATS) {
    return {
      moreCases,
      description: `About ${plural(moreCases, 'more case')} would ${what} (more repeats alone would not: ${MAX_REPEATS} per case is the maximum).`
    }
  }
  const moreRepeats = wantedRepeats - repeats
  return {
    moreCases,
    moreRepeats,
    description: `About ${plural(moreCases, 'more case')}, or ${plural(moreRepeats, 'more repeat')} per case (sampling.repeats: ${wantedRepeats}), would ${what}.`
  }
}
