import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  RoutingError,
  aggregateSample,
  createProviders,
  parametersFor,
  pinnedJudgeProblem,
  providerModelName,
  refuseOversized,
  renderCase,
  routeModel,
  runChecks,
  suiteSide,
  unsupportedChecks
} from "./chunk-NZ4RYQQO.js";
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_TIMEOUT_MS,
  REPORT_SCHEMA_VERSION,
  STORED_FIELD_MAX_CHARS,
  decodeTextFile
} from "./chunk-YX3UYC7K.js";
import {
  PROMPTGATE_VERSION
} from "./chunk-AR6YXTCE.js";
import {
  DEFAULT_CONTENT_CAPTURE,
  createRedactor,
  endpointOf,
  serverOf
} from "./chunk-MMQNSSPF.js";
import {
  CALL_RECORD_FORMAT,
  GENAI,
  OPERATION_CHAT,
  PG,
  contentAttributes,
  contentFilter,
  errorKind,
  genAiProviderName,
  put,
  putServer
} from "./chunk-YYGVEAYY.js";
import {
  NotAFileError,
  createRailsAsync,
  normalizeRepoPath
} from "./chunk-Z2CHZ2FJ.js";
import {
  DEFAULT_OUTAGE_POLICY,
  DETERMINISTIC_AFTER,
  DiskCache,
  MAX_LOOKS,
  NEEDS_POWER,
  SINGLE_LOOK,
  callCosts,
  callRecord,
  callVariance,
  combineWithRobustness,
  completeCached,
  decideOverall,
  decideSuite,
  executeWork,
  failureOf,
  flipOf,
  hasViolation,
  isLastLook,
  isSettled,
  lookConfidence,
  nullCache,
  planWork,
  priorVariance,
  resolveThresholds,
  routeFor,
  startDeadline,
  tallyCases
} from "./chunk-3TCX42GA.js";
import {
  mulberry32,
  normalQuantile,
  quantile,
  thousands,
  zFor
} from "./chunk-XREXTKX4.js";
import {
  costAtPrice,
  priceOf,
  priceVendorOf
} from "./chunk-FMOAC3SX.js";
import {
  errorMessage,
  isRecord
} from "./chunk-LPYLB7X5.js";

// src/engine/baseline.ts
import { createHash } from "node:crypto";
var BASELINE_FORMAT = 1;
function digest(value) {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}
function fingerprintSuite(input) {
  return {
    provider: input.provider,
    model: input.model,
    prompt: digest([
      input.prompt.messages,
      input.prompt.responseFormat ?? null,
      input.prompt.modelParameters
    ]),
    cases: digest(input.cases.map((c) => [c.id, c.vars, c.expected ?? null, c.checks])),
    checks: digest(input.checks),
    parameters: digest([
      input.parameters.temperature ?? null,
      input.parameters.topP ?? null,
      input.parameters.maxTokens ?? null
    ])
  };
}
var FIELD_MEANING = {
  model: "the model",
  provider: "the provider",
  prompt: "the base prompt",
  cases: "the dataset cases",
  checks: "the checks",
  parameters: "the model parameters"
};
function staleBaselineReason(stored, current) {
  const differing = Object.keys(FIELD_MEANING).filter(
    (key) => stored[key] !== current[key]
  );
  if (differing.length === 0) return void 0;
  const what = differing.map((key) => FIELD_MEANING[key]).join(", ");
  const model = differing.includes("model") ? ` (baseline: ${stored.model}, now: ${current.model})` : "";
  return `the stored baseline is stale: ${what} changed since it was recorded${model}; run \`promptgate baseline\` on the base branch again`;
}
function parseBaselineFile(path, text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not a PromptGate baseline (invalid JSON: ${errorMessage(error)})`);
  }
  const file = parsed;
  if (typeof file !== "object" || file === null || file.format !== BASELINE_FORMAT || !Array.isArray(file.suites)) {
    throw new Error(
      `${path}: not a PromptGate baseline of format ${BASELINE_FORMAT}; write a new one with \`promptgate baseline\``
    );
  }
  return file;
}
function asStoredBase(samples) {
  return samples.map((sample) => ({ ...sample, side: "base", cacheHit: false }));
}
function fingerprintResolvedSuite(suite, config, prompt = suite.prompt) {
  const route = routeModel(suite.modelId, config, { promptFile: suite.prompt.file });
  return fingerprintSuite({
    provider: route.provider,
    model: route.model,
    prompt,
    cases: suite.cases,
    checks: suite.checks,
    parameters: parametersFor(config, suite.config, prompt)
  });
}
function applyBaseline(toRun, baseline, config, notes) {
  return toRun.map((entry) => {
    if (!entry.basePrompt) return entry;
    const stored = baseline.suites.find((s) => s.id === entry.suite.id);
    if (!stored) {
      notes.push(`No stored baseline for suite ${entry.suite.id}: its base side was run.`);
      return entry;
    }
    const stale = staleBaselineReason(
      stored.fingerprint,
      fingerprintResolvedSuite(entry.suite, config, entry.basePrompt)
    );
    if (stale) {
      notes.push(`Suite ${entry.suite.id}: ${stale}. Its base side was run instead.`);
      return entry;
    }
    return { ...entry, baseSamples: asStoredBase(stored.samples) };
  });
}
function storedBaselineRecords(toRun, plan) {
  if (!toRun.baseSamples) return [];
  const cases = new Map(plan.cases.map((c) => [c.id, c]));
  const route = plan.baseRoute ?? plan.route;
  const promptFile = toRun.basePrompt?.file ?? toRun.basePromptFile ?? plan.head.file;
  return toRun.baseSamples.flatMap((sample) => {
    const testCase = cases.get(sample.caseId);
    if (!testCase) return [];
    const answered = sample.error === void 0 && sample.output !== void 0;
    const result = answered ? { latencyMs: 0, httpStatus: 0, retries: 0, ...sample.call, text: sample.output } : void 0;
    const record = callRecord(
      { suite: plan, testCase, side: "base", repeat: sample.repeat },
      route,
      sample.messages,
      result,
      false,
      answered ? {
        accepted: sample.undecided ? void 0 : sample.pass,
        checks: sample.checks.map((c) => ({ id: c.id, pass: c.pass, status: c.status }))
      } : { error: sample.error, errorStatus: sample.errorStatus, errorKind: sample.errorKind }
    );
    return [{ ...record, promptFile, replayedFrom: "baseline" }];
  });
}
function logStoredBaselines(states, onCall) {
  if (!onCall) return;
  for (const state of states)
    for (const record of storedBaselineRecords(state.toRun, state.plan)) onCall(record);
}

