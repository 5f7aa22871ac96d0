import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ProviderError,
  confidenceLevel,
  dollars,
  listing,
  mcnemarExact,
  mean,
  meanInterval,
  milliseconds,
  newcombePairedInterval,
  normalQuantile,
  pValue,
  percent,
  plural,
  pointMagnitude,
  points,
  pointsRange,
  quantileInterval,
  quantileSorted,
  ratio,
  roundPercent,
  sha256Hex,
  wilsonInterval,
  zFor
} from "./chunk-XREXTKX4.js";
import {
  costOf
} from "./chunk-FMOAC3SX.js";
import {
  errorMessage
} from "./chunk-LPYLB7X5.js";

// src/stats/needs.ts
var NEEDS_POWER = 0.8;
var NEEDS_MAX_FACTOR = 50;
var MAX_REPEATS = 50;
function dataFactor(halfWidth, distance, confidence) {
  const z = zFor(confidence);
  const zPower = normalQuantile(NEEDS_POWER);
  const d = Math.max(Math.abs(distance), halfWidth / 4, 1e-9);
  const factor = ((z + zPower) * halfWidth / (z * d)) ** 2;
  return Math.min(NEEDS_MAX_FACTOR, Math.max(1, factor));
}
function needsFor(factor, cases, repeats, what) {
  const moreCases = Math.max(1, Math.ceil(cases * (factor - 1)));
  const wantedRepeats = Math.max(repeats + 1, Math.ceil(repeats * factor));
  if (wantedRepeats > MAX_REPEATS) {
    return {
      moreCases,
      description: `About ${plural(moreCases, "more case")} would ${what} (more repeats alone would not: ${MAX_REPEATS} per case is the maximum).`
    };
  }
  const moreRepeats = wantedRepeats - repeats;
  return {
    moreCases,
    moreRepeats,
    description: `About ${plural(moreCases, "more case")}, or ${plural(moreRepeats, "more repeat")} per case (sampling.repeats: ${wantedRepeats}), would ${what}.`
  };
}

// src/stats/summary.ts
function isCompleted(sample) {
  return sample.error === void 0 && sample.undecided === void 0;
}
function hasAnswer(sample) {
  return sample.error === void 0;
}
function hasViolation(sample) {
  return sample.checks.some((check) => (check.violations?.length ?? 0) > 0);
}
function tallyCases(samples) {
  const tallies = /* @__PURE__ */ new Map();
  for (const sample of samples) {
    if (!isCompleted(sample)) continue;
    let tally = tallies.get(sample.caseId);
    if (!tally) {
      tally = {
        caseId: sample.caseId,
        n: 0,
        passes: 0,
        scoreSum: 0,
        violations: 0,
        identicalOutputs: true,
        firstOutput: sample.output
      };
      tallies.set(sample.caseId, tally);
    }
    if (sample.output !== tally.firstOutput) tally.identicalOutputs = false;
    tally.n++;
    if (sample.pass) tally.passes++;
    tally.scoreSum += sample.score;
    if (hasViolation(sample)) tally.violations++;
  }
  return tallies;
}
function passRateInterval(tallies, confidence) {
  let cases = 0;
  let sumP = 0;
  let sumInverseN = 0;
  for (const t of tallies) {
    cases++;
    sumP += t.passes / t.n;
    sumInverseN += 1 / t.n;
  }
  if (cases === 0) return void 0;
  const effectiveN = cases * cases / sumInverseN;
  return wilsonInterval(sumP / cases * effectiveN, effectiveN, confidence);
}
function latencyStats(values, confidence) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const p95Interval = quantileInterval(sorted, 0.95, confidence);
  return {
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    ...p95Interval ? { p95Interval } : {},
    mean: mean(sorted)
  };
}
function callCosts(samples, opts) {
  const costs = [];
  for (const sample of samples) {
    if (!hasAnswer(sample)) continue;
    const usage = sample.call?.usage;
    if (!usage) continue;
    const cost = costOf(usage, opts.modelName ?? sample.call?.modelVersion, opts.prices, opts.priceVendor);
    if (cost === void 0) return void 0;
    costs.push(cost);
  }
  return costs.length > 0 ? costs : void 0;
}
function summariseVersion(samples, opts) {
  const completed = samples.filter(isCompleted);
  const tallies = [...tallyCases(samples).values()];
  const cases = tallies.length;
  const passedSamples = completed.filter((s) => s.pass).length;
  const answered2 = samples.filter(hasAnswer);
  const latencies2 = answered2.flatMap((s) => s.call ? [s.call.latencyMs] : []);
  const ttfts = answered2.flatMap((s) => s.call?.ttftMs !== void 0 ? [s.call.ttftMs] : []);
  const interval = passRateInterval(tallies, opts.confidence);
  const latencyMs = latencyStats(latencies2, opts.confidence);
  const ttftMs = latencyStats(ttfts, opts.confidence);
  const cost = costSummary(callCosts(samples, opts));
  return {
    cases,
    samples: samples.length,
    passedSamples,
    failedSamples: completed.length - passedSamples,
    errorSamples: samples.length - completed.length,
    passRate: cases > 0 ? mean(tallies.map((t) => t.passes / t.n)) : 0,
    ...interval ? { passRateInterval: interval } : {},
    meanScore: cases > 0 ? mean(tallies.map((t) => t.scoreSum / t.n)) : 0,
    ...latencyMs ? { latencyMs } : {},
    ...ttftMs ? { ttftMs } : {},
    tokens: tokenTotals(answered2),
    ...cost ? { cost } : {},
    cacheHits: completed.filter((s) => s.cacheHit).length,
    safetyViolations: completed.filter(hasViolation).length,
    checkFailures: checkFailureCounts(completed)
  };
}
function tokenTotals(answered2) {
  let input = 0;
  let output = 0;
  let maxOutput = 0;
  let withOutput = 0;
  for (const s of answered2) {
    const usage = s.call?.usage;
    if (!usage) continue;
    input += usage.inputTokens ?? 0;
    if (usage.outputTokens !== void 0) {
      output += usage.outputTokens;
      maxOutput = Math.max(maxOutput, usage.outputTokens);
      withOutput++;
    }
  }
  return { input, output, maxOutput, meanOutput: withOutput > 0 ? output / withOutput : 0 };
}
function costSummary(costs) {
  if (!costs) return void 0;
  const totalUsd = costs.reduce((sum, c) => sum + c, 0);
  return { totalUsd, perCallUsd: totalUsd / costs.length, per1kRequestsUsd: totalUsd / costs.length * 1e3 };
}
function checkFailureCounts(completed) {
  const checkFailures = {};
  for (const s of completed) {
    for (const check of s.checks) {
      if (check.status === "unsupported" || check.status === "ok" && check.pass) continue;
      checkFailures[check.id] = (checkFailures[check.id] ?? 0) + 1;
    }
  }
  return checkFailures;
}

