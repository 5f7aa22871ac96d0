// The feature's model call: OpenAI Chat Completions at OPENAI_BASE_URL (the chaos proxy in a
// chaos run). Shared by both variants of the service, which differ only in what they do when it fails.
export const MODEL = 'gpt-4o-mini'
export const SYSTEM_PROMPT =
  'You are the support assistant of Nimbus Notes. Answer in at most three sentences, plainly.'

export function chatRequest(question) {
  return {
    model: MODEL,
    temperature: 0,
    max_tokens: 200,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: question }
    ]
  }
}

export function baseUrl() {
  return (process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1').replace(/\/$/, '')
}

export function headers() {
  const key = process.env.OPENAI_API_KEY
  return { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }
}