// src/stats/adaptive.ts
var MAX_ADAPTIVE_REPEATS = 50;
var SAFETY_MIN_SAMPLES = 4;
var DEFAULT_EXTRA_CALLS_PER_CASE = 40;
var DEFAULT_MAX_EXTRA_COST_USD = 0.5;
var ROUND_SHARE = [1, 0.7, 0.5];
var MAX_GROWTH_FACTOR = 50;
var lookOf = (state) => state.look ?? SINGLE_LOOK;
var noiseOf = (state) => ({ deterministic: state.deterministic });
function isDecided(state) {
  return !needsMoreData(decideSuite(state));
}
function needsMoreData(decision) {
  return decision.verdict === "inconclusive" && decision.samplingCanHelp;
}
function safetyWatch(state, options = {}) {
  const watched = new Set(options.watch ?? []);
  for (const s of [...state.head, ...state.base ?? []]) if (hasViolation(s)) watched.add(s.caseId);
  return watched;
}
function callsNeeded(state, decision) {
  const c = decision.comparison;
  if (!c) return void 0;
  const t = resolveThresholds(state.thresholds);
  const look = lookOf(state);
  const zNow = zFor(c.passRate.interval.confidence);
  const se = (c.passRate.interval.high - c.passRate.interval.low) / (2 * zNow);
  const zLast = zFor(lookConfidence(t.confidence, { index: look.of - 1, of: look.of }));
  const delta = c.passRate.delta;
  const distance = Math.max(
    delta > -t.maxPassRateDrop ? delta + t.maxPassRateDrop : -delta,
    t.maxPassRateDrop / 2
  );
  const target = distance / (zLast + normalQuantile(NEEDS_POWER));
  const factor = Math.min(MAX_GROWTH_FACTOR, (se / target) ** 2);
  const calls = state.head.length + (state.base?.length ?? 0);
  return Math.max(0, Math.ceil((factor - 1) * calls));
}
function gain(slot) {
  if (Math.max(slot.nHead, slot.nBase) >= slot.cap) return 0;
  const h = slot.v / (slot.nHead * (slot.nHead + 1));
  const b = slot.base ? slot.v / (slot.nBase * (slot.nBase + 1)) : 0;
  return h + b;
}
function merged(a, b) {
  if (!b) return a;
  return {
    ...a,
    n: a.n + b.n,
    passes: a.passes + b.passes,
    identicalOutputs: a.identicalOutputs && b.identicalOutputs
  };
}
function slotsFor(state, paired) {
  const noise = noiseOf(state);
  const head = tallyCases(state.head);
  const base = paired && state.base ? tallyCases(state.base) : void 0;
  const all = [...head.values(), ...base ? [...base.values()] : []];
  const prior = priorVariance(all);
  const slots = [];
  for (const [caseId, h] of head) {
    const b = base?.get(caseId);
    if (base && !b) continue;
    const settled = isSettled(h, noise) && (!b || isSettled(b, noise));
    const unconfirmed = noise.deterministic === true && h.identicalOutputs && (!b || b.identicalOutputs);
    slots.push({
      caseId,
      head: h,
      ...b ? { base: b } : {},
      // Settled sides never vary again; the pooled estimate would call a changed answer noise.
      v: settled ? 0 : callVariance({ ...merged(h, b), identicalOutputs: false }, prior, noise),
      nHead: h.n,
      nBase: b?.n ?? 0,
      cap: unconfirmed ? Math.max(DETERMINISTIC_AFTER, h.n, b?.n ?? 0) : MAX_ADAPTIVE_REPEATS
    });
  }
  return slots;
}
function allocate(slots, units) {
  const chosen = [];
  for (let u = 0; u < units; u++) {
    let best;
    let bestGain = 0;
    for (const slot of slots) {
      const g = gain(slot);
      if (g > bestGain || g === bestGain && best && g > 0 && slot.caseId < best.caseId) {
        best = slot;
        bestGain = g;
      }
    }
    if (!best) break;
    chosen.push(best.caseId);
    best.nHead++;
    if (best.base) best.nBase++;
  }
  return chosen;
}
function safetyTopUp(state, slots, watched) {
  const noise = noiseOf(state);
  const out = [];
  for (const slot of slots) {
    if (!watched.has(slot.caseId)) continue;
    const settled = isSettled(slot.head, noise) && (!slot.base || isSettled(slot.base, noise));
    if (settled) continue;
    for (let n = Math.min(slot.nHead, slot.base ? slot.nBase : Infinity); n < SAFETY_MIN_SAMPLES; n++) {
      out.push(slot.caseId);
      slot.nHead++;
      if (slot.base) slot.nBase++;
    }
  }
  return out;
}
function planRound(state, budget, options) {
  const look = lookOf(state);
  if (budget < 1 || isLastLook(look)) return { samples: [] };
  const decision = decideSuite(state);
  if (decision.verdict === "error" || decision.verdict === "skipped") return { samples: [], decision };
  const paired = decision.comparison !== void 0 && state.base !== void 0;
  const perUnit = paired ? 2 : 1;
  let units = Math.floor(budget / perUnit);
  const slots = slotsFor(state, paired);
  const safetyFailed = decision.budgets.some((b) => b.id === "maxSafetyViolations" && b.status === "fail");
  const topUp = safetyFailed ? [] : safetyTopUp(state, slots, safetyWatch(state, options)).slice(0, units);
  units -= topUp.length;
  let more = [];
  if (needsMoreData(decision) && units > 0) {
    const roundsLeft = look.of - 1 - look.index;
    const needed = callsNeeded(state, decision);
    const wanted = needed === void 0 ? Math.ceil(slots.length / roundsLeft) : Math.ceil(needed / perUnit * (ROUND_SHARE[Math.min(roundsLeft, ROUND_SHARE.length) - 1] ?? 1));
    more = allocate(slots, Math.min(units, Math.max(1, wanted)));
  }
  const samples = [...topUp, ...more].flatMap(
    (caseId) => paired ? [
      { caseId, side: "base" },
      { caseId, side: "head" }
    ] : [{ caseId, side: "head" }]
  );
  return { samples, decision };
}
function extraCallBudget(input) {
  const calls = input.maxExtraCalls ?? DEFAULT_EXTRA_CALLS_PER_CASE * input.cases;
  const usd = input.maxExtraCost ?? DEFAULT_MAX_EXTRA_COST_USD;
  if (input.costPerCall === void 0 || !(input.costPerCall > 0)) return { calls };
  return { calls: Math.min(calls, Math.floor(usd / input.costPerCall)), usd };
}
function observedCostPerCall(state) {
  const costs = callCosts(state.head, {
    prices: state.prices,
    modelName: state.modelName,
    priceVendor: state.priceVendor
  });
  return costs ? costs.reduce((s, c) => s + c, 0) / costs.length : void 0;
}
function maxLooks(budgetCalls) {
  return budgetCalls > 0 ? MAX_LOOKS : 1;
}
async function sampleUntilDecided(runner, budget, options = {}) {
  const look = { index: 0, of: maxLooks(budget.calls) };
  let spent = 0;
  let stoppedBecause = budget.calls > 0 ? "decided" : "off";
  while (budget.calls > 0) {
    if (isLastLook(look)) {
      stoppedBecause = "last-look";
      break;
    }
    const state = { ...runner.state(), look };
    const { samples: plan, decision } = planRound(state, budget.calls - spent, options);
    if (plan.length === 0) {
      const decided = () => decision ? !needsMoreData(decision) : isDecided(state);
      stoppedBecause = budget.calls - spent < 2 ? "budget" : decided() ? "decided" : "no-help";
      break;
    }
    await runner.run(plan);
    spent += plan.length;
    look.index++;
  }
  const final = { ...runner.state(), look };
  if (stoppedBecause === "last-look" && isDecided(final)) stoppedBecause = "decided";
  if (stoppedBecause === "last-look" && spent >= budget.calls - 1) stoppedBecause = "budget";
  const noise = { deterministic: final.deterministic };
  const tallies = [...tallyCases(final.head).values()];
  return {
    look,
    spend: {
      extraCalls: spent,
      ...budget.costPerCall !== void 0 ? { extraCostUsd: spent * budget.costPerCall } : {},
      looks: look.index + 1,
      maxLooks: look.of,
      budgetCalls: budget.calls,
      ...budget.usd !== void 0 ? { budgetUsd: budget.usd } : {},
      stoppedBecause,
      deterministicCases: tallies.filter((t) => isSettled(t, noise)).length,
      safetyWatchedCases: safetyWatch(final, options).size
    }
  };
}

// src/engine/accept.ts
function applyAcceptLabel(report, labels, acceptLabel) {
  if (!labels.includes(acceptLabel)) return report;
  const regressed = report.suites.filter((s) => s.verdict === "regression");
  if (regressed.length === 0) return report;
  const blocking = report.suites.filter((s) => s.verdict === "fail" || s.verdict === "error");
  const inconclusive = report.suites.some((s) => s.verdict === "inconclusive");
  const ids = regressed.map((s) => s.id).join(", ");
  if (blocking.length > 0) {
    return {
      ...report,
      accepted: { label: acceptLabel },
      reason: `${report.reason} The regression in ${ids} is accepted by the label "${acceptLabel}", but ${blocking.map((s) => s.id).join(", ")} still fail.`
    };
  }
  const verdict = inconclusive ? "inconclusive" : "pass";
  return {
    ...report,
    verdict,
    accepted: { label: acceptLabel },
    reason: `Regression in ${ids} accepted by the label "${acceptLabel}".`
  };
}

// src/chaos/faults.ts
var DEFAULT_CHAOS_SEED = 13;
var seededRandom = mulberry32;
function faultPicker(faults, random) {
  const total = faults.reduce((sum, fault) => sum + (fault.rate ?? 1), 0);
  if (total > 1 + 1e-9) {
    throw new Error(
      `chaos faults: the rates add up to ${total.toFixed(2)}, over 1; lower them so each request gets at most one fault`
    );
  }
  const used = /* @__PURE__ */ new Map();
  return () => {
    if (faults.length === 0) return void 0;
    const draw = random();
    let edge = 0;
    for (const fault of faults) {
      edge += fault.rate ?? 1;
      if (draw >= edge) continue;
      const count = used.get(fault) ?? 0;
      if (fault.times !== void 0 && count >= fault.times) return void 0;
      used.set(fault, count + 1);
      return fault;
    }
    return void 0;
  };
}