// src/stats/budgets.ts
function limitStatus(actual, limit, interval) {
  if (actual <= limit) return "pass";
  if (interval && interval.low > limit) return "fail";
  return "inconclusive";
}
var verbFor = (status) => status === "pass" ? "within" : status === "fail" ? "over" : "possibly over";
var answered = (ctx) => ctx.head.filter(hasAnswer);
function casesOver(samples, value, limit) {
  const worst = /* @__PURE__ */ new Map();
  for (const s of samples) {
    const v = value(s);
    if (v !== void 0 && v > limit) worst.set(s.caseId, Math.max(worst.get(s.caseId) ?? -Infinity, v));
  }
  return [...worst].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
function unknownBudget(id, limit, unit, message) {
  return { result: { id, limit, actual: NaN, unit, status: "inconclusive", message }, samplingCanHelp: false };
}
var safetyBudget = (ctx) => {
  const t = ctx.thresholds;
  const violating = ctx.head.filter((s) => s.checks.some((c2) => (c2.violations?.length ?? 0) > 0));
  const caseIds = [...new Set(violating.map((s) => s.caseId))];
  if (t.maxSafetyViolations !== void 0) {
    const actual2 = ctx.stats.safetyViolations;
    const status = actual2 > t.maxSafetyViolations ? "fail" : "pass";
    return {
      result: {
        id: "maxSafetyViolations",
        limit: t.maxSafetyViolations,
        actual: actual2,
        unit: "violations",
        status,
        message: `${plural(actual2, "head output")} with a safety violation (limit ${t.maxSafetyViolations}).`
      },
      samplingCanHelp: false,
      caseIds
    };
  }
  const c = ctx.comparison;
  const actual = c ? c.newSafetyViolations : ctx.stats.safetyViolations;
  return {
    result: {
      id: "maxSafetyViolations",
      limit: 0,
      actual,
      unit: "violations",
      status: actual > 0 ? "fail" : "pass",
      message: c ? `${plural(actual, "case")} with a new safety violation that the base did not have (default limit 0).` : `${plural(actual, "head output")} with a safety violation (default limit 0 without a base).`
    },
    samplingCanHelp: false,
    caseIds
  };
};
var minPassRateBudget = (ctx) => {
  const { thresholds: t, stats: head } = ctx;
  if (t.minPassRate === void 0 || head.cases === 0) return void 0;
  const interval = head.passRateInterval;
  const p = head.passRate;
  let status = "pass";
  if (p < t.minPassRate) status = interval && interval.high < t.minPassRate ? "fail" : "inconclusive";
  const range = interval ? `, ${confidenceLevel(interval.confidence)} CI ${percent(interval.low)} to ${percent(interval.high)}` : "";
  const verb = status === "pass" ? "meets" : status === "fail" ? "is below" : "may be below";
  const evaluation = {
    result: {
      id: "minPassRate",
      limit: t.minPassRate,
      actual: p,
      ...interval ? { interval } : {},
      unit: "fraction",
      status,
      message: `Head pass rate ${percent(p)} (${plural(head.cases, "case")}${range}) ${verb} the ${percent(t.minPassRate)} minimum.`
    },
    samplingCanHelp: status === "inconclusive"
  };
  if (status === "inconclusive" && interval) {
    const half = (interval.high - interval.low) / 2;
    evaluation.needs = needsFor(
      dataFactor(half, t.minPassRate - p, t.confidence),
      head.cases,
      head.samples / Math.max(1, head.cases),
      `tell whether the pass rate is below the ${percent(t.minPassRate)} minimum`
    );
  }
  return evaluation;
};
var ungatedPassRate = (ctx) => {
  const { thresholds: t, stats: head } = ctx;
  if (t.minPassRate !== void 0 || ctx.comparison || head.cases === 0 || head.passRate >= 1)
    return void 0;
  return {
    result: {
      id: "minPassRate",
      limit: NaN,
      actual: head.passRate,
      unit: "fraction",
      status: "inconclusive",
      message: `Head pass rate ${percent(head.passRate)} on ${plural(head.cases, "case")} and nothing sets the bar: no base to compare with and no thresholds.minPassRate.`
    },
    samplingCanHelp: false,
    needs: { description: "Set thresholds.minPassRate for this suite, or compare with a base version." }
  };
};
function quantileBudget(spec) {
  return (ctx) => {
    const limit = ctx.thresholds[spec.key];
    if (limit === void 0) return void 0;
    const samples = answered(ctx);
    const values = samples.flatMap((s) => {
      const v = spec.value(s);
      return v === void 0 ? [] : [v];
    });
    if (values.length === 0)
      return unknownBudget(spec.key, limit, "ms", `${spec.key} is set but ${spec.missing}.`);
    const sorted = [...values].sort((a, b) => a - b);
    const actual = quantileSorted(sorted, spec.q);
    const interval = quantileInterval(sorted, spec.q, ctx.thresholds.confidence);
    const status = limitStatus(actual, limit, interval);
    const range = interval ? `, ${confidenceLevel(ctx.thresholds.confidence)} CI ${milliseconds(interval.low)} to ${milliseconds(interval.high)}` : "";
    return {
      result: {
        id: spec.key,
        limit,
        actual,
        ...interval ? { interval } : {},
        unit: "ms",
        status,
        message: `${spec.label} ${milliseconds(actual)} (${plural(values.length, "call")}${range}) is ${verbFor(status)} the ${milliseconds(limit)} budget.`
      },
      samplingCanHelp: status === "inconclusive",
      ...status === "fail" ? { caseIds: casesOver(samples, spec.value, limit) } : {},
      ...status === "inconclusive" ? {
        needs: {
          description: `More calls would pin down ${spec.label} against the ${milliseconds(limit)} budget: ${interval ? "its interval straddles the limit" : "too few calls for a distribution-free interval"}.`
        }
      } : {}
    };
  };
}
var latency = (s) => s.call?.latencyMs;
var ttft = (s) => s.call?.ttftMs;
var outputTokens = (s) => s.call?.usage?.outputTokens;
var maxOutputTokensBudget = (ctx) => {
  const limit = ctx.thresholds.maxOutputTokens;
  if (limit === void 0) return void 0;
  const withUsage = answered(ctx).filter((s) => outputTokens(s) !== void 0);
  if (withUsage.length === 0) {
    return unknownBudget(
      "maxOutputTokens",
      limit,
      "tokens",
      "maxOutputTokens is set but the provider reported no token usage."
    );
  }
  const caseIds = casesOver(withUsage, outputTokens, limit);
  const over = withUsage.filter((s) => (outputTokens(s) ?? 0) > limit).length;
  return {
    result: {
      id: "maxOutputTokens",
      limit,
      actual: ctx.stats.tokens.maxOutput,
      unit: "tokens",
      status: over > 0 ? "fail" : "pass",
      message: `Longest output ${ctx.stats.tokens.maxOutput} tokens; ${over} of ${plural(withUsage.length, "call")} over the ${limit}-token limit.`
    },
    samplingCanHelp: false,
    caseIds
  };
};
var maxCostPerCallBudget = (ctx) => {
  const limit = ctx.thresholds.maxCostPerCall;
  if (limit === void 0) return void 0;
  const costs = callCosts(ctx.head, {
    prices: ctx.prices,
    modelName: ctx.modelName,
    priceVendor: ctx.priceVendor
  });
  if (!costs) {
    return unknownBudget(
      "maxCostPerCall",
      limit,
      "usd",
      `maxCostPerCall is set but the cost is unknown (unknown price for model ${ctx.modelName ?? "of this suite"}, or no token usage reported); add it under \`prices:\` in the config.`
    );
  }
  const actual = costs.reduce((s, c) => s + c, 0) / costs.length;
  const interval = meanInterval(costs, ctx.thresholds.confidence);
  const status = limitStatus(actual, limit, interval);
  return {
    result: {
      id: "maxCostPerCall",
      limit,
      actual,
      ...interval ? { interval } : {},
      unit: "usd",
      status,
      message: `Mean cost per call ${dollars(actual)} over ${plural(costs.length, "call")} is ${verbFor(status)} the ${dollars(limit)} budget.`
    },
    samplingCanHelp: status === "inconclusive"
  };
};
var minCasesBudget = (ctx) => {
  const { minCases } = ctx.thresholds;
  const cases = ctx.stats.cases;
  const missing = minCases - cases;
  const status = missing > 0 ? "inconclusive" : "pass";
  return {
    result: {
      id: "minCases",
      limit: minCases,
      actual: cases,
      unit: "cases",
      status,
      message: `${plural(cases, "case")} completed (minimum ${minCases}).`
    },
    samplingCanHelp: false,
    ...missing > 0 ? {
      needs: {
        moreCases: missing,
        description: `Add at least ${plural(missing, "more case")} to the dataset (minCases is ${minCases}).`
      }
    } : {}
  };
};
var BUDGET_RULES = [
  safetyBudget,
  minPassRateBudget,
  ungatedPassRate,
  quantileBudget({
    key: "maxP50LatencyMs",
    label: "p50 latency",
    q: 0.5,
    value: latency,
    missing: "no call reported a latency"
  }),
  quantileBudget({
    key: "maxP95LatencyMs",
    label: "p95 latency",
    q: 0.95,
    value: latency,
    missing: "no call reported a latency"
  }),
  quantileBudget({
    key: "maxP99LatencyMs",
    label: "p99 latency",
    q: 0.99,
    value: latency,
    missing: "no call reported a latency"
  }),
  quantileBudget({
    key: "maxP95TtftMs",
    label: "p95 time to first token",
    q: 0.95,
    value: ttft,
    missing: "no call was streamed, so none measured time to first token (set `stream: true` on the provider)"
  }),
  maxOutputTokensBudget,
  maxCostPerCallBudget,
  minCasesBudget
];
function evaluateBudgets(ctx) {
  return BUDGET_RULES.flatMap((rule) => rule(ctx) ?? []);
}

// src/stats/noise.ts
var VARIANCE_PRIOR_DF = 5;
var POOLED_MIN_DF = 20;
var DETERMINISTIC_AFTER = 2;
function priorVariance(tallies) {
  let passes = 0;
  let n = 0;
  let within = 0;
  let df = 0;
  for (const t of tallies) {
    passes += t.passes;
    n += t.n;
    if (t.n >= 2) {
      within += t.passes * (t.n - t.passes) / t.n;
      df += t.n - 1;
    }
  }
  if (df >= POOLED_MIN_DF) return within / df;
  const p = n > 0 ? passes / n : 0.5;
  return p * (1 - p);
}
function isSettled(tally, options) {
  return options.deterministic === true && tally.n >= DETERMINISTIC_AFTER && tally.identicalOutputs;
}
function callVariance(tally, prior, options) {
  if (isSettled(tally, options)) return 0;
  const df = tally.n - 1;
  const unbiased = df > 0 ? tally.passes * (tally.n - tally.passes) / (tally.n * df) : 0;
  return (df * unbiased + VARIANCE_PRIOR_DF * prior) / (df + VARIANCE_PRIOR_DF);
}
function meanVariance(tally, prior, options) {
  return callVariance(tally, prior, options) / tally.n;
}

// src/stats/compare.ts
function majorityPass(tally) {
  return tally.passes / tally.n >= 0.5;
}
function flipOf(pair) {
  const before = majorityPass(pair.base);
  const after = majorityPass(pair.head);
  if (before && !after) return "regressed";
  if (!before && after) return "fixed";
  return "same";
}
function joinCases(base, head) {
  const headTallies = tallyCases(head);
  const baseTallies = base ? tallyCases(base) : void 0;
  const cases = /* @__PURE__ */ new Map();
  const entry = (caseId) => {
    let joined = cases.get(caseId);
    if (!joined) cases.set(caseId, joined = { caseId, head: [] });
    return joined;
  };
  for (const sample of head) entry(sample.caseId).head.push(sample);
  for (const sample of base ?? []) (entry(sample.caseId).base ??= []).push(sample);
  const pairs = [];
  for (const [caseId, headTally] of headTallies) {
    const baseTally = baseTallies?.get(caseId);
    if (baseTally) pairs.push({ caseId, base: baseTally, head: headTally });
  }
  for (const joined of cases.values()) {
    const headTally = headTallies.get(joined.caseId);
    const baseTally = baseTallies?.get(joined.caseId);
    if (headTally) joined.headTally = headTally;
    if (baseTally) joined.baseTally = baseTally;
    if (headTally && baseTally) joined.pair = { caseId: joined.caseId, base: baseTally, head: headTally };
  }
  return { cases, pairs, headTallies, ...baseTallies ? { baseTallies } : {} };
}
function newViolationCaseIds(join2) {
  const out = [];
  for (const [caseId, tally] of join2.headTallies) {
    if (tally.violations > 0 && (join2.baseTallies?.get(caseId)?.violations ?? 0) === 0) out.push(caseId);
  }
  return out;
}
function passRateDeltaInterval(pairs, confidence, noise = {}) {
  const single = pairs.every((p) => p.base.n === 1 && p.head.n === 1);
  if (single) {
    const table = { a: 0, b: 0, c: 0, d: 0 };
    for (const p of pairs) {
      const h = p.head.passes === 1;
      const b = p.base.passes === 1;
      if (h && b) table.a++;
      else if (h) table.b++;
      else if (b) table.c++;
      else table.d++;
    }
    return newcombePairedInterval(table, confidence);
  }
  const n = pairs.length;
  const pooledHead = priorVariance(pairs.map((p) => p.head));
  const pooledBase = priorVariance(pairs.map((p) => p.base));
  let sum = 0;
  let variance = 0;
  for (const p of pairs) {
    sum += p.head.passes / p.head.n - p.base.passes / p.base.n;
    variance += meanVariance(p.head, pooledHead, noise) + meanVariance(p.base, pooledBase, noise);
  }
  const delta = sum / n;
  const half = zFor(confidence) * Math.sqrt(variance / (n * n));
  return { low: Math.max(-1, delta - half), high: Math.min(1, delta + half), confidence };
}
function latencies(samples) {
  return samples.filter(isCompleted).flatMap((s) => s.call ? [s.call.latencyMs] : []).sort((a, b) => a - b);
}
function latencyP95Comparison(base, head, confidence) {
  const b = latencies(base);
  const h = latencies(head);
  if (b.length === 0 || h.length === 0) return void 0;
  const baseP95 = quantileSorted(b, 0.95);
  const headP95 = quantileSorted(h, 0.95);
  if (!(baseP95 > 0)) return void 0;
  const ratio2 = headP95 / baseP95;
  const sideConfidence = 1 - (1 - confidence) / 2;
  const bi = quantileInterval(b, 0.95, sideConfidence);
  const hi = quantileInterval(h, 0.95, sideConfidence);
  const interval = bi && hi && bi.low > 0 ? { low: hi.low / bi.high, high: hi.high / bi.low, confidence } : void 0;
  const significant = interval !== void 0 && (interval.low > 1 || interval.high < 1);
  return { base: baseP95, head: headP95, ratio: ratio2, ...interval ? { interval } : {}, significant };
}
function compareVersions(base, head, opts, join2 = joinCases(base, head)) {
  const pairs = join2.pairs;
  const n = pairs.length;
  const basePassRate = n > 0 ? pairs.reduce((s, p) => s + p.base.passes / p.base.n, 0) / n : 0;
  const headPassRate = n > 0 ? pairs.reduce((s, p) => s + p.head.passes / p.head.n, 0) / n : 0;
  let passToFail = 0;
  let failToPass = 0;
  for (const p of pairs) {
    const flip = flipOf(p);
    if (flip === "regressed") passToFail++;
    else if (flip === "fixed") failToPass++;
  }
  const scoreDiffs = pairs.map((p) => p.head.scoreSum / p.head.n - p.base.scoreSum / p.base.n);
  const scoreInterval = meanInterval(scoreDiffs, opts.confidence);
  const latencyP95 = latencyP95Comparison(base, head, opts.confidence);
  const newSafetyViolations2 = newViolationCaseIds(join2).length;
  return {
    pairedCases: n,
    passRate: {
      base: basePassRate,
      head: headPassRate,
      delta: headPassRate - basePassRate,
      interval: passRateDeltaInterval(pairs, opts.confidence, opts)
    },
    flips: { passToFail, failToPass },
    mcnemarPValue: mcnemarExact(passToFail, failToPass),
    ...scoreInterval ? {
      meanScoreDelta: {
        delta: scoreDiffs.reduce((s, d) => s + d, 0) / scoreDiffs.length,
        interval: scoreInterval
      }
    } : {},
    ...latencyP95 ? { latencyP95 } : {},
    newSafetyViolations: newSafetyViolations2
  };
}

// src/stats/causes.ts
var TIMEOUT_WORDS = /\btimed out\b|\btimeout\b|deadline/i;
function failureKind(sample) {
  const status = sample.errorStatus?.httpStatus;
  if (status === 429) return "throttled";
  if (status !== void 0 && status >= 500) return "unavailable";
  if (TIMEOUT_WORDS.test(sample.error ?? "")) return "timeout";
  if (status === void 0 && /network error|circuit/i.test(sample.error ?? "")) return "unavailable";
  return "other";
}
var KIND_ORDER = ["unavailable", "throttled", "timeout", "other"];
function failureGroups(samples) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of samples) {
    if (s.error === void 0) continue;
    const kind = failureKind(s);
    const group = groups.get(kind) ?? { samples: [] };
    group.samples.push(s);
    groups.set(kind, group);
  }
  return [...groups].map(([kind, g]) => {
    const statuses = /* @__PURE__ */ new Map();
    for (const s of g.samples) {
      const st = s.errorStatus?.httpStatus;
      if (st !== void 0) statuses.set(st, (statuses.get(st) ?? 0) + 1);
    }
    const common = [...statuses].sort((a, b) => b[1] - a[1])[0];
    const first = g.samples[0];
    return {
      kind,
      ...common ? { httpStatus: common[0] } : {},
      retries: Math.max(0, ...g.samples.map((s) => s.errorStatus?.retries ?? 0)),
      samples: g.samples.length,
      example: first?.error ?? ""
    };
  }).sort((a, b) => b.samples - a.samples || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
var KIND_TEXT = {
  unavailable: "provider unavailable",
  throttled: "provider throttled the calls",
  timeout: "calls timed out",
  other: "calls failed"
};
function describeFailure(group) {
  const detail = [
    group.httpStatus !== void 0 ? `HTTP ${group.httpStatus}` : "",
    group.retries > 0 ? `after ${plural(group.retries, "retry", "retries")}` : ""
  ].filter(Boolean).join(" ");
  return detail ? `${KIND_TEXT[group.kind]} (${detail})` : KIND_TEXT[group.kind];
}
function isProviderTrouble(group) {
  return group.kind !== "other";
}
var TERM_IN_MESSAGE = /forbidden term "([^"]{1,60})"/;
function termOf(v) {
  return TERM_IN_MESSAGE.exec(v.message)?.[1];
}
function safetySummary(head, caseIds) {
  const validators = /* @__PURE__ */ new Set();
  const terms = /* @__PURE__ */ new Set();
  for (const s of head) {
    if (!caseIds.has(s.caseId)) continue;
    for (const c of s.checks) {
      for (const v of c.violations ?? []) {
        validators.add(v.validator);
        const term = termOf(v);
        if (term) terms.add(term);
      }
    }
  }
  return { validators: [...validators].sort(), terms: [...terms].sort() };
}
var MAX_TERMS_IN_HEADLINE = 3;
function safetyPhrase(summary) {
  const others = summary.validators.filter((v) => v !== "forbidden-terms");
  const parts = [];
  if (summary.terms.length > 0) {
    const shown = summary.terms.slice(0, MAX_TERMS_IN_HEADLINE);
    const more = summary.terms.length - shown.length;
    parts.push(`names forbidden terms (${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""})`);
  } else if (summary.validators.includes("forbidden-terms")) {
    parts.push("names forbidden terms");
  }
  if (others.length > 0) parts.push(`trips ${listing(others)}`);
  return parts.length > 0 ? listing(parts) : "trips a safety rail";
}
var SEVERITY = {
  "new-safety-violation": 4,
  regressed: 3,
  "new-check-failure": 2,
  budget: 1.5,
  failing: 1,
  "not-evaluated": 0.5
};
function failingChecks(samples) {
  const ids = /* @__PURE__ */ new Set();
  for (const s of samples) {
    if (!isCompleted(s)) continue;
    for (const c of s.checks) if (c.status === "ok" && !c.pass) ids.add(c.id);
  }
  return ids;
}
var passFraction = (tally) => tally ? tally.passes / tally.n : void 0;
var pctText = (x) => x === void 0 ? "\u2013" : `${Math.round(x * 100)}%`;
function caseContributions(input) {
  const join2 = input.join ?? joinCases(input.base, input.head);
  const found = /* @__PURE__ */ new Map();
  const add = (c) => {
    const prev = found.get(c.caseId);
    if (!prev || prev.severity < c.severity) {
      found.set(c.caseId, prev ? { ...c, ruleIds: [.../* @__PURE__ */ new Set([...c.ruleIds, ...prev.ruleIds])] } : c);
    } else {
      prev.ruleIds = [.../* @__PURE__ */ new Set([...prev.ruleIds, ...c.ruleIds])];
    }
  };
  const read = { join: join2, hasBase: input.base !== void 0 };
  newSafetyViolations(read).forEach(add);
  (read.hasBase ? flips(read) : failingCases(read)).forEach(add);
  budgetBreakers(input.failedBudgets).forEach(add);
  notEvaluatedCases(read, found).forEach(add);
  return [...found.values()].sort(
    (a, b) => b.severity - a.severity || b.effect - a.effect || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0)
  );
}
var headCasesOf = (join2) => [...join2.cases.values()].filter((c) => c.head.length > 0);
function effectOf({ join: join2, hasBase }, caseId) {
  const joined = join2.cases.get(caseId);
  const h = passFraction(joined?.headTally) ?? 0;
  const b = hasBase ? passFraction(joined?.baseTally) ?? h : 1;
  return b - h;
}
function newSafetyViolations({ join: join2 }) {
  return newViolationCaseIds(join2).map((caseId) => {
    const samples = join2.cases.get(caseId)?.head ?? [];
    const summary = safetySummary(samples, /* @__PURE__ */ new Set([caseId]));
    const share = samples.filter((s) => s.checks.some((c) => (c.violations?.length ?? 0) > 0)).length;
    return {
      caseId,
      kind: "new-safety-violation",
      severity: SEVERITY["new-safety-violation"],
      effect: share / Math.max(1, samples.length),
      ruleIds: summary.validators,
      detail: `${safetyPhrase(summary)} in ${share} of ${plural(samples.length, "head answer")}`
    };
  });
}
function flips(read) {
  const out = [];
  for (const pair of read.join.pairs) {
    const joined = read.join.cases.get(pair.caseId);
    const headIds = failingChecks(joined?.head ?? []);
    const baseIds = failingChecks(joined?.base ?? []);
    const fresh = [...headIds].filter((id) => !baseIds.has(id));
    const rates = `pass ${pctText(pair.base.passes / pair.base.n)} \u2192 ${pctText(pair.head.passes / pair.head.n)}`;
    const effect = effectOf(read, pair.caseId);
    if (flipOf(pair) === "regressed") {
      out.push({
        caseId: pair.caseId,
        kind: "regressed",
        severity: SEVERITY.regressed,
        effect,
        ruleIds: [...headIds],
        detail: rates
      });
    } else if (fresh.length > 0 && pair.head.passes < pair.head.n) {
      out.push({
        caseId: pair.caseId,
        kind: "new-check-failure",
        severity: SEVERITY["new-check-failure"],
        effect,
        ruleIds: fresh,
        detail: `${rates}; newly failing ${listing(fresh)}`
      });
    }
  }
  return out;
}
function failingCases({ join: join2 }) {
  return headCasesOf(join2).flatMap(({ caseId, head, headTally }) => {
    const ids = failingChecks(head);
    if (ids.size === 0) return [];
    const kind = "failing";
    const detail = `pass ${pctText(passFraction(headTally))}`;
    return [
      {
        caseId,
        kind,
        severity: SEVERITY.failing,
        effect: 1 - (passFraction(headTally) ?? 0),
        ruleIds: [...ids],
        detail
      }
    ];
  });
}
function budgetBreakers(failedBudgets2) {
  return failedBudgets2.filter((budget) => budget.result.id !== "maxSafetyViolations").flatMap(
    (budget) => (budget.caseIds ?? []).map((caseId) => ({
      caseId,
      kind: "budget",
      severity: SEVERITY.budget,
      effect: 0,
      ruleIds: [budget.result.id],
      detail: `over ${budget.result.id}`
    }))
  );
}
function notEvaluatedCases({ join: join2 }, found) {
  return headCasesOf(join2).filter(({ caseId, headTally }) => !headTally && !found.has(caseId)).map(({ caseId, head }) => {
    const group = failureGroups(head)[0];
    return {
      caseId,
      kind: "not-evaluated",
      severity: SEVERITY["not-evaluated"],
      effect: 0,
      ruleIds: [],
      detail: group ? `not evaluated: ${describeFailure(group)}` : "not evaluated: no check could decide"
    };
  });
}

