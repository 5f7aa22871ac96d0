// Model API responses in the providers' real wire formats (shapes as documented by OpenAI and
// Anthropic, values shortened), shared by the provider tests.

export const OPENAI_KEY = 'sk-test-0123456789abcdefOPENAI'
export const AZURE_KEY = 'azure-test-key-0123456789abcdef'
export const ANTHROPIC_KEY = 'sk-ant-test-0123456789abcdefANTH'

export const openAICompletion = {
  id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
  object: 'chat.completion',
  created: 1741569952,
  model: 'gpt-4o-mini-2024-07-18',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'positive', refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: 'stop'
    }
  ],
  usage: {
    prompt_tokens: 19,
    completion_tokens: 1,
    total_tokens: 20,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 }
  },
  service_tier: 'default',
  system_fingerprint: 'fp_06737a9306'
}

const chunk = (choices: unknown[], usage: unknown = null): string =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-123',
    object: 'chat.completion.chunk',
    created: 1694268190,
    model: 'gpt-4o-mini-2024-07-18',
    system_fingerprint: 'fp_44709d6fcb',
    choices,
    usage
  })}\n\n`

export const openAIStream =
  chunk([
    {
      index: 0,
      delta: { role: 'assistant', content: '', refusal: null },
      logprobs: null,
      finish_reason: null
    }
  ]) +
  chunk([{ index: 0, delta: { content: 'Hello' }, logprobs: null, finish_reason: null }]) +
  chunk([{ index: 0, delta: { content: ' there' }, logprobs: null, finish_reason: null }]) +
  chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'length' }]) +
  chunk([], { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 }) +
  'data: [DONE]\n\n'

export const openAIRateLimited = {
  error: {
    message:
      'Rate limit reached for gpt-4o-mini in organization org-abc on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 2s.',
    type: 'requests',
    param: null,
    code: 'rate_limit_exceeded'
  }
}

export const openAIBadRequest = {
  error: {
    message: "Invalid value for 'temperature': must be between 0 and 2.",
    type: 'invalid_request_error',
    param: 'temperature',
    code: 'invalid_value'
  }
}

export const anthropicMessage = {
  id: 'msg_013Zva2CMHLNnXjNJJKqJ2EF',
  type: 'message',
  role: 'assistant',
  model: 'claude-3-5-sonnet-20241022',
  content: [{ type: 'text', text: 'Bonjour' }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 21, output_tokens: 4 }
}

const event = (name: string, data: unknown): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`

export const anthropicStream =
  event('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY',
      type: 'message',
      role: 'assistant',
      content: [],
      model: 'claude-3-5-sonnet-20241022',
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 25, output_tokens: 1 }
    }
  }) +
  event('content_block_start', {
    type: 'content_block_start',
    index: 0,
    content_block: { type: 'text', text: '' }
  }) +
  event('ping', { type: 'ping' }) +
  event('content_block_delta', {
    type: 'content_block_delta',
    index: 0,
    delta: { type: 'text_delta', text: 'Hello' }
  }) +
  event('content_block_delta', {
    type: 'content_block_delta',
    index: 0,
    delta: { type: 'text_delta', text: '!' }
  }) +
  event('content_block_stop', { type: 'content_block_stop', index: 0 }) +
  event('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: 'end_turn', stop_sequence: null },
    usage: { output_tokens: 15 }
  }) +
  event('message_stop', { type: 'message_stop' })

export const anthropicInvalidRequest = {
  type: 'error',
  error: {
    type: 'invalid_request_error',
    message: 'messages: roles must alternate between "user" and "assistant"'
  },
  request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy'
}

export const anthropicOverloaded = {
  type: 'error',
  error: { type: 'overloaded_error', message: 'Overloaded' }
}