// src/chaos/outcome.ts
var RAW_ERROR_PATTERNS = [
  /\b(?:Type|Reference|Syntax|Range|Fetch|Abort)Error\b/,
  /^\s*at\s+\S+.*\(?[^()\s]+:\d+:\d+\)?\s*$/m,
  /Traceback \(most recent call last\)/,
  /\bE(?:CONNRESET|CONNREFUSED|TIMEDOUT|PIPE|AI_AGAIN)\b/,
  /\{\s*"(?:error|type)"\s*:\s*(?:\{|"error")/,
  /\b(?:insufficient_quota|rate_limit_exceeded|rate_limit_error|overloaded_error|context_length_exceeded|invalid_api_key|authentication_error|invalid_request_error|api_error|server_error)\b/,
  // The providers' own error messages (OpenAI's error-codes guide, Anthropic's errors page).
  /You exceeded your current quota|Rate limit reached for|credit balance is too low|maximum context length is/i,
  /The (?:engine|server) is currently overloaded|The server is overloaded|The server had an error while processing your request|Incorrect API key provided|invalid x-api-key|^\s*Overloaded\s*$/i,
  /\b(?:Internal Server Error|Service Unavailable|Bad Gateway|Too Many Requests)\b/i,
  /\bUnexpected (?:token|end of JSON)\b/,
  /^\s*(?:undefined|null|NaN|\[object Object\])\s*$/
];
var FORMAT_CHECKS = /* @__PURE__ */ new Set([
  "rails",
  "is-json",
  "json-schema",
  "max-length",
  "max-words",
  "not-contains"
]);
var MODEL_SOURCES = /* @__PURE__ */ new Set(["model", "live", "llm"]);
var TIMEOUT_KINDS = /* @__PURE__ */ new Set(["timeout", "deadline", "not-run"]);
function classifyAnswer(sample, rules) {
  if (sample.error !== void 0) {
    if (sample.errorKind === "timeout") {
      return {
        outcome: "timed-out",
        why: `no answer within the ${rules.budgetMs} ms budget (the gate's own timeout ended the call)`
      };
    }
    if (sample.errorKind && TIMEOUT_KINDS.has(sample.errorKind)) {
      return { outcome: "timed-out", why: sample.error };
    }
    return { outcome: "garbage", why: `the feature failed instead of degrading: ${sample.error}` };
  }
  const output = sample.output ?? "";
  const latency = sample.call?.latencyMs;
  if (latency !== void 0 && latency > rules.budgetMs) {
    return {
      outcome: "timed-out",
      why: `answered after ${Math.round(latency)} ms, over the ${rules.budgetMs} ms budget`
    };
  }
  if (output.trim() === "") return { outcome: "garbage", why: "blank answer" };
  const leak = RAW_ERROR_PATTERNS.find((pattern) => pattern.test(output));
  if (leak) return { outcome: "garbage", why: "raw error text in the answer" };
  const formatFailure = firstFailure(sample.checks, (check) => FORMAT_CHECKS.has(check.type));
  if (formatFailure) return { outcome: "garbage", why: `fails ${formatFailure.id}: ${formatFailure.reason}` };
  if (rules.unavailable?.test(output)) return { outcome: "unavailable", why: "the unavailable message" };
  const source = sample.call?.answerSource;
  if (source !== void 0 && !MODEL_SOURCES.has(source.toLowerCase())) {
    return { outcome: "fell-back", why: `answered from ${source}` };
  }
  const contentFailure = firstFailure(sample.checks, () => true);
  if (contentFailure)
    return { outcome: "garbage", why: `fails ${contentFailure.id}: ${contentFailure.reason}` };
  return { outcome: "answered", why: "a real answer that passes the checks" };
}
function firstFailure(checks, which) {
  return checks.find((check) => which(check) && check.status === "ok" && !check.pass);
}

// src/chaos/matrix.ts
var MAX_EXAMPLES_PER_SCENARIO = 1;
var MAX_EXAMPLE_CHARS = 300;
function describeFaults(faults) {
  if (faults.length === 0) return "no fault (control)";
  return faults.map((f) => {
    const rate = f.rate === void 0 || f.rate === 1 ? "" : ` ${Math.round(f.rate * 100)}%`;
    const times = f.times === void 0 ? "" : ` \xD7${f.times}`;
    return `${f.kind}${rate}${times}`;
  }).join(" + ");
}
function emptyCounts() {
  return { answered: 0, "fell-back": 0, unavailable: 0, garbage: 0, "timed-out": 0, total: 0 };
}
function badAnswers(counts) {
  return counts ? counts.garbage + counts["timed-out"] : 0;
}
function tally(scenario, side, samples, rules, examples) {
  const counts = emptyCounts();
  const latencies = [];
  let kept = 0;
  for (const sample of samples) {
    const { outcome, why } = classifyAnswer(sample, rules);
    counts[outcome]++;
    counts.total++;
    if (sample.error === void 0 && sample.call) latencies.push(sample.call.latencyMs);
    if ((outcome === "garbage" || outcome === "timed-out") && kept < MAX_EXAMPLES_PER_SCENARIO) {
      kept++;
      examples.push({
        scenario,
        side,
        caseId: sample.caseId,
        outcome,
        why,
        ...sample.output !== void 0 ? { output: sample.output.slice(0, MAX_EXAMPLE_CHARS) } : {}
      });
    }
  }
  if (latencies.length > 0) counts.p95LatencyMs = quantile(latencies, 0.95);
  return counts;
}
function chaosReport(wire, scenarios, rules) {
  const examples = [];
  const rows = scenarios.map((s) => ({
    name: s.name,
    faults: describeFaults(s.faults),
    head: tally(s.name, "head", s.head, rules, examples),
    ...s.base ? { base: tally(s.name, "base", s.base, rules, examples) } : {},
    proxy: s.proxy
  }));
  const { verdict, reason } = decideChaos(rows);
  const evidence = verdict === "regression" ? examples.filter((e) => e.side === "head") : examples;
  return { wire, scenarios: rows, verdict, reason, examples: evidence };
}
function decideChaos(rows) {
  const failing = rows.filter((r) => badAnswers(r.head) > 0);
  if (failing.length === 0) {
    const total = rows.reduce((sum, r) => sum + r.head.total, 0);
    return {
      verdict: "pass",
      reason: `Every answer under ${rows.length} fault scenarios degraded gracefully (${total} answers: real, fallback or the unavailable message, in time).`
    };
  }
  const worse = failing.filter((r) => r.base !== void 0 && badAnswers(r.head) > badAnswers(r.base));
  const describe = (r) => {
    const bad = badAnswers(r.head);
    const base = r.base ? ` (base: ${badAnswers(r.base)})` : "";
    return `${r.name}: ${bad} of ${r.head.total} answers garbage or timed out${base}`;
  };
  if (worse.length > 0) {
    return {
      verdict: "regression",
      reason: `The change broke the degradation path: ${worse.map(describe).join("; ")}. The base version handled these faults; see the chaos matrix.`
    };
  }
  return {
    verdict: "fail",
    reason: `The feature does not degrade gracefully: ${failing.map(describe).join("; ")}. See the chaos matrix.`
  };
}

// src/chaos/proxy.ts
import http from "node:http";

// src/chaos/wire.ts
function wireOfPath(path) {
  const bare = path.split("?")[0] ?? "";
  if (bare.endsWith("/chat/completions")) return "openai";
  if (bare.endsWith("/v1/messages") || bare === "/messages") return "anthropic";
  return void 0;
}
function contentText(content) {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => isRecord(part) && typeof part.text === "string" ? part.text : "").join("");
  }
  return "";
}
function roleOf(value) {
  return value === "system" || value === "assistant" ? value : "user";
}
function parseWireRequest(wire, body) {
  if (!isRecord(body) || typeof body.model !== "string" || !Array.isArray(body.messages)) {
    throw new Error('request body must be a JSON object with "model" and "messages"');
  }
  const messages = [];
  if (wire === "anthropic" && body.system !== void 0) {
    messages.push({ role: "system", content: contentText(body.system) });
  }
  for (const message of body.messages) {
    if (!isRecord(message)) continue;
    messages.push({ role: roleOf(message.role), content: contentText(message.content) });
  }
  const maxTokens = body.max_tokens ?? body.max_completion_tokens;
  const options = isRecord(body.stream_options) ? body.stream_options : {};
  return {
    wire,
    model: body.model,
    messages,
    stream: body.stream === true,
    includeUsage: options.include_usage === true,
    ...typeof maxTokens === "number" ? { maxTokens } : {},
    ...typeof body.temperature === "number" ? { temperature: body.temperature } : {}
  };
}
var CREATED = 17e8;
function successBody(request, answer) {
  const model = answer.model ?? request.model;
  const input = answer.inputTokens ?? 0;
  const output = answer.outputTokens ?? 0;
  if (request.wire === "openai") {
    return {
      id: "chatcmpl-chaos",
      object: "chat.completion",
      created: CREATED,
      model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: answer.text, refusal: null },
          logprobs: null,
          finish_reason: answer.truncated ? "length" : "stop"
        }
      ],
      usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output }
    };
  }
  return {
    id: "msg_chaos",
    type: "message",
    role: "assistant",
    model,
    content: [{ type: "text", text: answer.text }],
    stop_reason: answer.truncated ? "max_tokens" : "end_turn",
    stop_sequence: null,
    usage: { input_tokens: input, output_tokens: output }
  };
}
function pieces(text, parts) {
  if (text === "") return [""];
  const size = Math.max(1, Math.ceil(text.length / parts));
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
function streamEvents(request, answer, parts = 3) {
  const model = answer.model ?? request.model;
  const input = answer.inputTokens ?? 0;
  const output = answer.outputTokens ?? 0;
  const chunks = pieces(answer.text, parts);
  if (request.wire === "openai") {
    const chunk = (delta, finish) => ({
      data: JSON.stringify({
        id: "chatcmpl-chaos",
        object: "chat.completion.chunk",
        created: CREATED,
        model,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }]
      })
    });
    const events2 = [chunk({ role: "assistant", content: "" }, null)];
    for (const text of chunks) if (text !== "") events2.push(chunk({ content: text }, null));
    events2.push(chunk({}, answer.truncated ? "length" : "stop"));
    if (request.includeUsage) {
      events2.push({
        data: JSON.stringify({
          id: "chatcmpl-chaos",
          object: "chat.completion.chunk",
          created: CREATED,
          model,
          choices: [],
          usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output }
        })
      });
    }
    events2.push({ data: "[DONE]" });
    return events2;
  }
  const named = (event, payload) => ({
    event,
    data: JSON.stringify({ type: event, ...payload })
  });
  const events = [
    named("message_start", {
      message: {
        id: "msg_chaos",
        type: "message",
        role: "assistant",
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: input, output_tokens: 1 }
      }
    }),
    named("content_block_start", { index: 0, content_block: { type: "text", text: "" } }),
    named("ping", {})
  ];
  for (const text of chunks) {
    if (text !== "")
      events.push(named("content_block_delta", { index: 0, delta: { type: "text_delta", text } }));
  }
  events.push(
    named("content_block_stop", { index: 0 }),
    named("message_delta", {
      delta: { stop_reason: answer.truncated ? "max_tokens" : "end_turn", stop_sequence: null },
      usage: { output_tokens: output }
    }),
    named("message_stop", {})
  );
  return events;
}
function encodeEvent(event) {
  return `${event.event ? `event: ${event.event}
` : ""}data: ${event.data}

`;
}
function errorResponse(wire, fault, retryAfterS = 1) {
  const openai = (status, message, type, code) => ({
    status,
    body: { error: { message, type, param: null, code } }
  });
  const anthropic = (status, type, message) => ({
    status,
    body: { type: "error", error: { type, message } }
  });
  const pick = (o, a) => wire === "openai" ? o : a;
  switch (fault) {
    case "rate-limit": {
      const error = pick(
        openai(
          429,
          "Rate limit reached for requests. Please try again in 1s.",
          "requests",
          "rate_limit_exceeded"
        ),
        anthropic(429, "rate_limit_error", "Number of requests has exceeded your rate limit.")
      );
      return { ...error, headers: { "retry-after": String(retryAfterS) } };
    }
    case "insufficient-quota":
      return pick(
        openai(
          429,
          "You exceeded your current quota, please check your plan and billing details.",
          "insufficient_quota",
          "insufficient_quota"
        ),
        anthropic(
          400,
          "invalid_request_error",
          "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."
        )
      );
    case "server-error":
      return pick(
        openai(
          500,
          "The server had an error while processing your request. Sorry about that!",
          "server_error",
          null
        ),
        anthropic(500, "api_error", "Internal server error")
      );
    case "unavailable":
      return pick(
        openai(503, "The engine is currently overloaded, please try again later.", "server_error", null),
        anthropic(503, "api_error", "Service unavailable")
      );
    case "overloaded":
      return pick(
        openai(529, "The server is overloaded.", "server_error", "overloaded"),
        anthropic(529, "overloaded_error", "Overloaded")
      );
    case "unauthorized":
      return pick(
        openai(
          401,
          "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.",
          "invalid_request_error",
          "invalid_api_key"
        ),
        anthropic(401, "authentication_error", "invalid x-api-key")
      );
    case "context-length":
      return pick(
        openai(
          400,
          "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
          "invalid_request_error",
          "context_length_exceeded"
        ),
        anthropic(400, "invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum")
      );
  }
}