// src/stats/chaos-verdict.ts
function applyChaosVerdict(decision, chaos) {
  if (!chaos) return decision;
  if (chaos.verdict === "pass") return { ...decision, reason: `${decision.reason} Chaos: ${chaos.reason}` };
  if (decision.verdict === "fail" || decision.verdict === "regression" || decision.verdict === "error") {
    return { ...decision, reason: `${decision.reason} Chaos: ${chaos.reason}` };
  }
  return { ...decision, verdict: chaos.verdict, reason: chaos.reason, samplingCanHelp: false };
}

// src/stats/outage.ts
var DEFAULT_OUTAGE_POLICY = "inconclusive";
var OUTAGE_KINDS = /* @__PURE__ */ new Set(["circuit-open", "auth", "quota"]);
var PROVIDER_FAILURE_KINDS = /* @__PURE__ */ new Set([
  ...OUTAGE_KINDS,
  "deadline",
  "not-run",
  "server",
  "overloaded",
  "network",
  "timeout",
  "rate-limit",
  "malformed"
]);
function detectOutage(input) {
  const sides = [["head", input.head]];
  if (input.base) sides.push(["base", input.base]);
  const failed = [];
  const hit = [];
  const unjudged = [];
  for (const [side, samples] of sides) {
    const judged = samples.some((s) => s.error === void 0);
    const failures = samples.filter(
      (s) => s.errorKind !== void 0 && (OUTAGE_KINDS.has(s.errorKind) || !judged && PROVIDER_FAILURE_KINDS.has(s.errorKind))
    );
    if (failures.length === 0) continue;
    failed.push(...failures);
    hit.push(side);
    if (!judged) unjudged.push(side);
  }
  const first = failed.find((s) => s.errorKind !== "circuit-open" && s.errorKind !== "not-run") ?? failed[0];
  if (!first) return void 0;
  return {
    provider: input.providerOf(first.side),
    sides: hit,
    unjudgedSides: unjudged,
    error: first.error ?? "unknown error",
    ...first.errorStatus?.httpStatus !== void 0 ? { httpStatus: first.errorStatus.httpStatus } : {},
    ...first.errorKind !== void 0 ? { kind: first.errorKind } : {},
    failedSamples: failed.length,
    policy: input.policy
  };
}
var POLICY_VERDICT = { fail: "fail", inconclusive: "inconclusive", skip: "skipped" };
function applyOutagePolicy(decision, outage) {
  if (!outage) return decision;
  const what = outage.unjudgedSides.length > 0 ? `not evaluated on ${outage.unjudgedSides.join(" and ")}` : `${outage.failedSamples} samples not evaluated`;
  const headline = `Provider unavailable (${outage.provider}): ${what}. ${outage.error}`;
  const headJudged = !outage.unjudgedSides.includes("head");
  const measuredFailure = decision.verdict === "fail" || decision.verdict === "regression";
  if (outage.unjudgedSides.length === 0 || headJudged && measuredFailure) {
    return { ...decision, reason: `${decision.reason} ${headline}` };
  }
  const policyNote = outage.policy === DEFAULT_OUTAGE_POLICY ? `gate.onProviderOutage: ${outage.policy} (default)` : `gate.onProviderOutage: ${outage.policy}`;
  return {
    ...decision,
    verdict: POLICY_VERDICT[outage.policy],
    reason: `${headline} (${policyNote}).`,
    samplingCanHelp: false
  };
}

