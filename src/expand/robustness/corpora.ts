// The versioned attack and language corpora (datasets/robustness/*.v1.json), bundled into the
// action so a run never depends on files outside the user's repository.
import attacks from '../../../datasets/robustness/attacks.v1.json' with { type: 'json' }
import languages from '../../../datasets/robustness/languages.v1.json' with { type: 'json' }
import lookalikes from '../../../datasets/robustness/lookalikes.v1.json' with { type: 'json' }
import type { LookalikeTopic, RobustnessCategory } from '../../core/robustness.js'

export interface AttackEntry {
  id: string
  category: Extract<RobustnessCategory, 'injection' | 'jailbreak' | 'extraction' | 'domain'>
  technique: string
  language: string
  /** Template with {{input}}, {{payload}}, {{payload_base64}}, {{payload_rot13}}, {{payload_leet}}, {{marker}}, {{competitor}}, {{topic}}. */
  text: string
}

export interface LanguageEntry {
  language: string
  script: string
  rtl: boolean
  phrases: string[]
}

export const ATTACK_CORPUS_VERSION = attacks.version
export const ATTACKS: readonly AttackEntry[] = attacks.entries as AttackEntry[]
/** Payload sentence per language, asking to print {{marker}}. */
export const PAYLOADS: Readonly<Record<string, string>> = attacks.payloads
export const LANGUAGES: readonly LanguageEntry[] = languages.languages
export const EMOJI: readonly string[] = languages.emoji

/** A benign question that sounds harmful, for the opt-in `lookalike` category. */
export interface LookalikeEntry {
  id: string
  category: LookalikeTopic
  language: string
  text: string
}

export const LOOKALIKE_CORPUS_VERSION = lookalikes.version
export const LOOKALIKES: readonly LookalikeEntry[] = lookalikes.entries as LookalikeEntry[]

export function lookalikesOf(topic: LookalikeTopic): LookalikeEntry[] {
  return LOOKALIKES.filter(e => e.category === topic)
}

export function attacksOf(category: AttackEntry['category']): AttackEntry[] {
  return ATTACKS.filter(a => a.category === category)
}