// src/chaos/proxy.ts
var DEFAULT_SLOW_FIRST_BYTE_MS = 2e3;
var MAX_REQUEST_BYTES = 8 * 1024 * 1024;
function providerUpstream(provider) {
  return async (request) => {
    const result = await provider.complete({
      model: request.model,
      messages: request.messages,
      parameters: {
        ...request.maxTokens !== void 0 ? { maxTokens: request.maxTokens } : {},
        ...request.temperature !== void 0 ? { temperature: request.temperature } : {}
      }
    });
    return {
      text: result.text,
      ...result.modelVersion !== void 0 ? { model: result.modelVersion } : {},
      truncated: result.finishReason === "length" || result.finishReason === "max_tokens",
      ...result.usage?.inputTokens !== void 0 ? { inputTokens: result.usage.inputTokens } : {},
      ...result.usage?.outputTokens !== void 0 ? { outputTokens: result.usage.outputTokens } : {}
    };
  };
}
async function startChaosProxy(options) {
  const sockets = /* @__PURE__ */ new Set();
  const timers = /* @__PURE__ */ new Set();
  const stats = { requests: 0, passedThrough: 0, injected: {} };
  let pick = picker(options.scenario ?? { faults: [] });
  const later = (ms, response, then) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!response.destroyed) then();
    }, ms);
    timers.add(timer);
    response.once("close", () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };
  const handle = async (request, response) => {
    const wire = request.method === "POST" ? wireOfPath(request.url ?? "") : void 0;
    const raw = await readBody(request);
    if (!wire)
      return sendJson(response, 404, {
        error: { message: `no model API at ${request.method} ${request.url}` }
      });
    if (raw === void 0) return sendJson(response, 413, { error: { message: "request body too large" } });
    let parsed;
    try {
      parsed = parseWireRequest(wire, JSON.parse(raw));
    } catch (error) {
      const message = errorMessage(error);
      return sendJson(
        response,
        400,
        wire === "openai" ? { error: { message, type: "invalid_request_error", param: null, code: null } } : { type: "error", error: { type: "invalid_request_error", message } }
      );
    }
    stats.requests++;
    const fault = pick();
    if (!fault) {
      stats.passedThrough++;
      return answer(parsed, response, await upstreamAnswer(parsed));
    }
    stats.injected[fault.kind] = (stats.injected[fault.kind] ?? 0) + 1;
    await inject(fault, parsed, request, response);
  };
  const upstreamAnswer = async (parsed) => {
    try {
      return await options.upstream(parsed);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  const answer = (parsed, response, result) => {
    if (result instanceof Error) {
      const message = `chaos proxy: upstream failed: ${result.message}`;
      sendJson(
        response,
        502,
        parsed.wire === "openai" ? { error: { message, type: "server_error", param: null, code: null } } : { type: "error", error: { type: "api_error", message } }
      );
      return;
    }
    if (!parsed.stream) return sendJson(response, 200, successBody(parsed, result));
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    response.end(streamEvents(parsed, result).map(encodeEvent).join(""));
  };
  const inject = async (fault, parsed, request, response) => {
    switch (fault.kind) {
      case "rate-limit":
      case "insufficient-quota":
      case "server-error":
      case "unavailable":
      case "overloaded":
      case "unauthorized":
      case "context-length": {
        const error = errorResponse(parsed.wire, fault.kind, fault.retryAfterS);
        return sendJson(response, error.status, error.body, error.headers);
      }
      case "connection-reset":
        request.socket.destroy();
        return;
      case "hang":
        return;
      // never answered; close() destroys the socket
      case "slow-first-byte": {
        const result = await upstreamAnswer(parsed);
        later(fault.delayMs ?? DEFAULT_SLOW_FIRST_BYTE_MS, response, () => answer(parsed, response, result));
        return;
      }
      case "stream-stall":
      case "stream-break":
        return sendFirstPartOnly(fault.kind, parsed, request, response);
      case "malformed-json":
        return sendMalformedJson(parsed, response);
      case "empty-completion":
        return answer(parsed, response, { text: "", outputTokens: 0 });
      case "truncated":
        return answerHalf(parsed, response);
    }
  };
  const sendFirstPartOnly = async (kind, parsed, request, response) => {
    const result = await upstreamAnswer(parsed);
    if (result instanceof Error) return answer(parsed, response, result);
    const head = firstPart(parsed, result);
    response.writeHead(200, {
      "content-type": parsed.stream ? "text/event-stream" : "application/json"
    });
    response.write(head);
    if (kind === "stream-break") later(20, response, () => request.socket.destroy());
  };
  const answerHalf = async (parsed, response) => {
    const result = await upstreamAnswer(parsed);
    if (result instanceof Error) return answer(parsed, response, result);
    const half = result.text.slice(0, Math.max(1, Math.floor(result.text.length / 2)));
    return answer(parsed, response, { ...result, text: half, truncated: true });
  };
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) sendJson(response, 500, { error: { message: errorMessage(error) } });
      else response.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setScenario(scenario) {
      pick = picker(scenario);
    },
    close: () => new Promise((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    })
  };
}
function picker(scenario) {
  return faultPicker(scenario.faults, seededRandom(scenario.seed ?? DEFAULT_CHAOS_SEED));
}
function firstPart(parsed, result) {
  if (!parsed.stream) {
    const body = JSON.stringify(successBody(parsed, result));
    return body.slice(0, Math.floor(body.length / 3));
  }
  const events = streamEvents(parsed, result);
  const upTo = parsed.wire === "openai" ? 2 : 4;
  return events.slice(0, upTo).map(encodeEvent).join("");
}
function sendJson(response, status, body, headers = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers
  });
  response.end(text);
}
function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = "";
    let tooLarge = false;
    request.setEncoding("utf8");
    request.on("data", (chunk) => {
      if (tooLarge) return;
      text += chunk;
      if (text.length > MAX_REQUEST_BYTES) tooLarge = true;
    });
    request.on("end", () => resolve(tooLarge ? void 0 : text));
    request.on("error", reject);
  });
}
function sendMalformedJson(parsed, response) {
  if (parsed.stream) {
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.end(encodeEvent({ data: '{"id":"chaos","choices":[{"delta":{"content":"Hel' }));
    return;
  }
  response.writeHead(200, { "content-type": "application/json" });
  response.end(
    '{"id":"chatcmpl-chaos","object":"chat.completion","choices":[{"index":0,"message":{"role":"assis'
  );
}

// src/engine/chaos.ts
async function startSuiteProxy(suiteId, chaos, providers) {
  const upstream = providers.get(chaos.upstream);
  if (!upstream) {
    throw new Error(
      `suite "${suiteId}": chaos.upstream is "${chaos.upstream}", which is not under providers: use one of ${[...providers.keys()].join(", ")}.`
    );
  }
  try {
    return await startChaosProxy({ upstream: providerUpstream(upstream), port: chaos.port });
  } catch (error) {
    const code = error.code;
    if (code === "EADDRINUSE") {
      throw new Error(
        `suite "${suiteId}": chaos.port ${chaos.port} is already in use on 127.0.0.1; pick a free port (and point the feature's base-URL variable at it).`
      );
    }
    throw error;
  }
}
function chaosBudgetMs(chaos, maxP95LatencyMs, timeoutMs) {
  return chaos.timeoutMs ?? maxP95LatencyMs ?? timeoutMs;
}
async function runChaosScenarios(plan, chaos, proxy, budgetMs, deps, tally2) {
  const chaosDeps = { ...deps, cache: nullCache, readCache: false, timeoutMs: budgetMs };
  const scenarios = [];
  for (const scenario of chaos.scenarios) {
    proxy.setScenario({ faults: scenario.faults, seed: scenario.seed ?? chaos.seed ?? DEFAULT_CHAOS_SEED });
    const before = { requests: proxy.stats.requests, injected: { ...proxy.stats.injected } };
    const items = planWork([plan]);
    tally2.total += items.length;
    deps.progress.extend(items.length, tally2.total);
    const samples = await executeWork(items, chaosDeps, tally2);
    const injected = {};
    for (const [kind, count] of Object.entries(proxy.stats.injected)) {
      const delta = count - (before.injected[kind] ?? 0);
      if (delta > 0) injected[kind] = delta;
    }
    const head = samples.filter((s) => s.side === "head");
    const base = plan.base ? samples.filter((s) => s.side === "base") : void 0;
    scenarios.push({
      name: scenario.name,
      faults: scenario.faults,
      head,
      ...base ? { base } : {},
      proxy: { requests: proxy.stats.requests - before.requests, injected }
    });
  }
  proxy.setScenario({ faults: [] });
  const unavailable = chaos.unavailablePattern ? new RegExp(chaos.unavailablePattern, "i") : void 0;
  return chaosReport(chaos.wire, scenarios, { budgetMs, ...unavailable ? { unavailable } : {} });
}