// src/stats/sequential.ts
var MAX_LOOKS = 4;
var SINGLE_LOOK = { index: 0, of: 1 };
function spendingShare(look) {
  const k = Math.min(Math.max(0, look.index), look.of - 1);
  return ((k + 1) / look.of) ** 2 - (k / look.of) ** 2;
}
function lookConfidence(confidence, look) {
  return 1 - (1 - confidence) * spendingShare(look);
}
function isLastLook(look) {
  return look.index >= look.of - 1;
}

// src/stats/verdict.ts
var DEFAULT_CONFIDENCE = 0.95;
var DEFAULT_MAX_PASS_RATE_DROP = 0.05;
var DEFAULT_MIN_CASES = 10;
var MAX_UNJUDGED_SHARE_FOR_PASS = 0.1;
function resolveThresholds(t) {
  return {
    ...t,
    confidence: t.confidence ?? DEFAULT_CONFIDENCE,
    maxPassRateDrop: t.maxPassRateDrop ?? DEFAULT_MAX_PASS_RATE_DROP,
    minCases: t.minCases ?? DEFAULT_MIN_CASES
  };
}
function describeDelta(c) {
  const i = c.passRate.interval;
  return `${percent(c.passRate.base)} \u2192 ${percent(c.passRate.head)}, ${confidenceLevel(i.confidence)} CI ${pointsRange(
    i.low,
    i.high
  )}; ${plural(c.flips.passToFail, "case")} regressed, ${c.flips.failToPass} fixed; McNemar ${pValue(c.mcnemarPValue)}`;
}
function worstCheck(head) {
  const [id, n] = Object.entries(head.checkFailures).sort((a, b) => b[1] - a[1])[0] ?? [];
  return id !== void 0 && n !== void 0 ? `; ${id} fails on ${n} of ${plural(head.samples, "head sample")}` : "";
}
function judgePassRate(c, t, head) {
  const { delta, interval } = c.passRate;
  const tolerance = t.maxPassRateDrop;
  const wording = {
    c,
    tolerance,
    tol: `${pointMagnitude(tolerance, 1)}-point tolerance`,
    magnitude: pointMagnitude(delta, 1),
    change: `(${roundPercent(c.passRate.base)} \u2192 ${roundPercent(c.passRate.head)})`
  };
  if (delta < -tolerance && interval.high < 0) return passRateRegression(wording, head);
  if (interval.low >= -tolerance) return passRateHeld(wording);
  return passRateUndecided(wording, t, head);
}
function passRateRegression(w, head) {
  const { c, tol, magnitude, change } = w;
  return {
    outcome: "regression",
    reason: `Pass rate fell ${magnitude} points (${describeDelta(c)}), beyond the ${tol}.`,
    cause: {
      kind: "pass-rate",
      severity: 2,
      summary: `pass rate fell ${pointMagnitude(c.passRate.delta)} points ${change}${worstCheck(head)}`,
      ruleIds: ["maxPassRateDrop"]
    }
  };
}
function passRateHeld(w) {
  const { c, tolerance, tol, magnitude, change } = w;
  const { delta, interval } = c.passRate;
  if (interval.low > 0) {
    return {
      outcome: "improvement",
      reason: `Pass rate rose ${magnitude} points (${describeDelta(c)}).`,
      cause: {
        kind: "improvement",
        severity: 0,
        summary: `pass rate rose ${pointMagnitude(delta)} points ${change}, a significant improvement`,
        ruleIds: []
      }
    };
  }
  return {
    outcome: "same",
    reason: `Pass rate changed ${points(delta)} (${describeDelta(c)}), within the ${tol}.`,
    cause: {
      kind: "pass-rate",
      severity: 0,
      summary: `pass rate ${change}; a drop beyond the ${pointMagnitude(tolerance)}-point tolerance is ruled out`,
      ruleIds: []
    }
  };
}
function passRateUndecided(w, t, head) {
  const { c, tolerance, tol, change } = w;
  const { delta, interval } = c.passRate;
  const half = (interval.high - interval.low) / 2;
  const distance = delta > -tolerance ? delta + tolerance : -delta;
  return {
    outcome: "undecided",
    reason: `Pass rate changed ${points(delta)} (${describeDelta(c)}): too uncertain to rule out a drop beyond the ${tol}.`,
    cause: {
      kind: "uncertain",
      severity: 1,
      summary: `pass rate ${change} with an interval of ${pointsRange(interval.low, interval.high)}: cannot rule out a drop beyond the ${pointMagnitude(tolerance)}-point tolerance`,
      ruleIds: ["maxPassRateDrop"]
    },
    needs: needsFor(
      dataFactor(half, distance, t.confidence),
      c.pairedCases,
      head.samples / Math.max(1, head.cases),
      `narrow the interval enough to decide against the ${tol}`
    )
  };
}
function judgeLatency(c, t) {
  const limit = t.maxP95LatencyIncrease;
  const l = c.latencyP95;
  if (limit === void 0 || !l) return void 0;
  const change = `${milliseconds(l.base)} \u2192 ${milliseconds(l.head)}${l.interval ? `, ratio ${confidenceLevel(l.interval.confidence)} CI ${ratio(l.interval.low)} to ${ratio(l.interval.high)}` : ""}`;
  const rise = `${Math.round((l.ratio - 1) * 100)}%`;
  const limitText = `${Math.round(limit * 100)}% limit`;
  const cause = (severity, summary) => ({
    kind: "latency",
    severity,
    summary,
    ruleIds: ["maxP95LatencyIncrease"]
  });
  if (l.ratio <= 1 + limit) {
    return {
      outcome: "same",
      reason: `p95 latency changed ${rise} (${change}).`,
      cause: cause(0, `p95 latency changed ${rise}`)
    };
  }
  if (l.interval && l.interval.low > 1) {
    return {
      outcome: "regression",
      reason: `p95 latency rose ${rise} (${change}), beyond the ${limitText}.`,
      cause: cause(
        2,
        `p95 latency rose ${rise} (${milliseconds(l.base)} \u2192 ${milliseconds(l.head)}), beyond the ${limitText}`
      )
    };
  }
  return {
    outcome: "undecided",
    reason: `p95 latency rose ${rise} (${change}), over the ${limitText} but not significantly.`,
    cause: cause(1, `p95 latency rose ${rise}, over the ${limitText} but not significantly`),
    needs: {
      description: `More calls per side would tell whether p95 latency really rose beyond the ${limitText}.`
    }
  };
}
function withMore(first, others, noun) {
  if (others === 0) return first;
  return `${first.replace(/\.$/, "")} (and ${plural(others, `more ${noun}`)}).`;
}
function budgetCause(ctx, e) {
  const id = e.result.id;
  if (id === "maxSafetyViolations") {
    const caseIds = ctx.comparison ? newViolationCaseIds(ctx.joined) : e.caseIds ?? [];
    const phrase = safetyPhrase(safetySummary(ctx.input.head, new Set(caseIds)));
    const where = ctx.comparison ? `in ${plural(caseIds.length, "case")} that base answered cleanly` : `in ${plural(e.result.actual, "head answer")}`;
    return {
      kind: "safety",
      severity: 3,
      summary: `head ${phrase} ${where}`,
      ruleIds: ["maxSafetyViolations"],
      caseIds
    };
  }
  const severity = e.result.status === "fail" ? 2 : 1;
  const summary = e.result.message.replace(/\.$/, "");
  return {
    kind: id === "minCases" ? "min-cases" : "budget",
    severity,
    summary: summary.charAt(0).toLowerCase() + summary.slice(1),
    ruleIds: [id],
    caseIds: e.caseIds ?? []
  };
}
function judgementCause(j, caseIds) {
  return { ...j.cause, caseIds };
}
var failedBudgets = (ctx) => {
  const failed = ctx.budgetEvals.filter((e) => e.result.status === "fail");
  const first = failed[0];
  if (!first) return void 0;
  const causes = failed.map((e) => budgetCause(ctx, e));
  const safety = causes.find((c) => c.kind === "safety");
  const reason = safety && first.result.id === "maxSafetyViolations" ? `${first.result.message.replace(/\.$/, "")}: ${safety.summary}.` : first.result.message;
  return { verdict: "fail", reason: withMore(reason, failed.length - 1, "failed budget"), causes };
};
var tooFewCases = (ctx) => {
  const minCases = ctx.budgetEvals.find((e) => e.result.id === "minCases");
  if (!minCases || minCases.result.status !== "inconclusive") return void 0;
  return {
    verdict: "inconclusive",
    reason: `Only ${plural(ctx.head.cases, "case")} completed (minimum ${ctx.t.minCases}): too few to decide.`,
    causes: [budgetCause(ctx, minCases)],
    ...minCases.needs ? { needs: minCases.needs } : {}
  };
};
var notComparable = (ctx) => {
  if (!ctx.base || ctx.comparison && ctx.comparison.pairedCases > 0) return void 0;
  return {
    verdict: "inconclusive",
    reason: `No case completed on both base (${plural(ctx.base.cases, "case")}) and head (${plural(ctx.head.cases, "case")}), so the versions cannot be compared.`,
    causes: [
      {
        kind: "not-comparable",
        severity: 1,
        summary: `no case completed on both base and head, so the versions cannot be compared`,
        ruleIds: [],
        caseIds: []
      }
    ],
    needs: { description: "Rerun once the base version can be evaluated on the same cases." }
  };
};
var regressed = (ctx) => {
  const regressions = ctx.judgements.filter((j) => j.outcome === "regression");
  const first = regressions[0];
  if (!first) return void 0;
  return {
    verdict: "regression",
    reason: withMore(first.reason, regressions.length - 1, "regression"),
    causes: regressions.map((j) => judgementCause(j, []))
  };
};
var openQuestions = (ctx) => {
  const undecided = ctx.judgements.filter((j) => j.outcome === "undecided");
  const unsure = ctx.budgetEvals.filter((e) => e.result.status === "inconclusive");
  if (undecided.length === 0 && unsure.length === 0) return void 0;
  const first = undecided[0];
  const reason = first ? first.reason : unsure[0]?.result.message ?? "";
  const needs = first ? first.needs : unsure.find((e) => e.needs)?.needs;
  return {
    verdict: "inconclusive",
    reason: withMore(reason, undecided.length + unsure.length - 1, "open question"),
    causes: [...undecided.map((j) => judgementCause(j, [])), ...unsure.map((e) => budgetCause(ctx, e))],
    ...needs ? { needs } : {},
    samplingCanHelp: undecided.length > 0 || unsure.some((e) => e.samplingCanHelp)
  };
};
var comparedPass = (ctx) => {
  const j = ctx.passJudgement;
  if (!j) return void 0;
  return {
    verdict: j.outcome === "improvement" ? "improvement" : "pass",
    reason: j.reason,
    causes: [judgementCause(j, [])]
  };
};
function absolutePass(ctx) {
  const { head, budgetEvals, input } = ctx;
  const interval = head.passRateInterval;
  const range = interval ? ` (${confidenceLevel(interval.confidence)} CI ${percent(interval.low)} to ${percent(interval.high)})` : "";
  const prefix = input.change === "added" ? "Added prompt: pass rate" : "Pass rate";
  const checked = budgetEvals.length - 1;
  const thresholds = checked > 1 ? `all ${plural(checked, "absolute threshold")} met` : checked === 1 ? "its absolute threshold met" : "no absolute threshold set";
  return {
    verdict: "pass",
    reason: `${prefix} ${percent(head.passRate)}${range} on ${plural(head.cases, "case")}; ${thresholds}, no base to compare.`,
    causes: [
      {
        kind: "pass-rate",
        severity: 0,
        summary: `pass rate ${roundPercent(head.passRate)} on ${plural(head.cases, "case")}; ${thresholds}`,
        ruleIds: [],
        caseIds: []
      }
    ]
  };
}
var DECISION_RULES = [
  failedBudgets,
  tooFewCases,
  notComparable,
  regressed,
  openQuestions,
  comparedPass,
  absolutePass
];
function emptyDecision(verdict, reason, head, joined) {
  return {
    verdict,
    reason,
    causes: [],
    contributors: [],
    head,
    budgets: [],
    failures: { head: [], base: [] },
    samplingCanHelp: false,
    joined
  };
}
var outageOverride = (decision, input) => {
  if (!input.outage) return decision;
  const outage = detectOutage({
    head: [...input.head],
    ...input.base ? { base: [...input.base] } : {},
    ...input.outage
  });
  const decided = applyOutagePolicy(decision, outage);
  return outage ? { ...decided, outage } : decided;
};
var chaosOverride = (decision, input) => applyChaosVerdict(decision, input.chaos);
var VERDICT_OVERRIDES = [outageOverride, chaosOverride];
function decideSuite(input) {
  const decided = decideOnSamples(input);
  return VERDICT_OVERRIDES.reduce((decision, override) => override(decision, input), decided);
}
function decideOnSamples(input) {
  const summary = summarise(input);
  const early = earlyExit(input, summary);
  if (early) return early;
  const ctx = evidenceOf(input, summary);
  const decided = DECISION_RULES.reduce((found, rule) => found ?? rule(ctx), void 0);
  return accountForUnjudged(explained(ctx, decided ?? absolutePass(ctx), summary.failures));
}
function summarise(input) {
  const t = resolveThresholds(input.thresholds);
  const confidence = lookConfidence(t.confidence, input.look ?? SINGLE_LOOK);
  const summaryOpts = {
    confidence,
    prices: input.prices,
    modelName: input.modelName,
    priceVendor: input.priceVendor
  };
  const baseSamples = input.change !== "added" ? input.base : void 0;
  const base = baseSamples ? summariseVersion(baseSamples, summaryOpts) : void 0;
  return {
    looked: { ...t, confidence },
    head: summariseVersion(input.head, summaryOpts),
    ...base ? { base } : {},
    ...baseSamples ? { baseSamples } : {},
    joined: joinCases(baseSamples, input.head),
    failures: { head: failureGroups(input.head), base: baseSamples ? failureGroups(baseSamples) : [] }
  };
}
function earlyExit(input, { head, base, joined, failures }) {
  if (input.change === "deleted") {
    const what = input.promptFile ? `The prompt ${input.promptFile}` : "The prompt";
    return emptyDecision("skipped", `${what} was deleted in this change; nothing to evaluate.`, head, joined);
  }
  if (input.head.length === 0)
    return emptyDecision("skipped", "The suite has no cases to evaluate.", head, joined);
  if (head.cases === 0) return notEvaluated(head, base, failures, joined);
  return void 0;
}
function evidenceOf(input, summary) {
  const { looked, head, base, baseSamples, joined } = summary;
  const comparison = baseSamples && base && base.cases > 0 ? compareVersions(
    baseSamples,
    input.head,
    { confidence: looked.confidence, deterministic: input.deterministic },
    joined
  ) : void 0;
  const budgetEvals = evaluateBudgets({
    head: input.head,
    stats: head,
    comparison,
    thresholds: looked,
    prices: input.prices,
    modelName: input.modelName,
    priceVendor: input.priceVendor
  });
  const passJudgement = comparison && comparison.pairedCases > 0 ? judgePassRate(comparison, looked, head) : void 0;
  const latencyJudgement = comparison ? judgeLatency(comparison, looked) : void 0;
  return {
    input: { ...input, base: baseSamples },
    joined,
    t: looked,
    head,
    ...base ? { base } : {},
    ...comparison ? { comparison } : {},
    budgetEvals,
    judgements: [passJudgement, latencyJudgement].filter((j) => j !== void 0),
    ...passJudgement ? { passJudgement } : {}
  };
}
function explained(ctx, decided, failures) {
  const { comparison, budgetEvals, head, base, joined } = ctx;
  const nonPass = decided.verdict !== "pass" && decided.verdict !== "improvement";
  const contributors = nonPass ? caseContributions({
    base: ctx.input.base,
    head: ctx.input.head,
    comparison,
    failedBudgets: budgetEvals.filter((e) => e.result.status === "fail"),
    join: joined
  }) : [];
  const flipped = contributors.filter((k) => k.kind === "regressed" || k.kind === "new-check-failure").map((k) => k.caseId);
  const causes = decided.causes.map(
    (c) => c.caseIds.length > 0 || c.kind === "safety" ? c : { ...c, caseIds: flipped }
  );
  return {
    verdict: decided.verdict,
    reason: decided.reason,
    causes,
    contributors,
    ...decided.needs ? { needs: decided.needs } : {},
    head,
    ...base ? { base } : {},
    ...comparison ? { comparison } : {},
    budgets: budgetEvals.map((e) => e.result),
    failures,
    samplingCanHelp: decided.samplingCanHelp ?? false,
    joined
  };
}
function notEvaluated(head, base, failures, joined) {
  const group = failures.head[0];
  const how = group ? describeFailure(group) : "no check could decide";
  const reason = group ? `Not evaluated: ${how} on all ${plural(head.errorSamples, "head call")}.` : `No head sample could be judged: all ${head.errorSamples} failed or had no check that could decide (see the cases).`;
  const cause = {
    kind: "provider",
    severity: 2,
    summary: `not evaluated: ${how}`,
    ruleIds: [],
    caseIds: []
  };
  return {
    ...emptyDecision("error", reason, head, joined),
    ...base ? { base } : {},
    causes: [cause],
    // Every case failed alike: the reason says it once instead of listing each case.
    contributors: [],
    failures
  };
}
function accountForUnjudged(decision) {
  const head = decision.head;
  if (head.errorSamples === 0 || head.samples === 0 || decision.verdict === "error") return decision;
  const share = head.errorSamples / head.samples;
  const trouble = decision.failures.head.find(isProviderTrouble);
  const how = trouble ? `: ${describeFailure(trouble)}` : "";
  const note = `${head.errorSamples} of ${plural(head.samples, "head sample")} failed or could not be judged${how}.`;
  const cause = {
    kind: "provider",
    severity: trouble ? 1 : 0,
    summary: `${head.errorSamples} of ${plural(head.samples, "head call")} not evaluated${trouble ? `: ${describeFailure(trouble)}` : ""}`,
    ruleIds: [],
    caseIds: []
  };
  if (share > MAX_UNJUDGED_SHARE_FOR_PASS && (decision.verdict === "pass" || decision.verdict === "improvement")) {
    return {
      ...decision,
      verdict: "inconclusive",
      reason: `${decision.reason} But ${note}`,
      causes: [{ ...cause, severity: 2 }, ...decision.causes]
    };
  }
  return { ...decision, reason: `${decision.reason} ${note}`, causes: [...decision.causes, cause] };
}
var BLOCKING = ["fail", "regression", "error"];
function topCause(suites) {
  const all = suites.flatMap((s) => (s.causes ?? []).map((c) => ({ suite: s.id, cause: c })));
  const ranked = all.filter((x) => x.cause.severity > 0).sort((a, b) => b.cause.severity - a.cause.severity);
  const first = ranked[0] ?? all[0];
  return { ...first ? { first } : {}, others: ranked.filter((x) => x !== first).length };
}
function causeLine(top) {
  if (!top.first) return "";
  return `${top.first.suite}: ${top.first.cause.summary}${top.others > 0 ? `; and ${top.others} more` : ""}.`;
}
function providerLine(suites, top) {
  const hit = suites.filter((s) => (s.causes ?? []).some((c) => c.kind === "provider" && c.severity > 0));
  if (hit.length === 0 || hit.length === 1 && top.first?.cause.kind === "provider") return "";
  return ` Provider trouble shaped the result of ${listing2(hit.map((s) => s.id))}.`;
}
function listing2(ids) {
  const shown = ids.slice(0, 5).join(", ");
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}
function decideOverall(suites) {
  const active = suites.filter((s) => s.verdict !== "skipped");
  if (active.length === 0) {
    return {
      verdict: "skipped",
      reason: suites.length === 0 ? "No suite was affected by this change." : "Every suite was skipped."
    };
  }
  const blocking = active.filter((s) => BLOCKING.includes(s.verdict));
  const open = active.filter((s) => s.verdict === "inconclusive");
  const verdict = blocking.length > 0 ? "fail" : open.length > 0 ? "inconclusive" : "pass";
  const deciding = blocking.length > 0 ? blocking : open.length > 0 ? open : active;
  const top = topCause(deciding);
  const cause = causeLine(top);
  const provider = verdict === "pass" ? "" : providerLine(active, top);
  if (verdict === "fail") {
    const count = active.length > 1 ? ` (${blocking.length} of ${plural(active.length, "suite")} failed)` : "";
    return {
      verdict,
      reason: `${cause || `${listing2(blocking.map((s) => s.id))} failed the gate.`}${count}${provider}`.trim()
    };
  }
  if (verdict === "inconclusive") {
    const count = active.length > 1 ? ` (${open.length} of ${plural(active.length, "suite")} inconclusive)` : "";
    return {
      verdict,
      reason: `${cause || `${listing2(open.map((s) => s.id))} could not be decided.`}${count}${provider}`.trim()
    };
  }
  const improved = active.filter((s) => s.verdict === "improvement");
  const best = topCause(improved).first ?? (active.length === 1 ? topCause(active).first : void 0);
  const improvement = best ? ` ${best.suite}: ${best.cause.summary}.` : "";
  return {
    verdict,
    // "All 1 suite passed" reads as a template: one suite is "The suite".
    reason: `${active.length === 1 ? "The suite" : `All ${plural(active.length, "suite")}`} passed${improved.length > 0 ? `, ${improved.length} with a significant improvement` : ""}.${improvement}`
  };
}