// src/engine/run-notes.ts
function deadlineNote(deadline, suites) {
  if (!deadline.passed()) return void 0;
  let aborted = 0;
  let notRun = 0;
  const perSuite = [];
  for (const suite of suites) {
    const cut = [...suite.head, ...suite.base ?? []].filter(
      (s) => s.errorKind === "deadline" || s.errorKind === "not-run"
    );
    if (cut.length === 0) continue;
    const inFlight = cut.filter((s) => s.errorKind === "deadline").length;
    aborted += inFlight;
    notRun += cut.length - inFlight;
    perSuite.push(`${suite.plan.id}: ${cut.length}`);
  }
  return `The run deadline (run.deadlineMs = ${deadline.deadlineMs} ms) passed: ${aborted} calls were aborted in flight and ${notRun} were not run (${perSuite.join(", ") || "none left"}); the report covers only the calls that finished.`;
}
function throttlingNote(samples) {
  let retried = 0;
  let throttled = 0;
  let waitMs = 0;
  for (const sample of samples) {
    if (sample.cacheHit || !sample.call || sample.call.retries === 0) continue;
    retried++;
    if ((sample.call.rateLimited ?? 0) > 0) throttled++;
    waitMs += sample.call.retryWaitMs ?? 0;
  }
  if (retried === 0) return void 0;
  const why = throttled > 0 ? `, ${throttled} of them after 429 rate limits` : "";
  return `${retried} ${retried === 1 ? "call" : "calls"} answered only after retries${why}; the ${(waitMs / 1e3).toFixed(1)} s spent in failed attempts and backoff is recorded as retry wait and excluded from latency budgets.`;
}
function outageNotes(suites) {
  return suites.flatMap(
    (suite) => suite.outage ? [
      `Provider unavailable for ${suite.id} (${suite.outage.provider}, ${suite.outage.failedSamples} samples not evaluated): ${suite.outage.error} Verdict per gate.onProviderOutage: ${suite.outage.policy}.`
    ] : []
  );
}

// src/engine/pipeline.ts
function cacheScopeOf(config, providerName) {
  const provider = config.providers[providerName];
  if (!provider) return providerName;
  const where = provider.type === "replay" ? provider.cassette : provider.type === "http" ? [provider.url, provider.baseVersionUrl ?? ""].join(" ") : provider.type === "exec" ? [...provider.command, provider.cwd ?? "", provider.baseVersionCwd ?? ""].join(" ") : provider.baseUrl ?? "";
  const version = provider.type === "azure-openai" ? provider.apiVersion ?? "" : "";
  return [providerName, provider.type, where, version].join("|");
}
function judgeRoute(config, registry, judge, key, deps) {
  const problem = pinnedJudgeProblem(config, judge, key);
  if (problem) throw new RoutingError(problem);
  const pinned = judge.provider ? registry.providers.get(judge.provider) : void 0;
  const { provider, model } = pinned ? { provider: pinned, model: providerModelName(judge.model) } : registry.resolve(judge.model);
  return callRoute(provider, model, cacheScopeOf(config, provider.name), deps);
}
function createJudge(config, registry, calls, onCall, deps) {
  if (!config.judge) return void 0;
  const judgeConfig = config.judge;
  const primary = judgeRoute(config, registry, judgeConfig, "judge", deps);
  const fallback = judgeConfig.fallback && judgeRoute(config, registry, judgeConfig.fallback, "judge.fallback", deps);
  return (item) => {
    const ask = async (route, messages, params) => {
      const request = {
        model: route.providerModel,
        messages,
        parameters: { temperature: judgeConfig.temperature ?? 0, ...params }
      };
      const judged = { purpose: "judge", parameters: request.parameters };
      const startedAt = deps.now();
      try {
        const { result, cacheHit } = await completeCached(route, request, 0, calls);
        onCall(callRecord(item, route, messages, result, cacheHit, judged));
        return result;
      } catch (error) {
        const failedAfterMs = deps.now() - startedAt;
        onCall(
          callRecord(item, route, messages, void 0, false, {
            ...failureOf(error),
            ...judged,
            failedAfterMs
          })
        );
        throw error;
      }
    };
    return {
      model: judgeConfig.model,
      async complete(messages, params) {
        if (!fallback) return ask(primary, messages, params);
        try {
          return await ask(primary, messages, params);
        } catch (primaryError) {
          try {
            return await ask(fallback, messages, params);
          } catch (fallbackError) {
            const first = failureOf(primaryError).error;
            const second = failureOf(fallbackError).error;
            throw new Error(`judge failed: ${first}; judge.fallback failed too: ${second}`);
          }
        }
      }
    };
  };
}
function caseReports(suite, joined) {
  return suite.cases.map((testCase) => {
    const samples = joined.cases.get(testCase.id);
    const { headTally, baseTally, pair } = samples ?? {};
    return {
      id: testCase.id,
      vars: testCase.vars,
      expected: testCase.expected,
      source: testCase.source,
      derivedFrom: testCase.derivedFrom,
      head: samples?.head ?? [],
      base: samples?.base,
      headPassRate: headTally ? headTally.passes / headTally.n : void 0,
      basePassRate: samples?.base ? baseTally ? baseTally.passes / baseTally.n : void 0 : void 0,
      flip: pair ? flipOf(pair) : void 0
    };
  });
}
function isDeterministic(plan) {
  const sides = plan.base ? ["base", "head"] : ["head"];
  return sides.every((side) => plan.parameters(side).temperature === 0);
}
function decisionInput(config, state) {
  return {
    base: state.base,
    head: state.head,
    thresholds: state.toRun.suite.thresholds,
    change: state.toRun.change,
    prices: config.prices,
    modelName: state.plan.route.providerModel,
    look: state.look,
    deterministic: isDeterministic(state.plan),
    promptFile: state.toRun.suite.prompt.file,
    priceVendor: priceVendorFor(config, state.plan.route.provider.name, state.toRun.suite.modelId),
    outage: {
      policy: config.gate?.onProviderOutage ?? DEFAULT_OUTAGE_POLICY,
      providerOf: (side) => routeFor(state.plan, side).provider.name
    },
    // Known once the fault scenarios ran, after the adaptive rounds (executeSuites).
    ...state.chaos ? { chaos: state.chaos } : {}
  };
}
function priceVendorFor(config, providerName, modelId) {
  const provider = config.providers[providerName];
  if (provider?.type !== "replay") return priceVendorOf(provider);
  try {
    return priceVendorOf(config.providers[routeModel(modelId, config, { excludeReplay: true }).provider]);
  } catch (error) {
    if (error instanceof RoutingError) return void 0;
    throw error;
  }
}
function casesNearViolation(suite, rails) {
  const near = /* @__PURE__ */ new Set();
  if (!rails) return near;
  for (const testCase of suite.cases) {
    const text = Object.values(testCase.vars).map((v) => typeof v === "string" ? v : JSON.stringify(v)).join("\n");
    if (rails.validate(text).violations.length > 0) near.add(testCase.id);
  }
  return near;
}
function callSettings(config, options) {
  const useCache = options.cache && config.run?.cache !== false;
  return {
    concurrency: options.concurrency ?? config.run?.concurrency ?? DEFAULT_CONCURRENCY,
    timeoutMs: config.run?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    cache: useCache ? new DiskCache(options.cacheDir) : nullCache,
    readCache: !options.record
  };
}
async function runSuites(config, suites, deleted, options, deps) {
  const startedAt = deps.now();
  const settings = callSettings(config, options);
  const registry = deps.registry ?? await createProviders(config, deps.env, {
    rootDir: options.rootDir,
    record: options.record,
    onSecret: deps.onSecret,
    defaultTimeoutMs: settings.timeoutMs,
    maxSockets: settings.concurrency
  });
  const deadline = config.run?.deadlineMs !== void 0 ? startDeadline(config.run.deadlineMs) : void 0;
  const proxies = /* @__PURE__ */ new Map();
  try {
    const expanded = expandSuites(suites, deps.expandCases);
    const rails = await railsFor(config, expanded, options);
    const engineDeps = await engineDepsFor(config, rails, registry, settings, options, deps, deadline);
    const states = expanded.map((toRun) => planSuite(config, toRun, registry, options, deps));
    await planVariants(states, options, deps);
    refuseUnavailable(states);
    logStoredBaselines(states, engineDeps.onCall);
    await startChaosProxies(states, registry, proxies);
    await executeSuites(config, states, engineDeps, rails, { proxies, timeoutMs: settings.timeoutMs });
    await judgeVariantsByModel(config, states, registry, { ...settings, deadline }, deps);
    return buildReport(config, states, deleted, options, settings.concurrency, {
      startedAt,
      finishedAt: deps.now(),
      deadline,
      registry
    });
  } finally {
    deadline?.dispose();
    await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
    await settings.cache.flush();
    if (!deps.registry) await registry.close();
  }
}
function expandSuites(suites, expand) {
  if (!expand) return suites;
  return suites.map((toRun) => ({ ...toRun, suite: { ...toRun.suite, cases: expand(toRun.suite) } }));
}
async function planVariants(states, options, deps) {
  if (!states.some((state) => state.toRun.suite.robustness)) return;
  const { planRobustness } = await loadRobustness();
  for (const state of states) {
    state.robustness = planRobustness(state.toRun.suite, state.plan, options.robustnessAllCases === true);
    if (state.robustness) deps.log?.(state.robustness.expansion.summary);
  }
}
var robustnessModule;
async function loadRobustness() {
  robustnessModule ??= await import("./robustness-W22XJP5I.js");
  return robustnessModule;
}
function plannedRobustness() {
  if (!robustnessModule) throw new Error("a robustness plan exists but engine/robustness.js was not loaded");
  return robustnessModule;
}
async function judgeVariantsByModel(config, states, registry, calls, deps) {
  const wanted = states.filter((s) => s.robustness?.config.judge === true);
  if (wanted.length === 0) return;
  const judgeFor = createJudge(config, registry, calls, callRecordSink(deps), deps);
  if (!judgeFor) return;
  for (const state of wanted) {
    const robust = state.robustness;
    await plannedRobustness().consultModelJudge(
      robust,
      { head: state.head, base: state.base },
      judgeFor,
      calls.concurrency
    );
  }
}
function callRoute(provider, providerModel, cacheScope, deps) {
  return { provider: deps.wrapProvider ? deps.wrapProvider(provider) : provider, providerModel, cacheScope };
}
function planSuite(config, toRun, registry, options, deps) {
  const { suite } = toRun;
  const headSide = suiteSide(config, suite);
  const baseSide = toRun.basePrompt ? suiteSide(config, suite, toRun.basePrompt) : headSide;
  const routeOf = (side) => {
    const resolved = registry.resolve(side.modelId, side.prompt.file);
    const scope = cacheScopeOf(config, resolved.route.provider);
    return { route: callRoute(resolved.provider, resolved.model, scope, deps), name: resolved.route.provider };
  };
  const head = routeOf(headSide);
  const plan = {
    id: suite.id,
    route: head.route,
    baseRoute: baseSide.modelId !== headSide.modelId ? routeOf(baseSide).route : void 0,
    head: suite.prompt,
    base: toRun.baseSamples ? void 0 : toRun.basePrompt,
    cases: suite.cases,
    checks: suite.checks,
    repeats: options.repeats ?? suite.sampling.repeats ?? 1,
    stream: streamFor(config, head.name),
    parameters: (side) => (side === "base" ? baseSide : headSide).parameters
  };
  const base = toRun.baseSamples ? [...toRun.baseSamples] : void 0;
  return { toRun, plan, head: [], base, adaptiveExtra: 0, look: SINGLE_LOOK };
}
function refuseUnavailable(states) {
  for (const state of states) {
    const unavailable = state.plan.route.provider.unavailable;
    if (unavailable) throw new Error(unavailable);
  }
}
async function railsFor(config, suites, options) {
  const needsRails = suites.some(
    (s) => [...s.suite.checks, ...s.suite.cases.flatMap((c) => c.checks)].some((c) => c.type === "rails")
  );
  return needsRails ? await createRailsAsync(config.rails, { rootDir: options.rootDir }) : void 0;
}
async function engineDepsFor(config, rails, registry, settings, options, deps, deadline) {
  const recordCall = callRecordSink(deps);
  const judge = createJudge(config, registry, { ...settings, deadline }, recordCall, deps);
  const check = async (output, item, messages, prompt) => {
    const context = {
      testCase: item.testCase,
      prompt,
      messages,
      rootDir: options.rootDir,
      judge: judge?.(item),
      rails,
      files: item.side === "base" && deps.base ? deps.base : deps.head
    };
    return runChecks(output, [...item.suite.checks, ...item.testCase.checks], context);
  };
  return {
    ...settings,
    progress: deps.progress,
    now: deps.now,
    deadline,
    render: renderCase,
    check,
    aggregate: aggregateSample,
    onCall: recordCall
  };
}
function callRecordSink(deps) {
  return (record) => deps.onCall?.(record);
}
async function startChaosProxies(states, registry, proxies) {
  for (const state of states) {
    const chaos = state.toRun.suite.config.chaos;
    if (chaos) proxies.set(state, await startSuiteProxy(state.plan.id, chaos, registry.providers));
  }
}
async function executeSuites(config, states, engineDeps, rails, chaos) {
  const tally2 = { done: 0, total: 0, failed: 0, cached: 0, startedAt: engineDeps.now() };
  const variantPlans = states.flatMap((s) => s.robustness ? [s.robustness] : []);
  const initial = planWork([...states.map((s) => s.plan), ...variantPlans.map((v) => v.plan)]);
  tally2.total = initial.length;
  engineDeps.progress.start(initial.length, "promptgate");
  const samples = await executeWork(initial, engineDeps, tally2);
  addSamples(states, initial, samples, false);
  addVariantSamples(variantPlans, initial, samples);
  await adaptiveRounds(config, states, engineDeps, tally2, rails);
  for (const [state, proxy] of chaos.proxies) {
    const suiteChaos = state.toRun.suite.config.chaos;
    const budget = chaosBudgetMs(suiteChaos, state.toRun.suite.thresholds.maxP95LatencyMs, chaos.timeoutMs);
    state.chaos = await runChaosScenarios(state.plan, suiteChaos, proxy, budget, engineDeps, tally2);
  }
  engineDeps.progress.finish({ ...tally2, elapsedMs: engineDeps.now() - tally2.startedAt });
}
function addVariantSamples(plans, items, samples) {
  const planOf = new Map(plans.map((p) => [p.plan, p]));
  samples.forEach((sample, index) => {
    const plan = planOf.get(items[index].suite);
    if (!plan) return;
    if (sample.side === "base") (plan.base ??= []).push(sample);
    else plan.head.push(sample);
  });
}
function addSamples(states, items, samples, extra) {
  const stateOf = new Map(states.map((s) => [s.plan, s]));
  samples.forEach((sample, index) => {
    const state = stateOf.get(items[index].suite);
    if (!state) return;
    if (extra) state.adaptiveExtra++;
    if (sample.side === "base") (state.base ??= []).push(sample);
    else state.head.push(sample);
  });
}
function buildReport(config, states, deleted, options, concurrency, run) {
  const { startedAt, finishedAt } = run;
  const suiteReports = [
    ...states.map((state) => suiteReport(state, decideSuite(decisionInput(config, state)))),
    ...deleted.map(deletedSuiteReport)
  ];
  const allSamples = states.flatMap((s) => [...s.head, ...s.base ?? []]);
  const runNotes = [
    ...outageNotes(suiteReports),
    ...[run.deadline && deadlineNote(run.deadline, states), throttlingNote(allSamples)].filter(
      (note) => note !== void 0
    )
  ];
  const overall = decideOverall(suiteReports);
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "promptgate", version: PROMPTGATE_VERSION },
    configId: config.id ?? "default",
    configFile: options.configFile,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    git: options.git,
    verdict: overall.verdict,
    reason: overall.reason,
    suites: suiteReports,
    missingSecrets: [],
    notes: [...options.notes ?? [], ...runNotes],
    run: { concurrency, durationMs: finishedAt - (options.durationFrom ?? startedAt) },
    ...providerHealth(run.registry)
  };
  return options.accept ? applyAcceptLabel(report, options.accept.labels, options.accept.label) : report;
}
function deletedSuiteReport(gone) {
  const decision = decideSuite({ head: [], thresholds: {}, change: "deleted", promptFile: gone.promptFile });
  return {
    id: gone.id,
    change: "deleted",
    promptFile: gone.promptFile,
    model: "\u2013",
    provider: "\u2013",
    verdict: decision.verdict,
    reason: decision.reason,
    budgets: [],
    cases: [],
    unsupportedChecks: [],
    calls: { made: 0, cached: 0, failed: 0, adaptiveExtra: 0, saved: 0 }
  };
}
function providerHealth(registry) {
  const health = {};
  for (const [name, provider] of registry.providers) {
    const snapshot = provider.health?.();
    if (snapshot && snapshot.attempts + snapshot.rejectedCalls > 0) health[name] = snapshot;
  }
  return Object.keys(health).length > 0 ? { providerHealth: health } : {};
}
function streamFor(config, providerName) {
  const provider = config.providers[providerName];
  return provider && provider.type !== "replay" && provider.type !== "exec" ? provider.stream : void 0;
}
async function adaptiveRounds(config, states, engineDeps, tally2, rails) {
  for (const state of states) {
    if (engineDeps.deadline?.passed()) return;
    const costPerCall = observedCostPerCall(decisionInput(config, state));
    const budget = { ...extraCallBudget2(config, state, costPerCall), costPerCall };
    const byCase = new Map(state.plan.cases.map((c) => [c.id, c]));
    const run = async (extras) => {
      const round = [];
      for (const extra of extras) {
        const testCase = byCase.get(extra.caseId);
        if (!testCase || extra.side === "base" && !state.plan.base) continue;
        const sides = extra.side === "base" ? state.base : state.head;
        const repeat = (sides ?? []).filter((s) => s.caseId === extra.caseId).length;
        round.push({ suite: state.plan, testCase, side: extra.side, repeat });
      }
      if (round.length === 0) return;
      tally2.total += round.length;
      engineDeps.progress.extend(round.length, tally2.total);
      addSamples([state], round, await executeWork(round, engineDeps, tally2), true);
    };
    const { look, spend } = await sampleUntilDecided(
      { run, state: () => decisionInput(config, state) },
      budget,
      { watch: casesNearViolation(state.toRun.suite, rails) }
    );
    state.look = look;
    state.sampling = { ...spend, extraCalls: state.adaptiveExtra };
  }
}
function extraCallBudget2(config, state, costPerCall) {
  const sampling = state.toRun.suite.sampling;
  if (sampling.adaptive === false || state.toRun.baseSamples) return { calls: 0 };
  const provider = config.providers[state.plan.route.provider.name];
  if (provider?.type === "replay" && sampling.maxExtraCalls === void 0) return { calls: 0 };
  return extraCallBudget({
    cases: state.plan.cases.length,
    maxExtraCalls: sampling.maxExtraCalls,
    maxExtraCost: sampling.maxExtraCost,
    costPerCall
  });
}
function suiteReport(state, suiteDecision) {
  const { suite, change } = state.toRun;
  const robustness = state.robustness ? plannedRobustness().robustnessReport(state.robustness, suite, {
    head: state.head,
    ...state.base ? { base: state.base } : {}
  }) : void 0;
  const decision = robustness ? { ...suiteDecision, ...combineWithRobustness(suiteDecision, robustness) } : suiteDecision;
  const variantSamples = state.robustness ? [...state.robustness.head, ...state.robustness.base ?? []] : [];
  const all = [...state.head, ...state.base ?? [], ...variantSamples];
  const stored = new Set(state.toRun.baseSamples);
  const ran = all.filter((s) => !stored.has(s));
  const cached = ran.filter((s) => s.cacheHit).length;
  return {
    id: suite.id,
    change,
    promptFile: suite.prompt.file,
    basePromptFile: state.toRun.basePromptFile,
    model: suite.modelId,
    provider: state.plan.route.provider.name,
    verdict: decision.verdict,
    reason: decision.reason,
    needs: decision.needs,
    causes: decision.causes,
    contributors: decision.contributors,
    failures: decision.failures,
    ...state.sampling ? { sampling: state.sampling } : {},
    head: decision.head,
    base: decision.base,
    comparison: decision.comparison,
    budgets: decision.budgets,
    cases: caseReports(suite, suiteDecision.joined),
    unsupportedChecks: unsupportedChecks(state.head.flatMap((s) => s.checks)),
    calls: {
      made: ran.filter((s) => !s.cacheHit && !s.error).length,
      cached,
      failed: ran.filter((s) => s.error).length,
      adaptiveExtra: state.adaptiveExtra,
      saved: cached + stored.size
    },
    ...suiteDecision.outage ? { outage: suiteDecision.outage } : {},
    ...state.chaos ? { chaos: state.chaos } : {},
    ...robustness ? { robustness } : {}
  };
}