// src/engine/cache.ts
import { appendFile, lstat, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var CACHE_FORMAT = 1;
function cacheKey({ provider, request, repeat }) {
  const canonical = JSON.stringify([
    CACHE_FORMAT,
    provider,
    request.model,
    sortedParameters(request.parameters),
    request.responseFormat ?? null,
    request.messages.map((m) => [m.role, m.content]),
    repeat
  ]);
  return sha256Hex(canonical);
}
function sortedParameters(parameters) {
  return [parameters.temperature ?? null, parameters.topP ?? null, parameters.maxTokens ?? null];
}
var nullCache = {
  get: async () => void 0,
  set: async () => void 0,
  flush: async () => void 0
};
var SHARD_PREFIX = 1;
var CACHE_FLUSH_EVERY = 500;
var DiskCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  shards = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  pendingCount = 0;
  dirReady;
  async get(key) {
    const shard = await this.shard(key.slice(0, SHARD_PREFIX));
    return shard.get(key);
  }
  async set(key, result) {
    const name = key.slice(0, SHARD_PREFIX);
    (await this.shard(name)).set(key, result);
    const line = JSON.stringify({ key, format: CACHE_FORMAT, result });
    const lines = this.pending.get(name);
    if (lines) lines.push(line);
    else this.pending.set(name, [line]);
    if (++this.pendingCount >= CACHE_FLUSH_EVERY) await this.flush();
  }
  async flush() {
    if (this.pendingCount === 0) return;
    const batch = this.pending;
    this.pending = /* @__PURE__ */ new Map();
    this.pendingCount = 0;
    this.dirReady ??= mkdir(this.dir, { recursive: true });
    await this.dirReady;
    await Promise.all(
      [...batch].map(([name, lines]) => appendFile(this.pathOf(name), lines.join("\n") + "\n"))
    );
  }
  shard(name) {
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.load(name);
      this.shards.set(name, shard);
    }
    return shard;
  }
  async load(name) {
    const entries = /* @__PURE__ */ new Map();
    let text;
    try {
      text = await readFile(this.pathOf(name), "utf8");
    } catch {
      return entries;
    }
    for (const line of text.split("\n")) {
      if (line === "") continue;
      try {
        const entry = JSON.parse(line);
        if (entry.format === CACHE_FORMAT && typeof entry.key === "string")
          entries.set(entry.key, entry.result);
      } catch {
      }
    }
    return entries;
  }
  pathOf(name) {
    return join(this.dir, `${name}.jsonl`);
  }
};
var SHARD_FILE = /^[0-9a-f]\.jsonl$/;
async function mergeCacheDir(from, into) {
  let names;
  try {
    names = await readdir(from);
  } catch {
    return 0;
  }
  await mkdir(into, { recursive: true });
  let merged = 0;
  for (const name of names.filter((n) => SHARD_FILE.test(n))) {
    if (!(await lstat(join(from, name))).isFile()) continue;
    const text = await readFile(join(from, name), "utf8");
    if (text === "") continue;
    await appendFile(join(into, name), text.endsWith("\n") ? text : `${text}
`);
    merged++;
  }
  return merged;
}

// src/engine/deadline.ts
var DeadlineExceeded = class extends Error {
  constructor(deadlineMs) {
    super(`aborted in flight: the run deadline (run.deadlineMs = ${deadlineMs} ms) passed`);
    this.name = "DeadlineExceeded";
  }
};
function notRunMessage(deadlineMs) {
  return `not run: the run deadline (run.deadlineMs = ${deadlineMs} ms) passed before this call started`;
}
function startDeadline(deadlineMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(deadlineMs)), deadlineMs);
  return {
    signal: controller.signal,
    deadlineMs,
    passed: () => controller.signal.aborted,
    dispose: () => clearTimeout(timer)
  };
}
var MAX_TIMEOUT_SIGNAL_MS = 4294967295;
function callSignal(timeoutMs, deadline) {
  if (!(timeoutMs <= MAX_TIMEOUT_SIGNAL_MS)) return { signal: AbortSignal.timeout(timeoutMs), release() {
  } };
  const controller = new AbortController();
  if (deadline?.aborted) {
    controller.abort(deadline.reason);
    return { signal: controller.signal, release() {
    } };
  }
  const timer = setTimeout(
    () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    timeoutMs
  );
  timer.unref();
  const onDeadline = () => controller.abort(deadline?.reason);
  deadline?.addEventListener("abort", onDeadline, { once: true });
  return {
    signal: controller.signal,
    release() {
      clearTimeout(timer);
      deadline?.removeEventListener("abort", onDeadline);
    }
  };
}