// src/engine/progress.ts
var silentProgress = {
  start: () => void 0,
  update: () => void 0,
  extend: () => void 0,
  finish: () => void 0
};
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
}
function describeProgress(event) {
  const rate = event.elapsedMs > 0 ? event.done * 1e3 / event.elapsedMs : 0;
  const remaining = event.total - event.done;
  const eta = rate > 0 ? formatDuration(remaining / rate * 1e3) : "?";
  const percent = event.total > 0 ? Math.floor(event.done / event.total * 100) : 100;
  return `${event.done}/${event.total} (${percent}%) ${rate.toFixed(1)}/s ETA ${eta} failed ${event.failed} cached ${event.cached}`;
}
var TtyProgress = class {
  constructor(out, width = 24, now = Date.now) {
    this.out = out;
    this.width = width;
    this.now = now;
  }
  out;
  width;
  now;
  lastDraw = 0;
  label = "";
  start(_total, label) {
    this.label = label;
    this.lastDraw = 0;
  }
  update(event) {
    const t = this.now();
    if (t - this.lastDraw < 80 && event.done < event.total) return;
    this.lastDraw = t;
    this.out.write(`\r\x1B[2K${this.render(event)}`);
  }
  extend(added, total) {
    this.out.write(`\r\x1B[2K${this.label}: adaptive sampling adds ${added} calls (now ${total})
`);
  }
  finish(event) {
    this.out.write(`\r\x1B[2K${this.render(event)}
`);
  }
  render(event) {
    const filled = event.total > 0 ? Math.round(event.done / event.total * this.width) : this.width;
    const bar = "\u2588".repeat(filled) + "\u2591".repeat(this.width - filled);
    return `${this.label} ${bar} ${describeProgress(event)}`;
  }
};
var LineProgress = class {
  constructor(log, intervalMs = 1e4, now = Date.now) {
    this.log = log;
    this.intervalMs = intervalMs;
    this.now = now;
  }
  log;
  intervalMs;
  now;
  lastLine = 0;
  label = "";
  start(total, label) {
    this.label = label;
    this.lastLine = this.now();
    this.log(`${label}: ${total} model calls planned`);
  }
  update(event) {
    const t = this.now();
    if (t - this.lastLine < this.intervalMs) return;
    this.lastLine = t;
    this.log(`${this.label}: ${describeProgress(event)}`);
  }
  extend(added, total) {
    this.log(
      `${this.label}: adaptive sampling adds ${added} calls where the verdict is still open (now ${total})`
    );
  }
  finish(event) {
    this.log(`${this.label}: finished ${describeProgress(event)}`);
  }
};

// src/core/plural.ts
function counted(n, noun, pluralNoun = `${noun}s`) {
  return `${thousands(n)} ${n === 1 ? noun : pluralNoun}`;
}