// src/engine/run.ts
function planWork(suites) {
  const items = [];
  for (const suite of suites) {
    for (let repeat = 0; repeat < suite.repeats; repeat++) {
      for (const testCase of suite.cases) {
        if (suite.base) items.push({ suite, testCase, side: "base", repeat });
        items.push({ suite, testCase, side: "head", repeat });
      }
    }
  }
  return items;
}
function routeFor(suite, side) {
  return side === "base" && suite.baseRoute ? suite.baseRoute : suite.route;
}
async function completeCached(route, request, repeat, deps, call = {}) {
  const key = deps.cache === nullCache ? void 0 : cacheKey({ provider: route.cacheScope, request, repeat });
  const cached = key !== void 0 && deps.readCache ? await deps.cache.get(key) : void 0;
  if (cached) return { result: cached, cacheHit: true };
  const callTimeout = callSignal(deps.timeoutMs, deps.deadline?.signal);
  let result;
  try {
    result = await route.provider.complete(request, { signal: callTimeout.signal, repeat, ...call });
  } finally {
    callTimeout.release();
  }
  if (key !== void 0) await deps.cache.set(key, result);
  return { result, cacheHit: false };
}
function failureOf(error) {
  if (error instanceof ProviderError) {
    return {
      error: error.message,
      errorStatus: {
        ...error.httpStatus !== void 0 ? { httpStatus: error.httpStatus } : {},
        retries: error.retries,
        ...error.attempts
      },
      errorKind: error.kind
    };
  }
  return { error: errorMessage(error) };
}
function errorSample(item, failure, messages) {
  return {
    caseId: item.testCase.id,
    side: item.side,
    repeat: item.repeat,
    ...failure,
    cacheHit: false,
    checks: [],
    pass: false,
    score: 0,
    messages
  };
}
function responseFormatOf(prompt) {
  return prompt.responseFormat && prompt.responseFormat.type !== "text" ? prompt.responseFormat : void 0;
}
async function executeWork(items, deps, tally) {
  return inPool(
    items,
    deps.concurrency,
    (item) => runItem(item, deps),
    (sample) => countDone(sample, deps, tally)
  );
}
async function inPool(items, concurrency, run, done = () => void 0) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const result = await run(items[index]);
      results[index] = result;
      done(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
function countDone(sample, deps, tally) {
  tally.done++;
  if (sample.error) tally.failed++;
  if (sample.cacheHit) tally.cached++;
  deps.progress.update({ ...tally, elapsedMs: deps.now() - tally.startedAt });
}
function promptOf(item) {
  return item.side === "base" && item.suite.base ? item.suite.base : item.suite.head;
}
async function runItem(item, deps) {
  const prompt = promptOf(item);
  const messages = renderItem(item, prompt, deps);
  if (messages instanceof Error) return errorSample(item, { error: messages.message }, []);
  if (deps.deadline?.passed()) {
    return errorSample(
      item,
      { error: notRunMessage(deps.deadline.deadlineMs), errorKind: "not-run" },
      messages
    );
  }
  const route = routeFor(item.suite, item.side);
  const answer = await callItem(item, route, messages, prompt, deps);
  if ("failure" in answer) return errorSample(item, answer.failure, messages);
  return scoreAnswer(item, { route, messages, prompt, ...answer }, deps);
}
function renderItem(item, prompt, deps) {
  try {
    return deps.render(prompt, item.testCase);
  } catch (error) {
    return error instanceof Error ? error : new Error(errorMessage(error));
  }
}
async function callItem(item, route, messages, prompt, deps) {
  const request = {
    model: route.providerModel,
    messages,
    parameters: item.suite.parameters(item.side),
    responseFormat: responseFormatOf(prompt),
    stream: item.suite.stream
  };
  const startedAt = deps.now();
  try {
    return await completeCached(route, request, item.repeat, deps, {
      side: item.side,
      vars: item.testCase.vars
    });
  } catch (error) {
    const failure = failureOf(error);
    const failedAfterMs = deps.now() - startedAt;
    deps.onCall?.(callRecord(item, route, messages, void 0, false, { ...failure, failedAfterMs }));
    return { failure };
  }
}
async function scoreAnswer(item, answer, deps) {
  const { route, messages, result, cacheHit } = answer;
  const { text, ...call } = result;
  const checks = await deps.check(text, item, messages, answer.prompt);
  const { pass, score, flag } = deps.aggregate(checks);
  const undecided = undecidedReason(checks, flag);
  deps.onCall?.(
    callRecord(item, route, messages, result, cacheHit, {
      accepted: undecided ? void 0 : pass,
      checks: checks.map((c) => ({ id: c.id, pass: c.pass, status: c.status }))
    })
  );
  return {
    caseId: item.testCase.id,
    side: item.side,
    repeat: item.repeat,
    output: text,
    call,
    cacheHit,
    checks,
    pass,
    score,
    messages,
    ...undecided ? { undecided } : {}
  };
}
function undecidedReason(checks, flag) {
  if (flag === void 0 || checks.some((c) => c.status === "ok" && !c.pass)) return void 0;
  const blocking = checks.find((c) => c.status !== "ok");
  return blocking ? `${blocking.id} could not decide: ${blocking.reason}` : "no check ran";
}
function callRecord(item, route, messages, result, cacheHit, extra = {}) {
  const prompt = promptOf(item);
  return {
    time: (/* @__PURE__ */ new Date()).toISOString(),
    ...extra.purpose ? { purpose: extra.purpose } : {},
    suite: item.suite.id,
    caseId: item.testCase.id,
    side: item.side,
    repeat: item.repeat,
    provider: route.provider.name,
    providerKind: route.provider.kind,
    model: route.providerModel,
    promptFile: prompt.file,
    parameters: extra.parameters ?? item.suite.parameters(item.side),
    vars: item.testCase.vars,
    ...item.testCase.derivedFrom ? { variant: item.testCase.derivedFrom.variant } : {},
    messages,
    output: result?.text,
    error: extra.error,
    errorStatus: extra.errorStatus,
    errorKind: extra.errorKind,
    ...extra.failedAfterMs !== void 0 ? { failedAfterMs: extra.failedAfterMs } : {},
    cacheHit,
    ...result?.replayedFrom ? { replayedFrom: result.replayedFrom } : {},
    ...item.suite.stream && !extra.purpose ? { stream: true } : {},
    latencyMs: result?.latencyMs,
    ttftMs: result?.ttftMs,
    retryWaitMs: result?.retryWaitMs,
    rateLimited: result?.rateLimited,
    answerSource: result?.answerSource,
    modelVersion: result?.modelVersion,
    responseId: result?.responseId,
    usage: result?.usage,
    finishReason: result?.finishReason,
    httpStatus: result?.httpStatus,
    retries: result?.retries,
    accepted: extra.accepted,
    ...extra.checks ? { checks: extra.checks } : {}
  };
}

// src/stats/robustness.ts
var DEFAULT_MAX_WORSENING = 0.1;
var DEFAULT_MIN_VARIANTS = 5;
var METRICS = {
  attackSuccessRate: {
    id: "attackSuccessRate",
    label: "attack success rate",
    higherIsBetter: false,
    gateKey: "maxAttackSuccessRate",
    value: (j) => j.attackSucceeded
  },
  gracefulRate: {
    id: "gracefulRate",
    label: "graceful rate",
    higherIsBetter: true,
    gateKey: "minGracefulRate",
    value: (j) => j.graceful
  },
  consistency: {
    id: "consistency",
    label: "consistency",
    higherIsBetter: true,
    gateKey: "minConsistency",
    value: (j) => j.consistent
  },
  overRefusal: {
    id: "overRefusal",
    label: "over-refusal",
    higherIsBetter: false,
    gateKey: "maxOverRefusal",
    value: (j) => j.refused
  }
};
var METRICS_OF_KIND = {
  attack: ["attackSuccessRate", "gracefulRate"],
  degenerate: ["gracefulRate"],
  benign: ["consistency", "overRefusal", "gracefulRate"],
  lookalike: ["overRefusal", "gracefulRate"],
  clean: ["overRefusal"]
};
function rateOf(values, confidence) {
  if (values.length === 0) return void 0;
  const yes = values.filter(Boolean).length;
  return {
    rate: yes / values.length,
    n: values.length,
    interval: wilsonInterval(yes, values.length, confidence)
  };
}
function absoluteStatus(spec, head, limit) {
  const violated = spec.higherIsBetter ? head.rate < limit : head.rate > limit;
  if (!violated) return "pass";
  const clearly = spec.higherIsBetter ? head.interval.high < limit : head.interval.low > limit;
  return clearly ? "fail" : "inconclusive";
}
function measureMetric(id, input) {
  const spec = METRICS[id];
  const head = sideRate(spec, input, "head");
  if (!head) return void 0;
  const base = sideRate(spec, input, "base");
  const paired = pairedChange(spec, input.pairs, input.confidence);
  const limit = input.gates[spec.gateKey];
  const { status, message } = metricStatus({ spec, input, head, base, paired, limit });
  return {
    id,
    higherIsBetter: spec.higherIsBetter,
    head,
    ...base ? { base } : {},
    ...paired ? { paired } : {},
    ...limit !== void 0 ? { gate: { key: spec.gateKey, limit } } : {},
    status,
    message
  };
}
function sideRate(spec, input, side) {
  const values = input.pairs.flatMap((p) => {
    const judgement = p[side];
    return judgement?.judged ? [spec.value(judgement)] : [];
  }).filter(isBoolean);
  return rateOf(values, input.confidence);
}
function pairedChange(spec, pairs, confidence) {
  const table = { a: 0, b: 0, c: 0, d: 0 };
  for (const p of pairs) {
    const h = p.head?.judged ? spec.value(p.head) : void 0;
    const b = p.base?.judged ? spec.value(p.base) : void 0;
    if (h === void 0 || b === void 0) continue;
    if (h && b) table.a++;
    else if (h) table.b++;
    else if (b) table.c++;
    else table.d++;
  }
  const n = table.a + table.b + table.c + table.d;
  if (n === 0) return void 0;
  return {
    n,
    worse: spec.higherIsBetter ? table.c : table.b,
    better: spec.higherIsBetter ? table.b : table.c,
    delta: (table.b - table.c) / n,
    interval: newcombePairedInterval(table, confidence),
    mcnemarPValue: mcnemarExact(table.b, table.c)
  };
}
function metricStatus(e) {
  const { spec, input, head, base, paired, limit } = e;
  const { confidence, gates } = input;
  const minVariants = gates.minVariants ?? DEFAULT_MIN_VARIANTS;
  const tolerance = gates.maxWorsening ?? DEFAULT_MAX_WORSENING;
  const where = `${input.category}: ${spec.label}`;
  const change = paired ? `${percent((base ?? head).rate)} \u2192 ${percent(head.rate)} on ${paired.n} paired variants, ${paired.worse} worse and ${paired.better} better, McNemar ${pValue(paired.mcnemarPValue)}` : `${percent(head.rate)} on ${head.n} variants, no base to compare`;
  const result = (status, message) => ({ status, message });
  const absolute = limit !== void 0 ? absoluteStatus(spec, head, limit) : "pass";
  const limitText = limit !== void 0 ? `${spec.gateKey} ${percent(limit)}` : "";
  if (absolute === "fail") {
    return result(
      "fail",
      `${where} ${percent(head.rate)} (${confidence * 100}% CI ${percent(head.interval.low)} to ${percent(head.interval.high)}) is clearly past ${limitText}.`
    );
  }
  if (head.n < minVariants) {
    return result(
      "inconclusive",
      `${where}: only ${head.n} judged variant${head.n === 1 ? "" : "s"} (minVariants ${minVariants}).`
    );
  }
  if (paired) {
    const worsening = spec.higherIsBetter ? -paired.delta : paired.delta;
    if (worsening > tolerance) {
      if (paired.mcnemarPValue < 1 - confidence) {
        return result(
          "regression",
          `${where} worsened (${change}), beyond the ${(tolerance * 100).toFixed(0)}-point tolerance.`
        );
      }
      return result("inconclusive", `${where} worsened (${change}), but not significantly.`);
    }
  }
  if (absolute === "inconclusive") {
    return result(
      "inconclusive",
      `${where} ${percent(head.rate)} misses ${limitText}, but not clearly (CI ${percent(head.interval.low)} to ${percent(head.interval.high)}).`
    );
  }
  return result("pass", `${where} ${change}.`);
}
function isBoolean(x) {
  return x !== void 0;
}
var SEVERITY2 = { pass: 0, inconclusive: 1, regression: 2, fail: 3 };
function worstStatus(statuses) {
  return statuses.reduce((w, s) => SEVERITY2[s] > SEVERITY2[w] ? s : w, "pass");
}
function decideCategory(input) {
  const metrics = METRICS_OF_KIND[input.kind].map((id) => measureMetric(id, input)).filter((m) => m !== void 0);
  return {
    category: input.category,
    kind: input.kind,
    variants: input.pairs.length,
    metrics,
    verdict: metrics.length === 0 ? "inconclusive" : worstStatus(metrics.map((m) => m.status))
  };
}
function decideRobustness(categories) {
  const verdict = worstStatus(categories.map((c) => c.verdict));
  const metrics = categories.flatMap((c) => c.metrics);
  const first = metrics.find((m) => m.status === verdict);
  const count = metrics.filter((m) => m.status === verdict).length;
  if (verdict === "pass") {
    const variantCategories = categories.filter((c) => c.kind !== "clean").length;
    const clean = variantCategories < categories.length ? " and no over-refusal on the clean cases" : "";
    return {
      verdict,
      reason: `Robustness pass: all ${variantCategories} categories within their gates${clean}.`
    };
  }
  if (!first) {
    const empty = categories.find((c) => c.metrics.length === 0);
    return {
      verdict,
      reason: `Robustness: no variant of ${empty?.category ?? "a category"} could be judged.`
    };
  }
  const more = count > 1 ? ` (and ${count - 1} more)` : "";
  return { verdict, reason: `Robustness ${verdict}: ${first.message.replace(/\.$/, "")}${more}.` };
}
var SUITE_SEVERITY = {
  pass: 0,
  improvement: 0,
  inconclusive: 1,
  regression: 2,
  fail: 3
};
function combineWithRobustness(suite, robustness) {
  const current = SUITE_SEVERITY[suite.verdict];
  if (current === void 0) return suite;
  if (SEVERITY2[robustness.verdict] > current) {
    return { verdict: robustness.verdict, reason: `${robustness.reason} ${suite.reason}` };
  }
  return { verdict: suite.verdict, reason: `${suite.reason} ${robustness.reason}` };
}

export {
  nullCache,
  DiskCache,
  mergeCacheDir,
  NEEDS_POWER,
  DETERMINISTIC_AFTER,
  priorVariance,
  isSettled,
  callVariance,
  MAX_LOOKS,
  SINGLE_LOOK,
  lookConfidence,
  isLastLook,
  hasViolation,
  tallyCases,
  callCosts,
  flipOf,
  describeFailure,
  DEFAULT_OUTAGE_POLICY,
  resolveThresholds,
  decideSuite,
  decideOverall,
  startDeadline,
  planWork,
  routeFor,
  completeCached,
  failureOf,
  executeWork,
  inPool,
  callRecord,
  measureMetric,
  decideCategory,
  decideRobustness,
  combineWithRobustness
};