// src/report/json.ts
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
function shortenedMarker(fullChars) {
  return `\u2026 [shortened by PromptGate: ${fullChars.toLocaleString("en-US")} characters in full]`;
}
function cappedJson(value) {
  const json = JSON.stringify(value);
  if (!hasLongStringToken(json, STORED_FIELD_MAX_CHARS)) return { json, shortened: 0 };
  let shortened = 0;
  const capped = JSON.stringify(value, (_key, field) => {
    if (typeof field !== "string" || field.length <= STORED_FIELD_MAX_CHARS) return field;
    shortened++;
    return field.slice(0, STORED_FIELD_MAX_CHARS) + shortenedMarker(field.length);
  });
  return { json: capped, shortened };
}
function hasLongStringToken(json, max) {
  if (json.length <= max) return false;
  let open = json.indexOf('"');
  while (open !== -1) {
    let close = json.indexOf('"', open + 1);
    while (close !== -1 && isEscaped(json, close)) close = json.indexOf('"', close + 1);
    if (close === -1) return json.length - open > max;
    if (close - open - 1 > max) return true;
    open = json.indexOf('"', close + 1);
  }
  return false;
}
function isEscaped(json, quote) {
  let backslashes = 0;
  for (let i = quote - 1; i >= 0 && json.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}
async function writeJsonReport(path, report) {
  await mkdir(dirname(path), { recursive: true });
  const first = cappedJson(report);
  let json = first.json;
  const shortened = first.shortened;
  if (shortened > 0) {
    const note = `${counted(shortened, "text field")} over ${STORED_FIELD_MAX_CHARS.toLocaleString("en-US")} characters were shortened in this report and the call log (each ends with its full size).`;
    ({ json } = cappedJson({ ...report, notes: [...report.notes, note] }));
  }
  await writeFile(path, json + "\n");
}
var CALL_LOG_CHUNK_CHARS = 64 * 1024;
var CallLog = class _CallLog {
  constructor(stream) {
    this.stream = stream;
    stream.on("error", (error) => {
      this.failure ??= error;
    });
  }
  stream;
  failure;
  pending = "";
  /** Opens the log, failing here (not mid-run) when the path cannot be written. */
  static async open(path) {
    await mkdir(dirname(path), { recursive: true });
    const stream = createWriteStream(path, { flags: "w" });
    await new Promise((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", (error) => reject(new Error(`cannot write the call log ${path}: ${error.message}`)));
    });
    return new _CallLog(stream);
  }
  write(record) {
    if (this.failure) return;
    this.pending += cappedJson(record).json + "\n";
    if (this.pending.length >= CALL_LOG_CHUNK_CHARS) this.flush();
  }
  flush() {
    if (this.pending === "") return;
    this.stream.write(this.pending);
    this.pending = "";
  }
  async close() {
    if (!this.failure) this.flush();
    await new Promise((resolve) => this.stream.end(() => resolve()));
    if (this.failure) throw new Error(`the call log could not be written: ${this.failure.message}`);
  }
};

// src/observe/sink.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/observe/from-run.ts
import { randomUUID } from "node:crypto";
function callLineFromRun(record, context) {
  const httpStatus = record.httpStatus ?? record.errorStatus?.httpStatus;
  const replayed = replaySource(record);
  const a = requestAttributes(
    record,
    httpStatus,
    replayed ? void 0 : context.server?.(record.provider, record.side)
  );
  putRunIdentity(a, record, context);
  putRetries(a, record, replayed);
  put(a, PG.answerSource, record.answerSource);
  put(a, PG.accepted, record.accepted);
  putChecks(a, record);
  putCost(a, record, context, replayed);
  if (record.error !== void 0) {
    a[GENAI.errorType] = errorKind(record.error, httpStatus);
    a[PG.errorMessage] = record.error;
  }
  contentAttributes(record.messages, record.output, record.finishReason, context.filter, a);
  const durationMs = callDurationMs(record, replayed);
  return {
    format: CALL_RECORD_FORMAT,
    id: (context.newId ?? randomUUID)(),
    // The record's time is when the call ended; without a duration that is also when it started.
    time: durationMs ? new Date(Date.parse(record.time) - durationMs).toISOString() : record.time,
    ...durationMs !== void 0 ? { durationMs: roundMs(durationMs) } : {},
    // Thirty keyed stores leave `a` in V8's dictionary mode, which JSON.stringify walks about three
    // times slower; a spread copy is a fast object with the same key order.
    attributes: { ...a }
  };
}
function requestAttributes(record, httpStatus, server) {
  const a = {
    [GENAI.operationName]: OPERATION_CHAT,
    [GENAI.providerName]: genAiProviderName(record.providerKind),
    [GENAI.requestModel]: record.model
  };
  putServer(a, server);
  put(a, GENAI.requestTemperature, record.parameters.temperature);
  put(a, GENAI.requestTopP, record.parameters.topP);
  put(a, GENAI.requestMaxTokens, record.parameters.maxTokens);
  if (record.stream) a[GENAI.requestStream] = true;
  put(a, GENAI.responseModel, record.modelVersion);
  put(a, GENAI.responseId, record.responseId);
  if (record.finishReason) a[GENAI.responseFinishReasons] = [record.finishReason];
  put(a, GENAI.usageInputTokens, record.usage?.inputTokens);
  put(a, GENAI.usageOutputTokens, record.usage?.outputTokens);
  put(a, GENAI.responseTimeToFirstChunk, record.ttftMs === void 0 ? void 0 : record.ttftMs / 1e3);
  a[GENAI.promptName] = record.promptFile;
  put(a, GENAI.httpStatus, httpStatus);
  return a;
}
function putRunIdentity(a, record, context) {
  a[PG.purpose] = record.purpose ?? "eval";
  a[PG.suite] = record.suite;
  a[PG.side] = record.side;
  const commit = context.commits?.[record.side];
  put(a, PG.commit, commit);
  a[PG.promptVersion] = commit ? `${record.side}@${commit.slice(0, 12)}` : record.side;
  a[PG.caseId] = record.caseId;
  put(a, PG.variant, record.variant);
  a[PG.repeat] = record.repeat;
  a[PG.providerConfig] = record.provider;
  a[PG.providerType] = record.providerKind;
  a[PG.cacheHit] = record.cacheHit;
  a[PG.contentCapture] = context.capture;
}
function putRetries(a, record, replayed) {
  put(a, PG.replayedFrom, replayed);
  if (replayed) {
    a[PG.retries] = 0;
    return;
  }
  const failed = record.errorStatus;
  put(a, PG.retries, record.retries ?? failed?.retries);
  const waitMs = record.retryWaitMs ?? failed?.retryWaitMs ?? 0;
  if (waitMs > 0) a[PG.retryWaitMs] = roundMs(waitMs);
  if (failed?.lastAttemptMs !== void 0) a[PG.lastAttemptMs] = roundMs(failed.lastAttemptMs);
  if ((record.rateLimited ?? 0) > 0) a[PG.rateLimited] = record.rateLimited;
}
function putChecks(a, record) {
  if (!record.checks) return;
  a[PG.checks] = record.checks;
  const failed = record.checks.filter((c) => c.status === "ok" && !c.pass).map((c) => c.id);
  if (failed.length > 0) a[PG.checksFailed] = failed;
}
function putCost(a, record, context, replayed) {
  const cost = costAtPrice(
    record.usage,
    priceFor(record.modelVersion ?? record.model, record.provider, context)
  );
  if (replayed) {
    a[PG.costUsd] = 0;
    put(a, PG.costSavedUsd, cost);
  } else put(a, PG.costUsd, cost);
}
function priceFor(model, provider, context) {
  const key = `${provider}\0${model}`;
  const memo = context.priceMemo;
  if (memo?.has(key)) return memo.get(key);
  const price = priceOf(model, context.prices, context.priceVendor?.(provider));
  memo?.set(key, price);
  return price;
}
function replaySource(record) {
  if (record.replayedFrom === "baseline") return "baseline";
  return record.cacheHit ? "cache" : record.replayedFrom;
}
function callDurationMs(record, replayed) {
  if (replayed) return 0;
  if (record.latencyMs === void 0) return record.failedAfterMs;
  return record.latencyMs + (record.retryWaitMs ?? 0);
}
function roundMs(ms) {
  return Math.round(ms * 1e3) / 1e3;
}

// src/observe/sink.ts
var DEFAULT_OTLP_TIMEOUT_MS = 1e4;
var OTLP_TRACES_PATH = "/v1/traces";
function parseOtlpHeaders(text) {
  const headers = {};
  for (const pair of (text ?? "").split(",")) {
    const at = pair.indexOf("=");
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
    }
    if (key) headers[key] = value;
  }
  return headers;
}
function positiveMs(text) {
  const value = Number(text);
  return text !== void 0 && Number.isFinite(value) && value > 0 ? value : void 0;
}
function resolveOtlpTarget(options) {
  const { env } = options;
  const otlp = options.config.observe?.otlp;
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return void 0;
  const base = otlp?.endpoint ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const url = otlp?.endpoint === void 0 && env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT : base ? base.replace(/\/+$/, "") + OTLP_TRACES_PATH : void 0;
  if (!url) return void 0;
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL;
  if (protocol === "grpc") {
    options.warn(
      "OTEL_EXPORTER_OTLP_PROTOCOL=grpc is not supported: PromptGate exports OTLP/HTTP (JSON); point the endpoint at the collector\u2019s HTTP port (4318)."
    );
  }
  return {
    url,
    headers: {
      ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
      ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS),
      ...otlp?.headers
    },
    timeoutMs: positiveMs(env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT) ?? positiveMs(env.OTEL_EXPORTER_OTLP_TIMEOUT) ?? DEFAULT_OTLP_TIMEOUT_MS,
    serviceName: otlp?.serviceName ?? env.OTEL_SERVICE_NAME ?? "promptgate",
    runName: options.runName,
    runAttributes: {},
    warn: options.warn
  };
}
function callIds() {
  const prefix = randomUUID2().slice(0, -12);
  let next = 0;
  return () => prefix + (next++).toString(16).padStart(12, "0");
}
function serversByProvider(config) {
  const known = /* @__PURE__ */ new Map();
  return (providerName, side) => {
    const key = `${side} ${providerName}`;
    if (!known.has(key)) {
      const provider = config.providers[providerName];
      const url = provider && endpointOf(provider, side);
      known.set(key, url === void 0 ? void 0 : serverOf(url));
    }
    return known.get(key);
  };
}
function vendorsByProvider(config) {
  const known = /* @__PURE__ */ new Map();
  return (providerName) => {
    if (!known.has(providerName)) known.set(providerName, priceVendorOf(config.providers[providerName]));
    return known.get(providerName);
  };
}
async function withCallSinks(options, run) {
  const { config } = options;
  const capture = config.observe?.content ?? DEFAULT_CONTENT_CAPTURE;
  const filter = contentFilter(capture, capture === "redacted" ? createRedactor(config.rails) : (text) => text);
  const log = await CallLog.open(options.logPath);
  let spans;
  try {
    const target = resolveOtlpTarget(options);
    if (target) {
      for (const value of Object.values(target.headers)) options.onSecret?.(value);
      if (options.commits?.head) target.runAttributes[PG.commit] = options.commits.head;
      const { createOtlpSpanSink } = await import("./otlp-BFSD7W4O.js");
      spans = createOtlpSpanSink(target);
    }
    const context = {
      filter,
      capture,
      commits: options.commits,
      prices: config.prices,
      // A replayed call's vendor depends on its suite's model id, which a call record lacks: its
      // cost in the log is unknown (the report still prices it like the recorded provider).
      priceVendor: vendorsByProvider(config),
      priceMemo: /* @__PURE__ */ new Map(),
      server: serversByProvider(config),
      newId: callIds()
    };
    return await run((record) => {
      const line = callLineFromRun(record, context);
      log.write(line);
      spans?.write(line);
    });
  } finally {
    await spans?.close();
    await log.close();
  }
}

// src/repo/git.ts
import { execFile } from "node:child_process";
var GIT_MAX_BUFFER = 64 * 1024 * 1024;
var GitError = class extends Error {
  constructor(message, stderr, exitCode) {
    super(message);
    this.stderr = stderr;
    this.exitCode = exitCode;
    this.name = "GitError";
  }
  stderr;
  exitCode;
};
function checkRev(rev) {
  if (!rev || rev.startsWith("-") || /[\s\0]/.test(rev))
    throw new Error(`Not a usable git revision: "${rev}"`);
  return rev;
}
function createLocalGit(repoRoot) {
  const runBytes = (args) => new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      {
        cwd: repoRoot,
        maxBuffer: GIT_MAX_BUFFER,
        encoding: "buffer",
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" }
      },
      (error, stdout, stderrBytes) => {
        if (error) {
          const stderr = stderrBytes.toString("utf8");
          const code = typeof error.code === "number" ? error.code : void 0;
          reject(new GitError(`git ${args[0]} failed: ${stderr.trim() || error.message}`, stderr, code));
        } else resolve(stdout);
      }
    );
  });
  const run = async (args) => (await runBytes(args)).toString("utf8");
  return {
    async hasCommit(rev) {
      try {
        await run(["cat-file", "-e", `${checkRev(rev)}^{commit}`]);
        return true;
      } catch (error) {
        if (error instanceof GitError) return false;
        throw error;
      }
    },
    async readFile(rev, path) {
      const safe = normalizeRepoPath(path);
      const spec = `${checkRev(rev)}:${safe}`;
      try {
        await run(["cat-file", "-e", spec]);
      } catch (error) {
        if (error instanceof GitError) return void 0;
        throw error;
      }
      const type = (await run(["cat-file", "-t", spec])).trim();
      if (type !== "blob") throw new NotAFileError(`${safe} at ${rev} is a ${type}, expected a file`);
      refuseOversized(safe, Number((await run(["cat-file", "-s", spec])).trim()), `commit ${rev.slice(0, 7)}`);
      return decodeTextFile(safe, await runBytes(["cat-file", "blob", spec]));
    },
    async diff(base, head) {
      const out = await run([
        "-c",
        "core.quotepath=off",
        "diff",
        "--name-status",
        "-z",
        "-M",
        "--no-ext-diff",
        `${checkRev(base)}...${checkRev(head)}`
      ]);
      return parseNameStatusZ(out);
    }
  };
}
function parseNameStatusZ(out) {
  const fields = out.split("\0");
  const changes = [];
  let i = 0;
  while (i < fields.length) {
    const status = fields[i++];
    if (!status) continue;
    const code = status[0];
    if (code === "R" || code === "C") {
      const from = fields[i++] ?? "";
      const to = fields[i++] ?? "";
      changes.push(
        code === "R" ? { path: to, status: "renamed", previousPath: from } : { path: to, status: "added" }
      );
      continue;
    }
    const path = fields[i++] ?? "";
    if (code === "A") changes.push({ path, status: "added" });
    else if (code === "D") changes.push({ path, status: "removed" });
    else changes.push({ path, status: "modified" });
  }
  return changes;
}

export {
  BASELINE_FORMAT,
  staleBaselineReason,
  parseBaselineFile,
  asStoredBase,
  fingerprintResolvedSuite,
  applyBaseline,
  runSuites,
  silentProgress,
  TtyProgress,
  LineProgress,
  counted,
  writeJsonReport,
  withCallSinks,
  createLocalGit
};
