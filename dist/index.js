import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  LineProgress,
  applyBaseline,
  createLocalGit,
  parseBaselineFile,
  runSuites,
  withCallSinks,
  writeJsonReport
} from "./chunks/chunk-SV5NOEQH.js";
import {
  codeSpan,
  computeInsights,
  escapeHtml,
  escapeInline,
  fencedCode,
  markdownTable,
  readCallLogs,
  renderInsightsMarkdown,
  revealInvisibles,
  singleLine,
  truncateText
} from "./chunks/chunk-LZ5ATAJL.js";
import {
  configuredChecks,
  configuredOutputPaths,
  describeMissingKeys,
  describeProxy,
  fsRepoFiles,
  gitRepoFiles,
  ignoreOutputFolder,
  isPromptGlob,
  loadConfig,
  loadProject,
  matchFiles,
  missingKeys,
  proxyUrlFor,
  refuseOversized,
  rejudgedUnder,
  secretForms,
  suiteFiles,
  suiteIdForFile,
  withBase
} from "./chunks/chunk-NZ4RYQQO.js";
import "./chunks/chunk-572V3N2L.js";
import {
  DEFAULT_ACCEPT_LABEL,
  DEFAULT_CONFIG_PATH,
  GITHUB_COMMENT_MAX_CHARS,
  GITHUB_PAGE_SIZE,
  GITHUB_PR_FILES_CAP,
  GITHUB_STEP_SUMMARY_MAX_BYTES,
  SourceError,
  decodeTextFile
} from "./chunks/chunk-YX3UYC7K.js";
import {
  PROMPTGATE_VERSION
} from "./chunks/chunk-AR6YXTCE.js";
import "./chunks/chunk-MMQNSSPF.js";
import "./chunks/chunk-YYGVEAYY.js";
import {
  NotAFileError,
  external_exports,
  normalizeRepoPath,
  picomatch
} from "./chunks/chunk-Z2CHZ2FJ.js";
import {
  core_exports,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-R3WRUEOM.js";
import "./chunks/chunk-NTEYA2XI.js";
import "./chunks/chunk-EQES67B3.js";
import {
  describeFailure,
  mergeCacheDir
} from "./chunks/chunk-3TCX42GA.js";
import {
  confidenceLevel,
  count,
  dollars,
  duration,
  milliseconds,
  pValue,
  percent,
  percentRange,
  plural,
  points,
  pointsRange,
  ratio,
  relativeChange,
  signed
} from "./chunks/chunk-XREXTKX4.js";
import "./chunks/chunk-FMOAC3SX.js";
import "./chunks/chunk-CF6LOMKI.js";
import {
  errorMessage,
  isRecord
} from "./chunks/chunk-LPYLB7X5.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-IEJME6RR.js";

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var require_dist = __commonJS({
  "node_modules/@octokit/request/node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.format = format;
    exports.parse = parse4;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse4(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index;
      index = skipValue(header, index, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
      }
      return parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
          break;
        index = skipOWS(header, index + 1, len);
        const keyStart = index;
        while (index < len) {
          const code = header.charCodeAt(index);
          if (code === stopChar)
            break parameter;
          if (code === SEMI)
            continue parameter;
          if (code === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index);
            const key = header.slice(keyStart, keyEnd).toLowerCase();
            index = skipOWS(header, index + 1, len);
            if (index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              while (index < len) {
                const code2 = header.charCodeAt(index++);
                if (code2 === DQUOTE) {
                  index = skipValue(header, index, len, stopChar);
                  if (parameters[key] === void 0)
                    parameters[key] = value;
                  break;
                }
                if (code2 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code2);
              }
              continue parameter;
            }
            const valueStart = index;
            index = skipValue(header, index, len, stopChar);
            if (parameters[key] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index);
              parameters[key] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue(str, index, len, stopChar) {
      while (index < len) {
        const code = str.charCodeAt(index);
        if (code === SEMI || code === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve3;
          resolve3 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/action/response-cache.ts
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var CACHE_KEY_VERSION = "v2";
var CACHE_CALL_TIMEOUT_MS = 6e4;
function actionsCacheStaging(env) {
  return join(env.RUNNER_TEMP || tmpdir(), "promptgate-actions-cache");
}
function shortSha(sha) {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : "none";
}
function responseCacheKeys(input) {
  const prefix = `promptgate-${CACHE_KEY_VERSION}-${input.configId}-`;
  const at = `${prefix}at-${shortSha(input.baseCommit)}-`;
  const run2 = `${input.env.GITHUB_RUN_ID ?? "local"}-${input.env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  const exact = `${at}${input.source}-${input.contentDigest}-`;
  return {
    primary: `${exact}${run2}`,
    atBase: [exact, at],
    anyEarlier: [prefix],
    ownSource: `-${input.source}-`
  };
}
var CacheTimeoutError = class extends Error {
  name = "CacheTimeoutError";
};
var abandoned = /* @__PURE__ */ new Set();
function hasAbandonedCacheWork() {
  return abandoned.size > 0;
}
function cacheTimeoutMs(env) {
  const seconds = Number(env.PROMPTGATE_CACHE_TIMEOUT_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1e3 : CACHE_CALL_TIMEOUT_MS;
}
async function withDeadline(work, ms2, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      abandoned.add(work);
      void work.catch(() => void 0).finally(() => abandoned.delete(work));
      reject(new CacheTimeoutError(`${what}: the cache service did not answer within ${ms2 / 1e3} s`));
    }, ms2);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
async function loadClient() {
  return await import("./chunks/cache-RDXGVQYI.js");
}
function lookup(client, staging, keys, ms2) {
  const [primary, ...restoreKeys] = keys;
  return withDeadline(
    client.restoreCache([staging], primary, restoreKeys, { lookupOnly: true }),
    ms2,
    "cache lookup"
  );
}
async function download(client, staging, key, ms2) {
  return await withDeadline(client.restoreCache([staging], key, []), ms2, "cache download") === key;
}
async function restoreResponseCache(cacheDir, keys, options) {
  const { logger } = options;
  const staging = actionsCacheStaging(options.env);
  const ms2 = cacheTimeoutMs(options.env);
  let outcome;
  try {
    const client = options.client ?? await loadClient();
    if (!client.isFeatureAvailable()) {
      logger.info(
        "Response cache: the Actions cache service is not available here; every call goes to the model."
      );
      return { status: "unavailable" };
    }
    const restored = [];
    const failed = [];
    for (const keyList of [keys.atBase, keys.anyEarlier]) {
      const matched = await lookup(client, staging, keyList, ms2);
      if (!matched || restored.includes(matched) || failed.includes(matched)) continue;
      await rm(staging, { recursive: true, force: true });
      if (!await download(client, staging, matched, ms2)) {
        failed.push(matched);
        continue;
      }
      await mergeCacheDir(staging, cacheDir);
      restored.push(matched);
      if (keyList === keys.atBase && matched.includes(keys.ownSource)) break;
    }
    if (restored.length > 0) {
      outcome = { status: "restored", keys: restored };
      logger.info(`Response cache restored from ${restored.join(" and ")}.`);
    } else if (failed.length > 0) {
      outcome = { status: "failed", message: `found ${failed.join(", ")} but its download failed` };
    } else {
      outcome = { status: "miss" };
      logger.info("Response cache: no earlier cache for this config.");
    }
  } catch (error2) {
    outcome = {
      status: error2 instanceof CacheTimeoutError ? "timeout" : "failed",
      message: errorMessage(error2)
    };
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => void 0);
  }
  if (outcome.status === "failed")
    logger.warning(`Response cache not restored (${outcome.message}); continuing without it.`);
  if (outcome.status === "timeout")
    logger.warning(
      `Response cache not restored (${outcome.message}); the run goes on without the cache, every call goes to the model.`
    );
  return outcome;
}
async function saveResponseCache(cacheDir, keys, options) {
  const { logger } = options;
  const staging = actionsCacheStaging(options.env);
  try {
    const client = options.client ?? await loadClient();
    if (!client.isFeatureAvailable()) return { status: "unavailable" };
    await rm(staging, { recursive: true, force: true });
    if (await mergeCacheDir(cacheDir, staging) === 0) return { status: "nothing" };
    const id = await withDeadline(
      client.saveCache([staging], keys.primary),
      cacheTimeoutMs(options.env),
      "cache upload"
    );
    if (id === -1) {
      const message = "the cache service did not accept it; see the message above";
      logger.warning(`Response cache not saved (${message}).`);
      return { status: "failed", message };
    }
    logger.info(`Response cache saved as ${keys.primary}.`);
    return { status: "saved", key: keys.primary, id };
  } catch (error2) {
    const message = errorMessage(error2);
    logger.warning(`Response cache not saved (${message}).`);
    return { status: error2 instanceof CacheTimeoutError ? "timeout" : "failed", message };
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => void 0);
  }
}

// src/main.ts
import { readFile } from "node:fs/promises";

// src/github/changes.ts
var GITHUB_COMPARE_FILES_CAP = 300;
function fromGitHubFiles(files) {
  const out = [];
  for (const f of files) {
    switch (f.status) {
      case "added":
      case "copied":
        out.push({ path: f.filename, status: "added" });
        break;
      case "removed":
        out.push({ path: f.filename, status: "removed" });
        break;
      case "renamed":
        out.push(
          f.previousFilename ? { path: f.filename, status: "renamed", previousPath: f.previousFilename } : { path: f.filename, status: "added" }
        );
        break;
      case "modified":
      case "changed":
        out.push({ path: f.filename, status: "modified" });
        break;
      case "unchanged":
        break;
    }
  }
  return out;
}
async function fromLocalGit(req, git) {
  if (!git) return void 0;
  const [hasBase, hasHead] = await Promise.all([git.hasCommit(req.base), git.hasCommit(req.head)]);
  return hasBase && hasHead ? git.diff(req.base, req.head) : void 0;
}
var FETCH_HINT = "fetch the base commit (actions/checkout with `fetch-depth: 0`) for a complete list";
async function listChangedFiles(req, deps) {
  const repo = { owner: req.owner, repo: req.repo };
  if (req.prNumber !== void 0) {
    const files2 = await deps.api.listPullFiles(repo, req.prNumber);
    if (files2.length < GITHUB_PR_FILES_CAP) {
      return { files: fromGitHubFiles(files2), source: "pulls-api", complete: true, notes: [] };
    }
    const local2 = await fromLocalGit(req, deps.git);
    if (local2) {
      return {
        files: local2,
        source: "git",
        complete: true,
        notes: [
          `The PR changes ${GITHUB_PR_FILES_CAP.toLocaleString("en-US")} or more files, more than GitHub lists; changed files were read with local git diff.`
        ]
      };
    }
    return {
      files: fromGitHubFiles(files2),
      source: "pulls-api",
      complete: false,
      notes: [
        `The PR changes ${GITHUB_PR_FILES_CAP.toLocaleString("en-US")} or more files and GitHub lists only the first ${GITHUB_PR_FILES_CAP.toLocaleString("en-US")}; every suite was evaluated. To evaluate only affected suites, ${FETCH_HINT}.`
      ]
    };
  }
  const local = await fromLocalGit(req, deps.git);
  if (local) return { files: local, source: "git", complete: true, notes: [] };
  const files = await deps.api.compareCommits(repo, req.base, req.head);
  const complete = files.length < GITHUB_COMPARE_FILES_CAP;
  return {
    files: fromGitHubFiles(files),
    source: "compare-api",
    complete,
    notes: complete ? [] : [
      `GitHub's compare API lists at most ${GITHUB_COMPARE_FILES_CAP} changed files; every suite was evaluated. To evaluate only affected suites, ${FETCH_HINT}.`
    ]
  };
}
function safePath(path) {
  try {
    return normalizeRepoPath(path);
  } catch {
    return path;
  }
}
function indexChanges(files) {
  const byPath = /* @__PURE__ */ new Map();
  const byPreviousPath = /* @__PURE__ */ new Map();
  const touched = [];
  for (const f of files) {
    byPath.set(f.path, f);
    touched.push(f.path);
    if (f.previousPath) {
      byPreviousPath.set(f.previousPath, f);
      touched.push(f.previousPath);
    }
  }
  return { byPath, byPreviousPath, touched };
}
function describe(change2) {
  return change2.status === "renamed" ? `renamed from ${change2.previousPath}` : change2.status;
}
function matching(pattern, index) {
  const literal = safePath(pattern);
  if (index.byPath.has(literal) || index.byPreviousPath.has(literal)) return [literal];
  if (!picomatch().scan(pattern).isGlob) return [];
  const isMatch = picomatch()(pattern, { dot: true });
  return index.touched.filter((p) => isMatch(p));
}
function promptOutcome(head, base, baseKnown, index) {
  if (!head) {
    const basePrompt2 = safePath(base.prompt);
    return {
      change: "deleted",
      basePromptPath: basePrompt2,
      reason: `suite removed from the config (prompt ${basePrompt2})`
    };
  }
  const headPrompt = safePath(head.prompt);
  const direct = index.byPath.get(headPrompt);
  const basePrompt = base ? safePath(base.prompt) : void 0;
  if (direct?.status === "removed")
    return { change: "deleted", basePromptPath: headPrompt, reason: `prompt ${headPrompt} deleted` };
  if (direct?.status === "renamed") {
    return {
      change: "renamed",
      basePromptPath: direct.previousPath,
      reason: `prompt ${headPrompt} renamed from ${direct.previousPath}`
    };
  }
  if (basePrompt !== void 0 && basePrompt !== headPrompt) {
    const reason = `prompt path changed in the config from ${basePrompt} to ${headPrompt}`;
    return { change: "modified", basePromptPath: basePrompt, reason };
  }
  if (direct?.status === "added") return { change: "added", reason: `prompt ${headPrompt} added` };
  if (direct?.status === "modified")
    return { change: "modified", basePromptPath: headPrompt, reason: `prompt ${headPrompt} modified` };
  const outcome = { change: "unchanged", basePromptPath: headPrompt };
  if (baseKnown && !base) outcome.reason = "suite added to the config";
  return outcome;
}
function affectedSuites(input) {
  const index = indexChanges(input.changes.files);
  const configPath = safePath(input.configPath);
  const configChange = index.byPath.get(configPath);
  const baseById = new Map((input.base ?? []).map((s) => [s.id, s]));
  const headIds = new Set(input.head.map((s) => s.id));
  const ids = [
    ...input.head.map((s) => s.id),
    ...(input.base ?? []).map((s) => s.id).filter((id) => !headIds.has(id))
  ];
  return ids.map((id) => {
    const head = input.head.find((s) => s.id === id);
    const base = baseById.get(id);
    const outcome = promptOutcome(head, base, input.base !== void 0, index);
    const reasons = outcome.reason ? [outcome.reason] : [];
    const patterns = /* @__PURE__ */ new Set([...head?.files ?? [], ...base?.files ?? []]);
    const seen = /* @__PURE__ */ new Set();
    for (const pattern of patterns) {
      for (const path of matching(pattern, index)) {
        const change2 = index.byPath.get(path) ?? index.byPreviousPath.get(path);
        if (seen.has(change2)) continue;
        seen.add(change2);
        reasons.push(`${change2.path} ${describe(change2)}`);
      }
    }
    const fingerprintsEqual = head?.configFingerprint !== void 0 && head.configFingerprint === base?.configFingerprint;
    if (configChange && head && !fingerprintsEqual)
      reasons.push(`config ${configPath} ${describe(configChange)}`);
    if (!input.changes.complete && reasons.length === 0) {
      reasons.push("the changed-file list is incomplete, so every suite is evaluated");
    }
    const result = { id, affected: reasons.length > 0, change: outcome.change, reasons };
    if (head) result.promptPath = safePath(head.prompt);
    if (outcome.basePromptPath !== void 0) result.basePromptPath = outcome.basePromptPath;
    return result;
  });
}

// src/action/gate.ts
function headFileSet(suite) {
  return fileSet(suite.config, suite.files);
}
function baseFileSets(config, headSuites = [], changes = []) {
  return config.suites.flatMap((suite) => {
    const filesOf = (entry) => suiteFiles(entry, configuredChecks(config, entry));
    if (!isPromptGlob(suite.prompt)) return [fileSet(suite, filesOf(suite))];
    const added = new Set(
      changes.filter((c) => c.status === "added" || c.status === "renamed").map((c) => c.path)
    );
    const kept = headSuites.filter((s) => s.glob === suite.prompt && !added.has(s.config.prompt)).map((s) => s.config.prompt);
    const removed = matchFiles(
      suite.prompt,
      changes.filter((c) => c.status === "removed").map((c) => c.path)
    );
    return [...kept, ...removed].map((prompt) => {
      const entry = { ...suite, id: suiteIdForFile(suite.id, suite.prompt, prompt), prompt };
      return fileSet(entry, filesOf(entry));
    });
  });
}
function fileSet(suite, files) {
  return { id: suite.id, prompt: suite.prompt, files: files.filter((f) => f !== suite.prompt) };
}
function skippedReport(input) {
  const time = new Date(input.now).toISOString();
  return {
    schemaVersion: 1,
    tool: { name: "promptgate", version: PROMPTGATE_VERSION },
    configId: input.configId,
    configFile: input.configFile,
    startedAt: time,
    finishedAt: time,
    git: input.git,
    verdict: "skipped",
    reason: input.reason,
    suites: [],
    missingSecrets: input.missingSecrets ?? [],
    notes: input.notes ?? [],
    run: { concurrency: 0, durationMs: 0 }
  };
}
function gateFails(report, failOnInconclusive) {
  return report.verdict === "fail" || failOnInconclusive && report.verdict === "inconclusive";
}

// src/action/affected.ts
async function findAffectedSuites(context, trusted) {
  const { project, baseConfig, notes } = trusted;
  const { event, base } = context;
  if (!base) {
    notes.push(
      "No base version to compare with (a push that created a branch without a base-ref input): every suite is judged on absolute thresholds."
    );
    return project.suites.map((s) => ({
      id: s.id,
      affected: true,
      change: "added",
      promptPath: s.prompt.file,
      reasons: ["no base"]
    }));
  }
  const changes = await listChangedFiles(
    {
      ...context.repo,
      prNumber: event.prNumber,
      base: event.baseSha ?? context.baseRev,
      head: event.headSha
    },
    { api: context.api, git: context.git }
  );
  notes.push(...changes.notes);
  return affectedSuites({
    head: project.suites.map(headFileSet),
    // Without a config on either side, base discovered the same prompt files (minus the PR's changes).
    base: (baseConfig ?? (project.discovered ? project.config : void 0)) && baseFileSets(baseConfig ?? project.config, project.suites, changes.files),
    changes,
    configPath: context.inputs.configPath
  }).filter((a) => a.affected);
}

// src/action/context.ts
import { resolve } from "node:path";

// src/github/event.ts
var SUPPORTED_EVENTS = ["pull_request", "pull_request_target", "push", "workflow_dispatch"];
var ZERO_SHA = /^0+$/;
var EventError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EventError";
  }
};
var repoSchema = external_exports.object({
  full_name: external_exports.string(),
  name: external_exports.string(),
  owner: external_exports.object({ login: external_exports.string() })
});
var pullRequestPayload = external_exports.object({
  pull_request: external_exports.object({
    number: external_exports.number().int().positive(),
    labels: external_exports.array(external_exports.object({ name: external_exports.string() })).default([]),
    base: external_exports.object({
      sha: external_exports.string().min(1),
      ref: external_exports.string().optional(),
      repo: external_exports.object({ full_name: external_exports.string() }).nullish()
    }),
    // head.repo is null when the fork was deleted.
    head: external_exports.object({
      sha: external_exports.string().min(1),
      ref: external_exports.string().optional(),
      repo: external_exports.object({ full_name: external_exports.string() }).nullish()
    })
  }),
  repository: repoSchema.optional()
});
var pushPayload = external_exports.object({
  before: external_exports.string().min(1),
  after: external_exports.string().min(1),
  ref: external_exports.string().optional(),
  repository: repoSchema.optional()
});
var dispatchPayload = external_exports.object({ ref: external_exports.string().optional(), repository: repoSchema.optional() });
function describeIssues(eventName, error2) {
  const first = error2.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return `The ${eventName} event payload is not what GitHub sends (${first.join("; ")}). Is GITHUB_EVENT_PATH pointing at the event file?`;
}
function parse(schema, eventName, payload) {
  const result = schema.safeParse(payload);
  if (!result.success) throw new EventError(describeIssues(eventName, result.error));
  return result.data;
}
function splitRepository(env) {
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || extra !== void 0) {
    throw new EventError(`GITHUB_REPOSITORY must be "owner/repo", got "${env.GITHUB_REPOSITORY ?? ""}"`);
  }
  return { owner, repo };
}
function branchOf(ref) {
  return ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : ref || void 0;
}
function cleanInput(value) {
  const v = value?.trim();
  if (!v) return void 0;
  if (v.startsWith("-")) throw new EventError(`Input base-ref must be a branch, tag or commit, got "${v}"`);
  return v;
}
function parseEventContext(eventName, payload, env, inputs = {}) {
  const baseInput = cleanInput(inputs.baseRef);
  const parser = Object.hasOwn(EVENT_PARSERS, eventName) ? EVENT_PARSERS[eventName] : void 0;
  if (!parser) {
    throw new EventError(
      `PromptGate does not run on "${eventName}" events. Supported: ${SUPPORTED_EVENTS.join(", ")}. Use \`on: pull_request\` for the PR gate, or run \`npx promptgate run\` for other triggers.`
    );
  }
  return parser({ eventName, payload, env, baseInput });
}
function repositoryOf(repository, env) {
  return repository ? { owner: repository.owner.login, repo: repository.name } : splitRepository(env);
}
function pullRequestContext({ eventName, payload, env }) {
  const kind = eventName === "pull_request_target" ? "pull_request_target" : "pull_request";
  const p = parse(pullRequestPayload, eventName, payload);
  const pr = p.pull_request;
  const { owner, repo } = repositoryOf(p.repository, env);
  const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`;
  return {
    kind,
    owner,
    repo,
    prNumber: pr.number,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    baseRev: pr.base.sha,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    labels: pr.labels.map((l) => l.name),
    // A deleted fork (head.repo null) is a fork; an absent head.repo in a trimmed payload is not known to be one.
    isFork: pr.head.repo === null || pr.head.repo !== void 0 && pr.head.repo.full_name !== baseRepo,
    headIsUntrusted: kind === "pull_request_target"
  };
}
function pushContext({ eventName, payload, env, baseInput }) {
  const p = parse(pushPayload, eventName, payload);
  const before = ZERO_SHA.test(p.before) ? void 0 : p.before;
  const ctx = {
    kind: "push",
    ...repositoryOf(p.repository, env),
    headSha: p.after,
    labels: [],
    isFork: false,
    headIsUntrusted: false
  };
  const headRef = branchOf(p.ref);
  if (headRef) ctx.headRef = headRef;
  if (baseInput) {
    ctx.baseRef = baseInput;
    ctx.baseRev = baseInput;
  } else if (before) {
    ctx.baseSha = before;
    ctx.baseRev = before;
  }
  return ctx;
}
function dispatchContext({ eventName, payload, env, baseInput }) {
  const p = parse(dispatchPayload, eventName, payload);
  if (!baseInput) {
    throw new EventError(
      "workflow_dispatch has no base to compare with: set the `base-ref` input (a branch, tag or commit, e.g. main)."
    );
  }
  if (!env.GITHUB_SHA)
    throw new EventError("GITHUB_SHA is not set; workflow_dispatch needs it as the head commit.");
  const ctx = {
    kind: "workflow_dispatch",
    ...repositoryOf(p.repository, env),
    baseRef: baseInput,
    baseRev: baseInput,
    headSha: env.GITHUB_SHA,
    labels: [],
    isFork: false,
    headIsUntrusted: false
  };
  const headRef = branchOf(p.ref ?? env.GITHUB_REF);
  if (headRef) ctx.headRef = headRef;
  return ctx;
}
var EVENT_PARSERS = {
  pull_request: pullRequestContext,
  pull_request_target: pullRequestContext,
  push: pushContext,
  workflow_dispatch: dispatchContext
};

// src/action/context.ts
async function readGateContext(inputs, world) {
  const { env, runtime } = world;
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
  const eventName = required(env, "GITHUB_EVENT_NAME");
  const payload = JSON.parse(await world.readFile(required(env, "GITHUB_EVENT_PATH")));
  const event = parseEventContext(
    eventName,
    payload,
    { GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_SHA: env.GITHUB_SHA, GITHUB_REF: env.GITHUB_REF },
    { baseRef: inputs.baseRef }
  );
  const repo = { owner: event.owner, repo: event.repo };
  const token = inputs.githubToken ?? env.GITHUB_TOKEN ?? "";
  if (token) runtime.setSecret(token);
  else
    runtime.warning(
      "No github-token: GitHub API calls are unauthenticated and the PR comment cannot be written."
    );
  const api = world.github({ token, apiUrl: env.GITHUB_API_URL });
  const git = world.git(workspace);
  const baseRev = event.baseRev ? await localRev(git, event.baseRev) : void 0;
  return {
    inputs,
    workspace,
    event,
    repo,
    api,
    git,
    head: fsRepoFiles(workspace, `head (${event.headSha.slice(0, 7)})`),
    base: baseRev ? gitRepoFiles({ rev: baseRev, git, api, repo, label: `base (${baseRev.slice(0, 7)})` }) : void 0,
    baseRev,
    gitInfo: gitInfo(event),
    render: renderOptions(env)
  };
}
function required(env, name) {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: PromptGate runs as a step of a GitHub Actions workflow`);
  return value;
}
async function localRev(git, rev) {
  if (await git.hasCommit(rev).catch(() => false)) return rev;
  const remote = `origin/${rev}`;
  return await git.hasCommit(remote).catch(() => false) ? remote : rev;
}
function gitInfo(event) {
  return {
    baseSha: event.baseSha,
    headSha: event.headSha,
    baseRef: event.baseRef,
    headRef: event.headRef,
    pr: event.prNumber
  };
}
function renderOptions(env) {
  return {
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT
  };
}

// src/action/evaluate.ts
import { createHash } from "node:crypto";
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";

// src/config/gate-settings.ts
var SUBJECT_SUITE_KEYS = /* @__PURE__ */ new Set([
  "id",
  "prompt",
  "role",
  "system",
  "model",
  "modelParameters",
  "datasets",
  "files"
]);
var NON_GATE_TOP_KEYS = /* @__PURE__ */ new Set([
  "version",
  "id",
  "providers",
  "models",
  "suites",
  "run",
  "defaults"
]);
var SUBJECT_DEFAULT_KEYS = /* @__PURE__ */ new Set(["provider", "model", "modelParameters"]);
var GATE_POLICY_KEY = "configFrom";
function pick(record, keep) {
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => keep(key) && value !== void 0));
}
function gateView(config) {
  const top = pick(config, (key) => !NON_GATE_TOP_KEYS.has(key));
  const defaults = config.defaults ? pick(config.defaults, (key) => !SUBJECT_DEFAULT_KEYS.has(key)) : {};
  if (Object.keys(defaults).length > 0) top.defaults = defaults;
  for (const suite of config.suites) {
    const settings = pick(suite, (key) => !SUBJECT_SUITE_KEYS.has(key));
    if (Object.keys(settings).length > 0) top[`suites[${suite.id}]`] = settings;
  }
  return top;
}
function flatten(value, path, out) {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
    return;
  }
  out.set(path, JSON.stringify(value));
}
function gateSettingChanges(base, pr) {
  const shared = new Set(base.suites.map((s) => s.id).filter((id) => pr.suites.some((s) => s.id === id)));
  const keep = (config) => ({
    ...config,
    suites: config.suites.filter((s) => shared.has(s.id))
  });
  const before = /* @__PURE__ */ new Map();
  const after = /* @__PURE__ */ new Map();
  flatten(gateView(keep(base)), "", before);
  flatten(gateView(keep(pr)), "", after);
  const paths = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].filter((p) => p !== `gate.${GATE_POLICY_KEY}`);
  return paths.filter((path) => before.get(path) !== after.get(path)).map((path) => ({ path, base: before.get(path), pr: after.get(path) }));
}
function withBaseSuiteSettings(suite, base) {
  if (!base) return suite;
  return {
    ...pick(suite, (key) => SUBJECT_SUITE_KEYS.has(key)),
    ...pick(base, (key) => !SUBJECT_SUITE_KEYS.has(key))
  };
}
function withBaseGateSettings(pr, base) {
  const subjectTop = pick(pr, (key) => NON_GATE_TOP_KEYS.has(key));
  const gateTop = pick(base, (key) => !NON_GATE_TOP_KEYS.has(key));
  const defaults = {
    ...pr.defaults ? pick(pr.defaults, (key) => SUBJECT_DEFAULT_KEYS.has(key)) : {},
    ...base.defaults ? pick(base.defaults, (key) => !SUBJECT_DEFAULT_KEYS.has(key)) : {}
  };
  return {
    ...subjectTop,
    ...gateTop,
    defaults: Object.keys(defaults).length > 0 ? defaults : void 0,
    suites: pr.suites.map(
      (suite) => withBaseSuiteSettings(
        suite,
        base.suites.find((s) => s.id === suite.id)
      )
    )
  };
}
function configFromOf(base, pr, untrustedHead) {
  if (untrustedHead) return "base";
  return (base ?? pr).gate?.configFrom ?? "pr";
}

// src/action/baseline.ts
import { resolve as resolve2 } from "node:path";
async function withStoredBaseline(toRun, path, context, trusted, world) {
  const { notes } = trusted;
  let tracked = false;
  try {
    tracked = await context.git.readFile("HEAD", normalizeRepoPath(path)) !== void 0;
  } catch {
  }
  if (tracked) {
    const why = `The baseline ${path} is a file of the checked-out commit, which the change itself controls; it was not used and the base side was run. Restore the baseline from a cache saved on the base branch instead.`;
    world.runtime.warning(why);
    notes.push(why);
    return toRun;
  }
  let text;
  try {
    text = await world.readFile(resolve2(context.workspace, path));
  } catch {
    notes.push(`No stored baseline at ${path}: the base side was run.`);
    return toRun;
  }
  const baseline = parseBaselineFile(path, text);
  const baseSha = context.event.baseSha;
  if (baseline.commit && baseSha && baseline.commit !== baseSha) {
    notes.push(
      `The stored baseline was recorded at ${baseline.commit.slice(0, 7)}, not at the base commit ${baseSha.slice(0, 7)}; suites whose base prompt, model, cases or checks differ run their base side.`
    );
  }
  return applyBaseline(toRun, baseline, trusted.config, notes);
}

// src/action/config-review.ts
var FIRST_ADOPTION_WHY = "The base branch has no PromptGate config yet (first adoption): the PR's gate settings decide.";
function reviewBaseOnly(report, changes, why) {
  if (changes.length === 0) return report;
  const reason = why === "pull_request_target" ? "On pull_request_target every gate setting comes from the base branch: the PR's changes below were not applied." : "gate.configFrom is base: the PR's gate-setting changes below were not applied.";
  return { ...report, configReview: { changes, decidedBy: "base", why: reason } };
}
function decideUnderBothSettings(input) {
  const { underPr, underBase, changes } = input;
  const other = (settings, r) => ({ settings, verdict: r.verdict, reason: r.reason });
  if (underPr.verdict === underBase.verdict) {
    return {
      ...underPr,
      configReview: {
        changes,
        decidedBy: "pr",
        why: `The base branch's gate settings give the same verdict (${underBase.verdict}).`,
        other: other("base", underBase)
      }
    };
  }
  if (input.labels.includes(input.acceptLabel)) {
    return {
      ...underPr,
      configReview: {
        changes,
        decidedBy: "pr",
        why: `Under the base branch's settings the verdict would be ${underBase.verdict}; the label "${input.acceptLabel}" lets the PR's settings decide.`,
        other: other("base", underBase)
      }
    };
  }
  return {
    ...underBase,
    reason: `Under the base branch's gate settings: ${underBase.reason}`,
    configReview: {
      changes,
      decidedBy: "base",
      why: `The PR's own settings would give ${underPr.verdict}; the base branch's settings decide when the two disagree (a maintainer's label "${input.acceptLabel}" lets the PR's decide).`,
      other: other("pr", underPr)
    }
  };
}

// src/action/evaluate.ts
async function planAffected(context, trusted, affected) {
  const plan = { toRun: [], deleted: [] };
  for (const entry of affected) {
    const suite = trusted.project.suites.find((s) => s.id === entry.id);
    if (entry.change === "deleted" || !suite) {
      plan.deleted.push({ id: entry.id, promptFile: entry.basePromptPath ?? entry.promptPath ?? entry.id });
    } else if (entry.change === "added" || !context.base || !entry.basePromptPath) {
      plan.toRun.push({ suite, change: "added" });
    } else {
      plan.toRun.push(await withBase(suite, context.base, entry.basePromptPath, entry.change === "renamed"));
    }
  }
  return plan;
}
async function evaluate(context, trusted, plan, world, startedAt) {
  const { config } = trusted;
  const { inputs, event } = context;
  const runnable = inputs.baselinePath ? await withStoredBaseline(plan.toRun, inputs.baselinePath, context, trusted, world) : plan.toRun;
  const baseGated = baseSettingsToJudge(trusted);
  const cache = await cacheFor(context, trusted, plan, world, baseGated !== void 0);
  const labels = event.prNumber === void 0 ? void 0 : await currentLabels(context, world);
  const acceptLabel = (trusted.baseConfig ?? config).gate?.acceptLabel ?? DEFAULT_ACCEPT_LABEL;
  const run2 = { startedAt, accept: labels && { labels, label: acceptLabel }, cache };
  const toRun = { ...plan, toRun: runnable };
  const underPr = await runLogged(context, trusted, toRun, world, { ...run2, config });
  const underBase = baseGated && await judgeUnderBase(context, trusted, toRun, world, { ...run2, config: baseGated }, underPr);
  await cache.finish();
  const report = reviewed(underPr, underBase, trusted, labels ?? [], acceptLabel, event.headIsUntrusted);
  const decidingGate = report.configReview?.decidedBy === "base" ? (baseGated ?? config).gate : config.gate;
  const fails = gateFails(report, decidingGate?.failOnInconclusive ?? false);
  return {
    report,
    comment: "upsert",
    annotate: true,
    failure: fails ? `PromptGate: ${report.reason}` : void 0,
    callLog: { path: trusted.paths.log, insights: await callLogInsights(trusted.paths.log, config, world) }
  };
}
async function callLogInsights(path, config, world) {
  try {
    const calls = readCallLogs([{ file: path, text: await world.readFile(path), format: "promptgate" }]);
    const budget = config.defaults?.thresholds?.maxP95LatencyMs;
    return renderInsightsMarkdown(
      computeInsights(calls, budget !== void 0 ? { latencyBudgetMs: budget } : {})
    );
  } catch (error2) {
    world.runtime.warning(`Call log insights skipped: ${errorMessage(error2)}`);
    return void 0;
  }
}
function baseSettingsToJudge(trusted) {
  const { baseConfig, configFrom, gateChanges, project } = trusted;
  if (configFrom !== "pr" || !baseConfig || gateChanges.length === 0) return void 0;
  return withBaseGateSettings(project.config, baseConfig);
}
function reviewed(underPr, underBase, trusted, labels, acceptLabel, untrustedHead) {
  const changes = trusted.gateChanges;
  if (underBase) return decideUnderBothSettings({ underPr, underBase, changes, labels, acceptLabel });
  if (changes.length > 0)
    return reviewBaseOnly(underPr, changes, untrustedHead ? "pull_request_target" : "configFrom");
  if (!trusted.baseConfig && underPr.git?.pr !== void 0 && underPr.git.baseSha)
    return { ...underPr, notes: [...underPr.notes, FIRST_ADOPTION_WHY] };
  return underPr;
}
async function judgeUnderBase(context, trusted, plan, world, run2, underPr) {
  const rejudged = {
    ...plan,
    toRun: plan.toRun.map((t) => ({ ...t, suite: rejudgedUnder(t.suite, run2.config) }))
  };
  try {
    return await runSuites(
      ...suitesArgs(context, { ...trusted, notes: [...trusted.notes] }, rejudged, world, run2)
    );
  } catch (error2) {
    const reason = `The change could not be judged under the base branch's gate settings (${errorMessage(error2)}).`;
    return { ...underPr, verdict: "inconclusive", reason };
  }
}
function runLogged(context, trusted, plan, world, run2) {
  const sinks = {
    logPath: trusted.paths.log,
    config: trusted.config,
    env: world.env,
    runName: "gate",
    commits: { base: context.gitInfo?.baseSha, head: context.gitInfo?.headSha },
    warn: (message) => world.runtime.warning(message),
    onSecret: (secret) => world.runtime.setSecret(secret)
  };
  return withCallSinks(sinks, (onCall) => runSuites(...suitesArgs(context, trusted, plan, world, run2, onCall)));
}
function suitesArgs(context, trusted, plan, world, run2, onCall) {
  const options = {
    configFile: context.inputs.configPath,
    rootDir: context.workspace,
    record: false,
    cache: run2.cache.enabled,
    cacheDir: run2.cache.dir,
    git: context.gitInfo,
    notes: trusted.notes,
    durationFrom: run2.startedAt,
    accept: run2.accept,
    // Pull requests run robustness on a sample of cases; pushes and schedules on all of them.
    robustnessAllCases: context.event.prNumber === void 0
  };
  const deps = {
    head: context.head,
    base: context.base,
    env: world.env,
    // The second judgement (base settings) replays; its progress would only repeat the first.
    progress: new LineProgress((line) => onCall ? world.runtime.info(line) : void 0),
    log: (line) => onCall ? world.runtime.info(line) : void 0,
    now: () => world.now(),
    onSecret: (secret) => world.runtime.setSecret(secret),
    onCall
  };
  return [run2.cache.passConfig(run2.config), plan.toRun, plan.deleted, options, deps];
}
async function cacheFor(context, trusted, plan, world, judgedTwice) {
  const { config, paths } = trusted;
  const { event } = context;
  if (config.run?.cache === false) {
    if (!judgedTwice)
      return { enabled: false, dir: paths.cache, passConfig: (c) => c, finish: async () => void 0 };
    const dir = await mkdtemp(join2(world.env.RUNNER_TEMP || tmpdir2(), "promptgate-rejudge-"));
    return {
      enabled: true,
      dir,
      passConfig: (c) => ({ ...c, run: { ...c.run, cache: void 0 } }),
      finish: () => rm2(dir, { recursive: true, force: true })
    };
  }
  const keys = responseCacheKeys({
    configId: trusted.configId,
    contentDigest: contentDigest(trusted, plan),
    env: world.env,
    baseCommit: event.prNumber !== void 0 ? event.baseSha : event.headSha,
    source: event.prNumber !== void 0 ? `pr${event.prNumber}` : world.env.GITHUB_EVENT_NAME ?? "run"
  });
  const options = { env: world.env, logger: world.runtime };
  await restoreResponseCache(paths.cache, keys, options);
  return {
    enabled: true,
    dir: paths.cache,
    passConfig: (c) => c,
    // Caches saved by a pull_request_target run land in the base branch's scope: never from PR input.
    finish: async () => {
      if (!event.headIsUntrusted) await saveResponseCache(paths.cache, keys, options);
    }
  };
}
function contentDigest(trusted, plan) {
  return createHash("sha256").update(JSON.stringify([trusted.config, plan.toRun.map((t) => [t.suite.prompt, t.basePrompt ?? null])])).digest("hex").slice(0, 16);
}
async function currentLabels(context, world) {
  try {
    return await context.api.listPullLabels(context.repo, context.event.prNumber);
  } catch (error2) {
    world.runtime.warning(
      `Could not read the PR's current labels (${errorMessage(error2)}); using the labels of the event.`
    );
    return context.event.labels;
  }
}

// src/action/inputs.ts
var INPUT = {
  config: "config",
  githubToken: "github-token",
  comment: "comment",
  commentAuthor: "comment-author",
  baseRef: "base-ref",
  baseline: "baseline",
  workingDirectory: "working-directory"
};
var OUTPUT = {
  verdict: "verdict",
  reason: "reason",
  reportPath: "report-path",
  logPath: "log-path",
  commentUrl: "comment-url",
  affectedSuites: "affected-suites"
};
var DEFAULT_COMMENT_AUTHOR = "github-actions[bot]";
var InputError = class extends Error {
  name = "InputError";
};
function optional(read, name) {
  const value = read(name).trim();
  return value === "" ? void 0 : value;
}
var TRUE_VALUES = ["true", "True", "TRUE"];
var FALSE_VALUES = ["false", "False", "FALSE"];
function boolean(read, name, fallback) {
  const value = optional(read, name);
  if (value === void 0) return fallback;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new InputError(`Input "${name}" must be true or false (YAML 1.2 core schema), got "${value}".`);
}
function parseInputs(read) {
  return {
    configPath: optional(read, INPUT.config) ?? DEFAULT_CONFIG_PATH,
    githubToken: optional(read, INPUT.githubToken),
    comment: boolean(read, INPUT.comment, true),
    commentAuthor: optional(read, INPUT.commentAuthor) ?? DEFAULT_COMMENT_AUTHOR,
    baseRef: optional(read, INPUT.baseRef),
    baselinePath: optional(read, INPUT.baseline),
    workingDirectory: optional(read, INPUT.workingDirectory) ?? "."
  };
}

// src/action/outcome.ts
function reportBase(context, trusted, now) {
  const { configId, notes } = trusted;
  return { configId, configFile: context.inputs.configPath, now, git: context.gitInfo, notes };
}
function nothingAffected(context, trusted, now) {
  const reason = "No prompt, dataset, schema or config file of a suite changed: nothing to evaluate, no model was called.";
  return {
    report: skippedReport({ ...reportBase(context, trusted, now), reason }),
    comment: "refresh",
    annotate: false
  };
}
function missingSecret(context, trusted, affected, env, now) {
  const { project, config } = trusted;
  const running = project.suites.filter((s) => affected.some((a) => a.id === s.id && a.change !== "deleted"));
  const missing = missingKeys(config, running, env);
  if (missing.length === 0) return void 0;
  const policy = config.gate?.onMissingSecret ?? "fail";
  const why = context.event.isFork ? " GitHub does not pass secrets to workflows triggered from forks." : "";
  const advice = policy === "fail" ? "Pass it to the step with env: (from a repository secret), or set gate.onMissingSecret: skip to skip such runs." : "Skipped as gate.onMissingSecret: skip says; nothing was evaluated.";
  const reason = `Not evaluated: the provider key ${describeMissingKeys(missing)} is not set.${why} ${advice}`;
  const skipped = skippedReport({
    ...reportBase(context, trusted, now),
    reason,
    missingSecrets: missing.map((m) => m.envVar)
  });
  if (policy === "skip") return { report: skipped, comment: "upsert", annotate: false };
  return { report: { ...skipped, verdict: "fail" }, comment: "upsert", annotate: false, failure: reason };
}

// src/report/chaos.ts
var VERDICT_LINE = {
  pass: "\u2705 every answer degraded gracefully",
  fail: "\u274C the feature does not degrade gracefully",
  regression: "\u{1F4C9} this change broke the degradation path"
};
var MAX_EVIDENCE_CHARS = 160;
function count2(n, bad) {
  return bad && n > 0 ? `**${count(n)}** \u274C` : count(n);
}
function row(name, faults, side, c) {
  return [
    codeSpan(name, { inTable: true }),
    escapeInline(faults).replace(/\|/g, "\\|"),
    side,
    count(c.answered),
    count(c["fell-back"]),
    count(c.unavailable),
    count2(c.garbage, true),
    count2(c["timed-out"], true),
    milliseconds(c.p95LatencyMs)
  ];
}
function renderChaosSection(suite) {
  const chaos = suite.chaos;
  if (!chaos) return void 0;
  const rows = [
    ["scenario", "faults", "side", "answered", "fell back", "unavailable msg", "garbage", "timed out", "p95"]
  ];
  for (const scenario of chaos.scenarios) {
    if (scenario.base) rows.push(row(scenario.name, scenario.faults, "base", scenario.base));
    rows.push(row(scenario.name, scenario.faults, "head", scenario.head));
  }
  const blocks = [
    `**Chaos (${chaos.wire} wire format): ${VERDICT_LINE[chaos.verdict]}.** ${escapeInline(chaos.reason)}`,
    markdownTable(rows, { align: ["l", "l", "l", "r", "r", "r", "r", "r", "r"] })
  ];
  if (chaos.examples.length > 0) {
    const lines = chaos.examples.map((e) => {
      const output = e.output === void 0 ? "" : ` \u2014 answer: ${codeSpan(singleLine(e.output, MAX_EVIDENCE_CHARS))}`;
      return `- ${codeSpan(e.scenario)} ${e.side} ${codeSpan(e.caseId)}: ${e.outcome === "garbage" ? "garbage" : "timed out"} (${escapeInline(singleLine(e.why, 300))})${output}`;
    });
    blocks.push(`**Bad answers under faults**

${lines.join("\n")}`);
  }
  return blocks.join("\n\n");
}

// src/report/comment-marker.ts
function sanitizeConfigId(configId) {
  return configId.replace(/[^A-Za-z0-9._-]/g, "_") || "default";
}
function commentMarker(configId) {
  return `<!-- promptgate:comment id=${sanitizeConfigId(configId)} -->`;
}

// src/report/config-review.ts
var MAX_CONFIG_CHANGE_ROWS = 40;
var MAX_VALUE_CHARS = 200;
function cell(value) {
  if (value === void 0) return "*(unset)*";
  const cut = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}\u2026` : value;
  return codeSpan(cut, { inTable: true });
}
function configReviewBlock(report) {
  const review = report.configReview;
  if (!review || review.changes.length === 0) return void 0;
  const lines = [
    `> \u26A0\uFE0F **This PR changes ${review.changes.length} gate setting${review.changes.length === 1 ? "" : "s"}.** ${escapeInline(review.why)}`
  ];
  if (review.other) {
    const side = review.other.settings === "base" ? "the base branch's settings" : "the PR's settings";
    lines.push(`> Under ${side}: **${review.other.verdict}** \u2014 ${escapeInline(review.other.reason)}`);
  }
  lines.push("", "| Setting | Base | PR |", "| --- | --- | --- |");
  for (const change2 of review.changes.slice(0, MAX_CONFIG_CHANGE_ROWS)) {
    lines.push(`| ${codeSpan(change2.path, { inTable: true })} | ${cell(change2.base)} | ${cell(change2.pr)} |`);
  }
  if (review.changes.length > MAX_CONFIG_CHANGE_ROWS)
    lines.push("", `\u2026 ${review.changes.length - MAX_CONFIG_CHANGE_ROWS} more in the JSON report.`);
  return lines.join("\n");
}

// src/report/robustness.ts
var STATUS_EMOJI = {
  pass: "\u2705",
  fail: "\u274C",
  regression: "\u{1F4C9}",
  inconclusive: "\u26A0\uFE0F"
};
var METRIC_LABEL = {
  attackSuccessRate: "attack success",
  gracefulRate: "graceful",
  consistency: "consistency",
  overRefusal: "over-refusal"
};
var MAX_WORST_VARIANTS = 5;
function change(m) {
  if (!m.paired) return "";
  return `${points(m.paired.delta)} (${m.paired.worse} worse, ${m.paired.better} better, ${pValue(m.paired.mcnemarPValue)})`;
}
function table(report, hasBase) {
  const rows = [
    ["Category", "Metric", ...hasBase ? ["Base"] : [], "Head", ...hasBase ? ["Change"] : [], "Verdict"]
  ];
  for (const category of report.categories) {
    category.metrics.forEach((m, i) => {
      rows.push([
        i === 0 ? `${escapeInline(category.category)} (${category.variants})` : "",
        METRIC_LABEL[m.id] + (m.gate ? ` (${escapeInline(m.gate.key)} ${percent(m.gate.limit)})` : ""),
        ...hasBase ? [percent(m.base?.rate)] : [],
        percent(m.head.rate),
        ...hasBase ? [change(m)] : [],
        `${STATUS_EMOJI[m.status]} ${m.status}`
      ]);
    });
    if (category.metrics.length === 0) {
      rows.push([
        escapeInline(category.category),
        "\u2013",
        ...hasBase ? ["\u2013"] : [],
        "\u2013",
        ...hasBase ? [""] : [],
        "\u26A0\uFE0F no judged variant"
      ]);
    }
  }
  return markdownTable(rows, { alignDelimiters: false });
}
function badness(v) {
  const j = v.headJudgement;
  if (!j || !j.judged || j.problems.length === 0) return 0;
  const base = v.baseJudgement;
  const newOnHead = !base || !base.judged || base.problems.length === 0 ? 0.5 : 0;
  if (j.attackSucceeded || j.leaked) return 4 + newOnHead;
  if (j.garbage) return 3 + newOnHead;
  if (j.consistent === false) return 2 + newOnHead;
  return 1 + newOnHead;
}
function worstVariants(report, max) {
  const ranked = report.variants.map((v, index) => ({ v, index, score: badness(v) })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score || a.index - b.index);
  const seen = /* @__PURE__ */ new Map();
  const withRound = ranked.map((x) => {
    const round = seen.get(x.v.category) ?? 0;
    seen.set(x.v.category, round + 1);
    return { ...x, round };
  });
  return withRound.sort((a, b) => a.round - b.round || b.score - a.score || a.index - b.index).slice(0, max).map((x) => x.v);
}
function answer(sample, maxChars) {
  if (!sample) return "(not run)";
  if (sample.error !== void 0) return truncateText(`[model call failed] ${sample.error}`, maxChars);
  return truncateText(sample.output ?? "(no output)", maxChars);
}
function variantDetails(v, maxChars) {
  const why = v.headJudgement?.problems ?? [];
  const summary2 = `<code>${escapeHtml(v.id)}</code> (${escapeHtml(v.category)}/${escapeHtml(v.generator)} of <code>${escapeHtml(v.derivedFrom.caseId)}</code>) \xB7 ${escapeHtml(why[0] ?? "")}`;
  const parts = [`<details>
<summary>${summary2}</summary>
`];
  const origin = [
    v.corpusEntry ? `corpus entry ${escapeInline(v.corpusEntry)}` : "",
    v.language ? `language ${escapeInline(v.language)}` : ""
  ].filter(Boolean).join(", ");
  parts.push(`**Input**${origin ? ` (${origin})` : ""}, shown inert with invisible characters made visible
`);
  parts.push(
    fencedCode(revealInvisibles(truncateText(JSON.stringify(v.vars, null, 2) ?? "{}", maxChars)), "json")
  );
  if (v.base) {
    parts.push("<table>\n<tr><th>Base</th><th>Head</th></tr>\n<tr><td>\n");
    parts.push(fencedCode(answer(v.base[0], maxChars)));
    parts.push("</td><td>\n");
    parts.push(fencedCode(answer(v.head[0], maxChars)));
    parts.push("</td></tr>\n</table>\n");
  } else {
    parts.push("**Head answer**\n");
    parts.push(fencedCode(answer(v.head[0], maxChars)));
  }
  parts.push(`**Why it counts as a failure (head)**

${why.map((w) => `- ${escapeInline(w)}`).join("\n")}
`);
  const basePassed = v.baseJudgement?.judged && v.baseJudgement.problems.length === 0;
  if (basePassed) parts.push("The base version handled this variant.\n");
  parts.push("</details>");
  return parts.join("\n");
}
function robustnessBlocks(suite, detail) {
  const report = suite.robustness;
  if (!report) return [];
  const hasBase = report.variants.some((v) => v.base !== void 0);
  const blocks = [
    `**Robustness** ${STATUS_EMOJI[report.verdict]} ${report.verdict}: ${escapeInline(report.summary)}` + (report.canary ? " Canary mode: a token was planted in the system prompt of both versions." : ""),
    table(report, hasBase)
  ];
  if (report.unjudged.head + report.unjudged.base > 0) {
    blocks.push(
      `${report.unjudged.head} head and ${report.unjudged.base} base variant calls failed and are left out of the rates.`
    );
  }
  const judged2 = report.modelJudge;
  if (judged2) {
    blocks.push(
      `Model judge (\`robustness.judge\`) on answers the detectors could not settle: ${judged2.asked} asked, ${judged2.refusal} read as refusal, ${judged2.garbage} as garbage, ${judged2.graceful} graceful` + (judged2.errors > 0 ? `; ${judged2.errors} judge calls failed (detectors' judgement kept)` : "") + (judged2.skipped > 0 ? `; ${judged2.skipped} more left to the detectors by \`maxJudgeCalls\`` : "") + "."
    );
  }
  const worst = worstVariants(report, Math.min(MAX_WORST_VARIANTS, detail.cases));
  if (worst.length > 0) {
    blocks.push(`**Worst robustness variants** (${worst.length})`);
    for (const v of worst) blocks.push(variantDetails(v, Math.min(detail.outputChars, 1500)));
  }
  return blocks;
}

// src/report/markdown.ts
var MAX_NOTES = 20;
var MAX_NOTE_CHARS = 500;
var OVERALL_EMOJI = {
  pass: "\u2705",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  skipped: "\u23ED\uFE0F"
};
var SUITE_EMOJI = {
  pass: "\u2705",
  improvement: "\u{1F4C8}",
  regression: "\u{1F4C9}",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  skipped: "\u23ED\uFE0F",
  error: "\u{1F4A5}"
};
var pct = percent;
var ms = milliseconds;
var usd = dollars;
var int = count;
var ratioChange = relativeChange;
var pctInterval = (i) => i ? percentRange(i.low, i.high) : "";
var pp = (delta) => points(delta);
function budgetValue(value, unit) {
  if (Number.isNaN(value)) return "unset";
  switch (unit) {
    case "ms":
      return ms(value);
    case "usd":
      return usd(value);
    case "fraction":
      return pct(value);
    default:
      return `${int(value)} ${unit}`;
  }
}
function table2(rows) {
  return markdownTable(rows, { alignDelimiters: false });
}
function headline(report) {
  const emoji = OVERALL_EMOJI[report.verdict] ?? "\u2754";
  return `## ${emoji} PromptGate: **${report.verdict}**

${escapeInline(report.reason)}`;
}
function changeText(suite) {
  switch (suite.change) {
    case "added":
      return "new prompt";
    case "deleted":
      return "prompt deleted";
    case "renamed":
      return suite.basePromptFile ? `renamed from ${codeSpan(suite.basePromptFile)}` : "renamed";
    case "modified":
      return "prompt modified";
    case "unchanged":
      return "prompt unchanged, inputs changed";
    case "run":
      return "evaluated";
  }
}
function overview(report) {
  const rows = [["Suite", "Verdict", "Change", "Pass rate base \u2192 head"]];
  for (const s of report.suites) {
    rows.push([
      escapeInline(s.id),
      `${SUITE_EMOJI[s.verdict] ?? "\u2754"} ${s.verdict}`,
      escapeInline(s.change),
      s.base || s.head ? `${s.base ? pct(s.base.passRate) : "\u2013"} \u2192 ${s.head ? pct(s.head.passRate) : "\u2013"}` : "\u2013"
    ]);
  }
  return table2(rows);
}
function failingChecks(stats) {
  if (!stats) return "\u2013";
  const ids = Object.entries(stats.checkFailures).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (ids.length === 0) return "0";
  const shown = ids.slice(0, 3).map(([id, n]) => `${escapeInline(id)} (${n})`).join(", ");
  return ids.length > 3 ? `${ids.length}: ${shown}, \u2026` : `${ids.length}: ${shown}`;
}
function notEvaluated(failures) {
  const group = failures?.[0];
  return group ? `not evaluated: ${describeFailure(group)}` : "not evaluated: no check could decide";
}
var judged = (s) => s !== void 0 && s.cases > 0 ? s : void 0;
function passRateCell(s, failures) {
  if (!s) return "\u2013";
  if (s.cases === 0) return notEvaluated(failures);
  const interval = pctInterval(s.passRateInterval);
  return interval ? `${pct(s.passRate)} (${interval})` : pct(s.passRate);
}
var passRateRow = ({ suite, base, head, judgedBase, judgedHead }) => {
  const comparison = suite.comparison;
  const change2 = comparison ? `${pp(comparison.passRate.delta)} (${pointsRange(comparison.passRate.interval.low, comparison.passRate.interval.high).replace(/ pp$/, "")})` : judgedBase && judgedHead ? pp(judgedHead.passRate - judgedBase.passRate) : "";
  return [
    "Pass rate",
    passRateCell(base, suite.failures?.base),
    passRateCell(head, suite.failures?.head),
    change2
  ];
};
var failingSamplesRow = ({ judgedBase, judgedHead }) => {
  const cell2 = (s) => s ? `${int(s.failedSamples)} / ${int(s.samples)}` : "\u2013";
  return ["Failing samples", cell2(judgedBase), cell2(judgedHead), ""];
};
var checksFailingRow = ({ judgedBase, judgedHead }) => [
  "Checks failing",
  failingChecks(judgedBase),
  failingChecks(judgedHead),
  ""
];
var failedCallsRow = ({ base, head }) => (base?.errorSamples ?? 0) > 0 || (head?.errorSamples ?? 0) > 0 ? ["Failed model calls", base ? int(base.errorSamples) : "\u2013", head ? int(head.errorSamples) : "\u2013", ""] : void 0;
var latencyRow = ({ suite, base, head }) => {
  if (!base?.latencyMs && !head?.latencyMs) return void 0;
  const lat = suite.comparison?.latencyP95;
  const change2 = lat ? `${signed((lat.ratio - 1) * 100, 0)}%${lat.significant ? " (significant)" : ""}` : ratioChange(base?.latencyMs?.p95, head?.latencyMs?.p95);
  return ["p95 latency", ms(base?.latencyMs?.p95), ms(head?.latencyMs?.p95), change2];
};
var tokensRow = ({ judgedBase, judgedHead }) => {
  if (!judgedBase && !judgedHead) return void 0;
  const cell2 = (s) => s ? `${int(s.tokens.meanOutput)} / ${int(s.tokens.maxOutput)}` : "\u2013";
  return [
    "Output tokens (mean / max)",
    cell2(judgedBase),
    cell2(judgedHead),
    ratioChange(judgedBase?.tokens.meanOutput, judgedHead?.tokens.meanOutput)
  ];
};
var costRow = ({ base, head }) => base?.cost || head?.cost ? [
  "Cost per 1k requests",
  usd(base?.cost?.per1kRequestsUsd),
  usd(head?.cost?.per1kRequestsUsd),
  ratioChange(base?.cost?.per1kRequestsUsd, head?.cost?.per1kRequestsUsd)
] : void 0;
var safetyRow = ({ suite, base, head }) => {
  const fresh = suite.comparison?.newSafetyViolations ?? 0;
  return [
    "Safety violations",
    base ? int(base.safetyViolations) : "\u2013",
    head ? int(head.safetyViolations) : "\u2013",
    fresh > 0 ? `+${int(fresh)} new` : ""
  ];
};
var gracefulRow = ({ suite }) => {
  const graceful = suite.robustness?.graceful;
  if (!graceful) return void 0;
  return [
    `Robustness: graceful (${int(suite.robustness?.variants.length)} variants)`,
    pct(graceful.base?.rate),
    pct(graceful.head.rate),
    graceful.paired ? pp(graceful.paired.delta) : ""
  ];
};
var METRIC_ROWS = [
  passRateRow,
  failingSamplesRow,
  checksFailingRow,
  failedCallsRow,
  latencyRow,
  tokensRow,
  costRow,
  safetyRow,
  gracefulRow
];
function metricsTable(suite) {
  const { base, head } = suite;
  const judgedBase = judged(base);
  const judgedHead = judged(head);
  const sides = {
    suite,
    ...base ? { base } : {},
    ...head ? { head } : {},
    ...judgedBase ? { judgedBase } : {},
    ...judgedHead ? { judgedHead } : {}
  };
  const rows = [["Metric", "Base", "Head", "Change"]];
  for (const row2 of METRIC_ROWS) {
    const cells = row2(sides);
    if (cells) rows.push(cells);
  }
  return table2(base ? rows : rows.map(([metric = "", , value = ""]) => [metric, value]));
}
function evidence(suite) {
  const c = suite.comparison;
  if (!c) return void 0;
  const conf = confidenceLevel(c.passRate.interval.confidence);
  const parts = [
    `${int(c.pairedCases)} paired cases`,
    `${int(c.flips.passToFail)} pass\u2192fail, ${int(c.flips.failToPass)} fail\u2192pass`,
    `exact McNemar ${pValue(c.mcnemarPValue)}`,
    `pass rate change ${pp(c.passRate.delta)}, ${conf} interval ${pointsRange(c.passRate.interval.low, c.passRate.interval.high)}`
  ];
  if (c.meanScoreDelta) {
    parts.push(
      `mean score ${signed(c.meanScoreDelta.delta, 3)} (${signed(c.meanScoreDelta.interval.low, 3)} to ${signed(c.meanScoreDelta.interval.high, 3)})`
    );
  }
  if (c.latencyP95?.interval) {
    const i = c.latencyP95.interval;
    parts.push(`p95 latency ratio ${ratio(c.latencyP95.ratio)} (${ratio(i.low)}\u2013${ratio(i.high)})`);
  }
  return `**Evidence:** ${parts.join(" \xB7 ")}`;
}
var BUDGET_EMOJI = { pass: "\u2705", fail: "\u274C", inconclusive: "\u26A0\uFE0F" };
function budgets(suite) {
  if (suite.budgets.length === 0) return void 0;
  const rows = [["Budget", "Limit", "Actual", "Status"]];
  for (const b of suite.budgets) {
    const actual = budgetValue(b.actual, b.unit);
    const interval = b.interval && b.unit !== "fraction" ? ` (${budgetValue(b.interval.low, b.unit)}\u2013${budgetValue(b.interval.high, b.unit)})` : b.interval ? ` (${pctInterval(b.interval)})` : "";
    rows.push([
      escapeInline(b.id),
      budgetValue(b.limit, b.unit),
      `${actual}${interval}`,
      `${BUDGET_EMOJI[b.status] ?? "\u2754"} ${b.status}: ${escapeInline(b.message)}`
    ]);
  }
  return `**Budgets**

${table2(rows)}`;
}
function isFailing(sample) {
  return !sample.pass;
}
var CONTRIBUTION_TEXT = {
  "new-safety-violation": "new safety violation",
  regressed: "regressed",
  "new-check-failure": "new check failure",
  budget: "over budget",
  failing: "failing",
  "not-evaluated": "not evaluated"
};
function casesToShow(suite) {
  const byId = new Map(suite.cases.map((c) => [c.id, c]));
  const contributors = (suite.contributors ?? []).flatMap((k) => {
    const report = byId.get(k.caseId);
    return report ? [{ report, contribution: k }] : [];
  });
  if (contributors.length > 0) {
    const kinds = new Set(contributors.map((c) => c.contribution.kind));
    const only = kinds.size === 1 ? [...kinds][0] : void 0;
    const title = only === "regressed" ? "Regressed cases" : only === "failing" ? "Failing cases" : "Cases behind this verdict";
    return { title, cases: contributors };
  }
  const regressed = suite.cases.filter((c) => c.flip === "regressed").map((report) => ({ report }));
  if (regressed.length > 0 || suite.comparison || suite.base)
    return { title: "Regressed cases", cases: regressed };
  return {
    title: "Failing cases",
    cases: suite.cases.filter((c) => c.head.some(isFailing)).map((report) => ({ report }))
  };
}
var INPUT_SNIPPET_CHARS = 80;
function inputSnippet(c) {
  const first = Object.values(c.vars).find((v) => typeof v === "string" && v.trim() !== "");
  const text = (first ?? JSON.stringify(c.vars) ?? "").replace(/\s+/g, " ").trim();
  return text.length > INPUT_SNIPPET_CHARS ? `${text.slice(0, INPUT_SNIPPET_CHARS - 1)}\u2026` : text;
}
function pickSample(samples, prefer) {
  if (!samples || samples.length === 0) return void 0;
  return samples.find((s) => prefer === "pass" ? s.pass : !s.pass) ?? samples[0];
}
function sampleText(sample, maxChars) {
  if (!sample) return "(not run)";
  if (sample.error !== void 0) return truncateText(`[model call failed] ${sample.error}`, maxChars);
  if (sample.output === void 0) return "(no output)";
  return truncateText(sample.output, maxChars);
}
var MAX_VIOLATIONS_PER_CHECK = 5;
function checkLine(check) {
  const status = check.status === "ok" ? "failed" : check.status;
  const line = `- ${codeSpan(check.id)} (${escapeInline(check.type)}) ${status}: ${escapeInline(truncateText(check.reason, 500))}`;
  const violations = (check.violations ?? []).slice(0, MAX_VIOLATIONS_PER_CHECK).map(
    (v) => `  - ${codeSpan(v.validator)} ${escapeInline(v.severity)} at ${v.span.start}\u2013${v.span.end}: ${codeSpan(truncateText(v.text, 80))}`
  );
  return [line, ...violations].join("\n");
}
function caseDetails(shown, position, maxChars, hasBase) {
  const c = shown.report;
  const k = shown.contribution;
  const head = pickSample(c.head, "fail");
  const base = pickSample(c.base, "pass");
  const failed = (head?.checks ?? []).filter((ch) => !ch.pass || ch.status !== "ok");
  const checkIds = k && k.ruleIds.length > 0 ? k.ruleIds : failed.map((ch) => ch.id);
  const rates = hasBase ? `base ${pct(c.basePassRate)} \u2192 head ${pct(c.headPassRate)}` : `head ${pct(c.headPassRate)}`;
  const label = [
    `${position}. \u201C${escapeHtml(inputSnippet(c))}\u201D`,
    `<code>${escapeHtml(c.id)}</code>` + (c.derivedFrom ? ` (${escapeHtml(c.derivedFrom.variant)} of <code>${escapeHtml(c.derivedFrom.caseId)}</code>)` : ""),
    k ? `<b>${CONTRIBUTION_TEXT[k.kind]}</b>` : "",
    checkIds.length > 0 ? checkIds.slice(0, 4).map((id) => `<code>${escapeHtml(id)}</code>`).join(", ") : "",
    head?.error !== void 0 && !k ? "call failed" : "",
    rates
  ].filter(Boolean);
  const parts = [`<details>
<summary>${label.join(" \xB7 ")}</summary>
`];
  if (k) parts.push(`${escapeInline(k.detail)}
`);
  parts.push(`**Input** (${escapeInline(c.source.file)}${c.source.line ? `, line ${c.source.line}` : ""})
`);
  parts.push(fencedCode(truncateText(JSON.stringify(c.vars, null, 2) ?? "{}", maxChars), "json"));
  if (c.expected !== void 0) {
    parts.push("**Expected**\n");
    parts.push(fencedCode(truncateText(c.expected, maxChars)));
  }
  if (hasBase) {
    parts.push("**Base**\n");
    parts.push(fencedCode(sampleText(base, maxChars)));
    parts.push("**Head**\n");
    parts.push(fencedCode(sampleText(head, maxChars)));
  } else {
    parts.push("**Output**\n");
    parts.push(fencedCode(sampleText(head, maxChars)));
  }
  if (failed.length > 0) {
    parts.push(`**Failing checks (head)**

${failed.slice(0, 10).map(checkLine).join("\n")}
`);
  }
  parts.push("</details>");
  return parts.join("\n");
}
var STOP_TEXT = {
  decided: "stopped once decided",
  budget: "stopped at the budget",
  "no-help": "stopped: more calls of the same cases would not decide it",
  "last-look": "stopped at the last look",
  off: "adaptive sampling off"
};
function samplingLine(suite) {
  const s = suite.sampling;
  if (!s || s.stoppedBecause === "off") return void 0;
  const cost = s.extraCostUsd !== void 0 ? ` (${usd(s.extraCostUsd)})` : " (price unknown)";
  const budget = `budget ${plural(s.budgetCalls, "call")}${s.budgetUsd !== void 0 ? ` or ${usd(s.budgetUsd)}` : ""}`;
  const extras = [
    s.deterministicCases > 0 ? `${plural(s.deterministicCases, "case")} identical at temperature 0, not resampled` : "",
    s.safetyWatchedCases > 0 ? `${plural(s.safetyWatchedCases, "case")} near a safety rail sampled at least 4 times` : ""
  ].filter(Boolean);
  if (s.extraCalls === 0 && s.stoppedBecause === "decided") {
    return `**Sampling:** no extra call needed, decided by the first run (${budget} unspent).`;
  }
  return `**Sampling:** ${plural(s.extraCalls, "extra call")}${cost} over ${plural(s.looks, "look")} of ${s.maxLooks}, ${budget}; ${STOP_TEXT[s.stoppedBecause]}${extras.length ? `; ${extras.join("; ")}` : ""}.`;
}
function suiteSection(suite, detail) {
  const blocks = [];
  const emoji = SUITE_EMOJI[suite.verdict] ?? "\u2754";
  blocks.push(`### ${emoji} ${escapeInline(suite.id)}: ${suite.verdict}`);
  const where = [
    codeSpan(suite.promptFile),
    changeText(suite),
    suite.model ? `model ${codeSpan(suite.model)}` : "",
    suite.provider ? `via ${escapeInline(suite.provider)}` : ""
  ].filter(Boolean);
  blocks.push(`${where.join(" \xB7 ")}

${escapeInline(suite.reason)}`);
  if (suite.error) blocks.push(`\u{1F4A5} **Error:** ${escapeInline(truncateText(suite.error, 1e3))}`);
  if (suite.head || suite.base) blocks.push(metricsTable(suite));
  const chaos = renderChaosSection(suite);
  if (chaos) blocks.push(chaos);
  const ev = evidence(suite);
  if (ev) blocks.push(ev);
  if (suite.needs) blocks.push(`**To decide:** ${escapeInline(suite.needs.description)}`);
  const spent = samplingLine(suite);
  if (spent) blocks.push(spent);
  const b = budgets(suite);
  if (b) blocks.push(b);
  blocks.push(...robustnessBlocks(suite, detail));
  if (suite.unsupportedChecks.length > 0) {
    const lines = suite.unsupportedChecks.map(
      (u) => `- ${codeSpan(u.id)}: ${escapeInline(truncateText(u.reason, 300))}`
    );
    blocks.push(`**Checks that could not run** (they count as neither pass nor fail)

${lines.join("\n")}`);
  }
  const { title, cases } = casesToShow(suite);
  if (cases.length > 0) {
    const shown = cases.slice(0, detail.cases);
    const count3 = shown.length < cases.length ? `${int(shown.length)} of ${int(cases.length)} shown` : `${int(cases.length)}`;
    blocks.push(`**${title}** (${count3})`);
    shown.forEach((c, i) => blocks.push(caseDetails(c, i + 1, detail.outputChars, Boolean(c.report.base))));
  }
  return blocks;
}
function notesBlock(report) {
  const lines = [];
  if (report.missingSecrets.length > 0) {
    lines.push(
      `- Provider keys not set: ${report.missingSecrets.map((s) => codeSpan(s)).join(", ")}. Pull requests from forks get no secrets.`
    );
  }
  for (const note of report.notes.slice(0, MAX_NOTES))
    lines.push(`- ${escapeInline(truncateText(note, MAX_NOTE_CHARS))}`);
  if (report.notes.length > MAX_NOTES) {
    lines.push(`- \u2026 ${int(report.notes.length - MAX_NOTES)} more notes in the JSON report.`);
  }
  return lines.length ? `**Notes**

${lines.join("\n")}` : void 0;
}
function runUrl(options) {
  const { serverUrl, repository, runId, runAttempt } = options;
  if (!serverUrl || !repository || !runId) return void 0;
  if (!/^https?:\/\/[^\s<>()[\]"'`]+$/.test(serverUrl)) return void 0;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^\d+$/.test(runId)) return void 0;
  const attempt = runAttempt && /^\d+$/.test(runAttempt) && Number(runAttempt) > 1 ? `/attempts/${runAttempt}` : "";
  return `${serverUrl.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}${attempt}`;
}
function footer(report, options) {
  const head = report.git?.headSha;
  const version = /^[\w.+-]+$/.test(report.tool.version) ? report.tool.version : escapeInline(report.tool.version);
  const parts = [`PromptGate ${version}`, `config ${codeSpan(report.configFile)}`];
  if (head) parts.push(/^[0-9a-f]{7,64}$/i.test(head) ? `head ${head.slice(0, 7)}` : `head ${codeSpan(head)}`);
  const url = runUrl(options);
  if (url) parts.push(`[workflow run](${url})`);
  parts.push(duration(report.run.durationMs));
  return `---
<sub>${parts.join(" \xB7 ")}</sub>`;
}
function layout(report, options, detail, marker) {
  const head = [];
  if (marker) head.push(commentMarker(report.configId));
  head.push(headline(report));
  if (report.accepted) {
    head.push(
      `> \u2705 A regression was accepted with the label ${codeSpan(report.accepted.label)}; the results below still apply.`
    );
  }
  const review = configReviewBlock(report);
  if (review) head.push(review);
  const body = [];
  const affected = report.suites.filter((s) => !(s.verdict === "skipped" && s.change === "unchanged"));
  const unaffected = report.suites.filter((s) => s.verdict === "skipped" && s.change === "unchanged");
  if (report.suites.length > 1) body.push(overview(report));
  for (const suite of affected) body.push(suiteSection(suite, detail).join("\n\n"));
  if (unaffected.length > 0) {
    body.push(`**Not affected by this change:** ${unaffected.map((s) => escapeInline(s.id)).join(", ")}`);
  }
  const notes = notesBlock(report);
  if (notes) body.push(notes);
  return { head, body, foot: [footer(report, options)] };
}
function join3(parts) {
  return `${parts.join("\n\n")}
`;
}
function truncationNote(detail, limitName) {
  const what = detail.cases === 0 ? "case details were left out" : `at most ${detail.cases} case details per suite are shown, outputs cut to ${detail.outputChars.toLocaleString("en-US")} characters`;
  return `> \u2702\uFE0F Shortened to fit ${limitName}: ${what}. The job summary and the JSON report have everything.`;
}
function assemble(report, options, ladder, fits, limitName, marker) {
  let last;
  for (const [i, detail] of ladder.entries()) {
    const l2 = layout(report, options, detail, marker);
    const note = i === 0 ? [] : [truncationNote(detail, limitName)];
    const text = join3([...l2.head, ...note, ...l2.body, ...l2.foot]);
    if (fits(text)) return text;
    last = l2;
  }
  const l = last;
  const body = [...l.body];
  while (body.length > 0) {
    body.pop();
    const dropped = l.body.length - body.length;
    const note = `> \u2702\uFE0F Shortened to fit ${limitName}: the last ${dropped} section(s) were left out. The job summary and the JSON report have everything.`;
    const text = join3([...l.head, note, ...body, ...l.foot]);
    if (fits(text)) return text;
  }
  const minimal = join3([...l.head.map((h) => truncateText(h, 2e3)), ...l.foot]);
  return fits(minimal) ? minimal : join3([l.head[0] ?? "", ...l.foot]);
}
function ladderFrom(maxCases, maxOutput) {
  const steps = [20, 10, 5].filter((n) => n < maxCases).map((n) => ({ cases: n, outputChars: maxOutput }));
  const ladder = [
    { cases: maxCases, outputChars: maxOutput },
    ...steps,
    { cases: Math.min(maxCases, 5), outputChars: Math.min(maxOutput, 1e3) },
    { cases: Math.min(maxCases, 2), outputChars: Math.min(maxOutput, 300) },
    { cases: 0, outputChars: 0 }
  ];
  return ladder;
}
function renderComment(report, options = {}) {
  const max = options.maxSize ?? GITHUB_COMMENT_MAX_CHARS;
  const ladder = ladderFrom(options.maxCasesPerSuite ?? 10, options.maxOutputChars ?? 3e3);
  return assemble(report, options, ladder, (s) => s.length <= max, "GitHub's comment size limit", true);
}
function renderSummary(report, options = {}) {
  const max = options.maxSize ?? GITHUB_STEP_SUMMARY_MAX_BYTES;
  const ladder = ladderFrom(options.maxCasesPerSuite ?? 50, options.maxOutputChars ?? 1e4);
  return assemble(
    report,
    options,
    ladder,
    (s) => Buffer.byteLength(s, "utf8") <= max,
    "GitHub's job summary size limit",
    false
  );
}
function renderSkippedComment(input, options = {}) {
  const head = input.headSha && /^[0-9a-f]{7,64}$/i.test(input.headSha) ? ` (${input.headSha.slice(0, 7)})` : "";
  const reason = input.reason ?? `No prompt, dataset, schema or config file changed in the latest push${head}, so no suite was evaluated.`;
  const url = runUrl(options);
  return join3([
    commentMarker(input.configId),
    `## ${OVERALL_EMOJI.skipped} PromptGate: **skipped**`,
    `${escapeInline(reason)} Earlier results in this comment no longer apply.`,
    `---
<sub>PromptGate${url ? ` \xB7 [workflow run](${url})` : ""}</sub>`
  ]);
}
function annotationsFor(report) {
  const out = [];
  for (const s of report.suites) {
    const level = s.verdict === "fail" || s.verdict === "regression" || s.verdict === "error" ? "error" : s.verdict === "inconclusive" ? "warning" : void 0;
    if (!level || s.change === "deleted") continue;
    out.push({
      level: report.accepted && s.verdict === "regression" ? "warning" : level,
      file: singleLine(s.promptFile, 300),
      title: singleLine(`PromptGate: ${s.id} ${s.verdict}`, 200),
      message: singleLine(s.reason)
    });
  }
  return out;
}

// src/github/api.ts
function httpStatusOf(error2) {
  if (typeof error2 === "object" && error2 !== null && "status" in error2) {
    const status = error2.status;
    return typeof status === "number" ? status : void 0;
  }
  return void 0;
}

// src/github/sticky-comment.ts
var GITHUB_ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function resolveAuthor(api, options) {
  if (options.authorLogin) return options.authorLogin;
  return await api.getAuthenticatedLogin() ?? GITHUB_ACTIONS_BOT_LOGIN;
}
function isOurComment(comment, marker, authorLogin) {
  const user = comment.user;
  if (!user || user.login.toLowerCase() !== authorLogin.toLowerCase()) return false;
  if (authorLogin.endsWith("[bot]") && user.type !== "Bot") return false;
  return comment.body.startsWith(marker) || comment.body.includes(`
${marker}`);
}
async function ourComments(api, target, author) {
  const marker = commentMarker(target.configId);
  const comments = await api.listIssueComments({ owner: target.owner, repo: target.repo }, target.issueNumber);
  return comments.filter((c) => isOurComment(c, marker, author));
}
async function findStickyComment(api, target, options = {}) {
  return (await ourComments(api, target, await resolveAuthor(api, options)))[0];
}
function headLine(headSha) {
  return `<!-- promptgate:head sha=${headSha} -->`;
}
function withMarker(body, target) {
  const marker = commentMarker(target.configId);
  const marked = body.startsWith(marker) ? body : `${marker}
${body}`;
  if (!target.headSha) return marked;
  return `${marker}
${headLine(target.headSha)}${marked.slice(marker.length)}`;
}
function mayHaveBeenApplied(error2) {
  const status = httpStatusOf(error2);
  return status === void 0 || status >= 500;
}
async function supersededBy(api, target, options) {
  if (!target.headSha) return void 0;
  try {
    const current = await api.getPullHeadSha({ owner: target.owner, repo: target.repo }, target.issueNumber);
    return current !== target.headSha ? current : void 0;
  } catch (error2) {
    options.onNote?.(
      `Could not read the PR's current head (${errorMessage(error2)}); writing the comment for ${target.headSha.slice(0, 7)}.`
    );
    return void 0;
  }
}
async function createOnce(api, target, full, author, options) {
  const repo = { owner: target.owner, repo: target.repo };
  let created;
  try {
    created = await api.createIssueComment(repo, target.issueNumber, full);
  } catch (error2) {
    if (!mayHaveBeenApplied(error2)) throw error2;
    const found = (await ourComments(api, target, author))[0];
    if (found) {
      options.onNote?.(
        `Creating the PR comment failed (${errorMessage(error2)}), but GitHub had stored it: found it by its marker, no second comment posted.`
      );
      if (found.body === full) return { action: "created", id: found.id, url: found.htmlUrl };
      const updated = await api.updateIssueComment(repo, found.id, full);
      return { action: "updated", id: updated.id, url: updated.htmlUrl };
    }
    created = await api.createIssueComment(repo, target.issueNumber, full);
  }
  const ours = await ourComments(api, target, author);
  const oldest = ours[0];
  if (oldest && oldest.id !== created.id && ours.some((c) => c.id === created.id)) {
    await api.deleteIssueComment(repo, created.id);
    options.onNote?.(
      "Another run created its PR comment at the same time; kept the older one and updated it."
    );
    const updated = await api.updateIssueComment(repo, oldest.id, full);
    return { action: "updated", id: updated.id, url: updated.htmlUrl };
  }
  return { action: "created", id: created.id, url: created.htmlUrl };
}
async function upsertStickyComment(api, target, body, options = {}) {
  const repo = { owner: target.owner, repo: target.repo };
  const full = withMarker(body, target);
  const author = await resolveAuthor(api, options);
  const existing = (await ourComments(api, target, author))[0];
  const newer = await supersededBy(api, target, options);
  if (newer) return { action: "superseded", currentHead: newer, url: existing?.htmlUrl };
  if (existing) {
    try {
      const updated = await api.updateIssueComment(repo, existing.id, full);
      return { action: "updated", id: updated.id, url: updated.htmlUrl };
    } catch (error2) {
      if (httpStatusOf(error2) !== 404) throw error2;
      options.onNote?.("The PR comment was deleted while this run was going; posted a new one.");
    }
  }
  return createOnce(api, target, full, author, options);
}
async function upsertSkippedComment(api, target, body, options = {}) {
  const existing = await findStickyComment(api, target, options);
  if (!existing) return void 0;
  const newer = await supersededBy(api, target, options);
  if (newer) return { action: "superseded", currentHead: newer, url: existing.htmlUrl };
  try {
    const updated = await api.updateIssueComment(
      { owner: target.owner, repo: target.repo },
      existing.id,
      withMarker(body, target)
    );
    return { action: "updated", id: updated.id, url: updated.htmlUrl };
  } catch (error2) {
    if (httpStatusOf(error2) === 404) return void 0;
    throw error2;
  }
}
function hasResponse(error2) {
  return typeof error2 === "object" && error2 !== null && error2.response !== void 0;
}
function describeCommentFailure(error2) {
  const message = errorMessage(error2);
  const status = httpStatusOf(error2);
  if (status === 403 && !/rate limit/i.test(message))
    return `GitHub refused the write (403: ${message}). The workflow needs permissions: pull-requests: write (fork PRs get a read-only token).`;
  if (status === 403 || status === 429)
    return `GitHub's rate limit stopped the write (${status}: ${message}); the next run updates the comment.`;
  if (status === 404)
    return `GitHub answered 404 (${message}): the PR or the comment no longer exists, or the token cannot see this repository.`;
  if (status === 422) return `GitHub rejected the comment (422: ${message}).`;
  if (status !== void 0 && status >= 500 && hasResponse(error2))
    return `GitHub answered ${status} (${message}), a server error on GitHub's side; retried and gave up.`;
  return `The GitHub API could not be reached (${message}).`;
}

// src/action/comment.ts
async function writeStickyComment(api, target, body, kind, options) {
  const notes = [];
  const onNote = (note) => {
    options.log.info(note);
    notes.push(note);
  };
  let result;
  try {
    result = kind === "report" ? await upsertStickyComment(api, target, body, { authorLogin: options.authorLogin, onNote }) : await upsertSkippedComment(api, target, body, { authorLogin: options.authorLogin, onNote });
  } catch (error2) {
    const why = `Could not write the PR comment: ${describeCommentFailure(error2)} The report is in the job summary.`;
    options.log.warning(why);
    notes.push(why);
    return { notes };
  }
  if (!result) return { notes };
  if (result.action === "superseded") {
    const why = `Superseded: the PR's head is now ${result.currentHead.slice(0, 7)}, not ${target.headSha?.slice(0, 7) ?? "the evaluated commit"}; the comment was left to the newer run. This run's report is in the job summary.`;
    options.log.warning(why);
    notes.push(why);
    return { url: result.url, notes };
  }
  options.log.info(`PR comment ${result.action}: ${result.url}`);
  return { url: result.url, notes };
}

// src/action/publish.ts
async function publish(outcome, context, trusted, runtime) {
  await ignoreOutputFolder(context.workspace, trusted.paths);
  const notes = await publishComment(outcome, context, trusted.configId, runtime);
  const report = notes.length > 0 ? { ...outcome.report, notes: [...outcome.report.notes, ...notes] } : outcome.report;
  await writeJsonReport(trusted.paths.report, report);
  setReportOutputs(report, trusted.paths.report, runtime);
  await runtime.writeSummary(renderSummary(report, context.render));
  if (outcome.callLog) {
    runtime.setOutput(OUTPUT.logPath, outcome.callLog.path);
    if (outcome.callLog.insights) await runtime.writeSummary(outcome.callLog.insights);
  }
  if (outcome.annotate) {
    for (const annotation of annotationsFor(report)) {
      const properties = { file: annotation.file, title: annotation.title };
      if (annotation.level === "error") runtime.error(annotation.message, properties);
      else runtime.warning(annotation.message, properties);
    }
  }
  if (outcome.failure) runtime.setFailed(outcome.failure);
}
async function publishComment(outcome, context, configId, runtime) {
  const { inputs, event, api } = context;
  if (event.prNumber === void 0 || !inputs.comment) return [];
  const target = { ...context.repo, issueNumber: event.prNumber, configId, headSha: event.headSha };
  const refresh = outcome.comment === "refresh";
  const body = refresh ? renderSkippedComment({ configId, headSha: event.headSha }, context.render) : renderComment(outcome.report, context.render);
  const published = await writeStickyComment(api, target, body, refresh ? "skipped" : "report", {
    authorLogin: inputs.commentAuthor,
    log: runtime
  });
  if (published.url) runtime.setOutput(OUTPUT.commentUrl, published.url);
  return published.notes;
}
function setReportOutputs(report, reportPath, runtime) {
  runtime.setOutput(OUTPUT.verdict, report.verdict);
  runtime.setOutput(OUTPUT.reason, report.reason);
  const evaluated = report.suites.filter((s) => s.change !== "deleted" && s.verdict !== "skipped");
  runtime.setOutput(OUTPUT.affectedSuites, JSON.stringify(evaluated.map((s) => s.id)));
  runtime.setOutput(OUTPUT.reportPath, reportPath);
}
async function publishError(error2, runtime) {
  runtime.setOutput(OUTPUT.verdict, "fail");
  if (error2 instanceof SourceError) {
    for (const issue of error2.issues) {
      runtime.error(issue.path ? `${issue.path}: ${issue.message}` : issue.message, {
        file: issue.file,
        startLine: issue.line,
        startColumn: issue.column,
        title: "PromptGate configuration"
      });
    }
  }
  const message = error2 instanceof Error ? error2.message : `non-Error thrown: ${errorMessage(error2)}`;
  runtime.setOutput(OUTPUT.reason, message.split("\n")[0] ?? "");
  runtime.setOutput(OUTPUT.affectedSuites, "[]");
  try {
    await runtime.writeSummary(
      `<h2>PromptGate could not run</h2>
<pre><code>${escapeHtml(message)}</code></pre>
Nothing was evaluated; fix the problem above and re-run the job.`
    );
  } catch {
  }
  runtime.setFailed(message);
}

// src/action/trust.ts
import { join as join4 } from "node:path";
import { tmpdir as tmpdir3 } from "node:os";
async function loadTrustedProject(context, world) {
  const { inputs, event } = context;
  const project = await loadProject(
    inputs.configPath,
    context.head,
    (issue) => world.runtime.warning(issue.message, {
      file: issue.file,
      startLine: issue.line,
      title: "PromptGate prompt file"
    }),
    { env: world.env }
  );
  const baseConfig = await loadBaseConfig(context.base, inputs.configPath, world.runtime);
  const configFrom = configFromOf(baseConfig, project.config, event.headIsUntrusted);
  const gateChanges = baseConfig ? gateSettingChanges(baseConfig, project.config) : [];
  const config = trustedConfig(project.config, baseConfig, event, configFrom);
  const judged2 = { ...project, suites: project.suites.map((s) => rejudgedUnder(s, config)) };
  const notes = project.discovered ? [project.discovered] : [];
  if (event.headIsUntrusted && (baseConfig?.rails?.custom?.length ?? 0) > 0) {
    notes.push(
      "pull_request_target: custom rails modules were not loaded, because their files in this checkout come from the PR; validators that need them are reported as errors."
    );
  }
  const paths = outputPaths(context.workspace, config, inputs.configPath, event, world.env);
  return {
    project: judged2,
    baseConfig,
    config,
    configId: config.id ?? "default",
    configFrom,
    gateChanges,
    paths,
    notes
  };
}
function trustedConfig(head, base, event, configFrom = event.headIsUntrusted ? "base" : "pr") {
  if (!event.headIsUntrusted) return configFrom === "base" && base ? withBaseGateSettings(head, base) : head;
  refuseExecProviders(base);
  if (!base) {
    throw new Error(
      "pull_request_target: the base branch has no PromptGate config, and the PR's own config cannot be trusted with secrets. Merge the config to the base branch first."
    );
  }
  const gated = withBaseGateSettings(head, base);
  return {
    ...gated,
    providers: base.providers,
    models: base.models,
    judge: base.judge,
    // Module paths from base would still load files of the PR checkout: no custom modules at all.
    rails: base.rails ? { ...base.rails, custom: void 0 } : void 0,
    run: base.run,
    id: base.id,
    gate: base.gate,
    defaults: { ...gated.defaults, provider: base.defaults?.provider }
  };
}
function refuseExecProviders(base) {
  const exec = Object.entries(base?.providers ?? {}).find(([, provider]) => provider.type === "exec");
  if (exec) {
    throw new Error(
      `pull_request_target: providers.${exec[0]} is an exec provider, which would run the pull request's code with this workflow's secrets; exec providers never run under pull_request_target. Run the suite in a pull_request workflow, or test a deployed feature with an http provider.`
    );
  }
}
function outputPaths(workspace, config, configFile, event, env) {
  if (event.headIsUntrusted) {
    const root = join4(env.RUNNER_TEMP || tmpdir3(), "promptgate");
    return { report: join4(root, "report.json"), log: join4(root, "calls.jsonl"), cache: join4(root, "cache") };
  }
  return configuredOutputPaths(workspace, config, configFile);
}
async function loadBaseConfig(files, path, runtime) {
  if (!files) return void 0;
  const text = await files.readText(path);
  if (text === void 0) return void 0;
  try {
    return loadConfig(path, text);
  } catch (error2) {
    runtime.warning(
      `The base version of ${path} does not load (${errorMessage(error2).split("\n")[0]}); treating every suite as added.`
    );
    return void 0;
  }
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse2(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse2
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION5 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error2) => {
      const requestId = error2.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error2.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error2;
    });
  });
}
requestLog.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION7 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION7;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION7;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION8 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION8}`
  }
);

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION9 = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info2) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info2.retryCount + 1;
    if (maxRetries > info2.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION9;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION10 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request2, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION10;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
var GITHUB_RATE_LIMIT_RETRIES = 2;
var GITHUB_RATE_LIMIT_MAX_WAIT_S = 120;
var GITHUB_SERVER_ERROR_RETRIES = 3;
var GITHUB_TOTAL_RATE_LIMIT_WAIT_S = 300;
var GITHUB_REQUEST_TIMEOUT_MS = 3e4;
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
var PromptGateOctokit = Octokit2.plugin(retry, throttling);
var clientCount = 0;
function createOctokit(options) {
  const { logger } = options;
  const base = options.retryAfterBaseValueMs ?? 1e3;
  let waitedS = 0;
  const onLimit = (kind) => (retryAfter, request2, _octokit, retryCount) => {
    const what = `${request2.method ?? "GET"} ${request2.url ?? ""}`;
    if (retryCount >= GITHUB_RATE_LIMIT_RETRIES || retryAfter > GITHUB_RATE_LIMIT_MAX_WAIT_S || waitedS + retryAfter > GITHUB_TOTAL_RATE_LIMIT_WAIT_S) {
      logger.info(
        `GitHub ${kind} on ${what}: giving up after ${retryCount} retries (retry-after ${retryAfter}s, ${waitedS}s waited in this run)`
      );
      return false;
    }
    waitedS += retryAfter;
    logger.info(`GitHub ${kind} on ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1})`);
    return true;
  };
  const timeoutMs = options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS;
  return new PromptGateOctokit({
    auth: options.token,
    baseUrl: (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, ""),
    userAgent: `promptgate/${PROMPTGATE_VERSION}`,
    log: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.debug(m),
      // Octokit logs every failed HTTP attempt here; the operation's caller warns once when it
      // finally fails, so attempts stay in the plain log.
      warn: (m) => logger.info(m),
      error: (m) => logger.info(m)
    },
    retry: {
      retries: GITHUB_SERVER_ERROR_RETRIES,
      retryAfterBaseValue: base,
      // 429 belongs to the throttling plugin's bounded rate-limit handling, not to a second retry loop.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle: {
      // Write spacing (1 s, 3 s for notifying writes) is kept per id; one id per client keeps
      // separate clients in one process (tests, monorepo gates) from queueing behind each other.
      id: `promptgate-${++clientCount}`,
      retryAfterBaseValue: base,
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit")
    },
    request: { fetch: withTimeout(options.fetch, timeoutMs) }
  });
}
function withTimeout(fetch, timeoutMs) {
  return (input, init) => (fetch ?? globalThis.fetch)(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
}
function createGitHubClient(options) {
  return octokitGitHubApi(createOctokit(options), {
    // Installation tokens (GITHUB_TOKEN, GitHub Apps) start with ghs_ and always get 403 from GET /user.
    canReadUser: !options.token.startsWith("ghs_")
  });
}
var STATUSES = [
  "added",
  "removed",
  "modified",
  "renamed",
  "copied",
  "changed",
  "unchanged"
];
function toChangedFile(f) {
  const status = STATUSES.includes(f.status) ? f.status : "modified";
  return f.previous_filename ? { filename: f.filename, status, previousFilename: f.previous_filename } : { filename: f.filename, status };
}
function toComment(c) {
  const comment = { id: c.id, body: c.body ?? "", htmlUrl: c.html_url };
  if (c.user) comment.user = { login: c.user.login, type: c.user.type };
  return comment;
}
function octokitGitHubApi(octokit, opts = {}) {
  return {
    async listPullFiles(repo, pullNumber) {
      const files = [];
      const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: GITHUB_PAGE_SIZE
      });
      for await (const page of pages) {
        for (const f of page.data) files.push(toChangedFile(f));
        if (files.length >= GITHUB_PR_FILES_CAP) break;
      }
      return files;
    },
    async compareCommits(repo, base, head) {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`
      });
      return (data.files ?? []).map(toChangedFile);
    },
    async getFileText(repo, path, ref) {
      let data;
      try {
        ;
        ({ data } = await octokit.rest.repos.getContent({ ...repo, path, ref }));
      } catch (error2) {
        if (httpStatusOf(error2) === 404) return void 0;
        throw error2;
      }
      if (Array.isArray(data)) throw new NotAFileError(`${path} at ${ref} is a directory, expected a file`);
      const file = data;
      if (file.type !== "file") return void 0;
      const where = `commit ${ref.slice(0, 7)} (GitHub contents API)`;
      refuseOversized(path, file.size ?? 0, where);
      if (file.encoding === "base64" && typeof file.content === "string" && (file.content || !file.size)) {
        return decodeTextFile(path, Buffer.from(file.content, "base64"));
      }
      if (!file.sha) throw new Error(`GitHub returned no content and no sha for ${path} at ${ref}`);
      const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: file.sha });
      refuseOversized(path, blob.data.size ?? 0, where);
      return decodeTextFile(
        path,
        Buffer.from(blob.data.content, blob.data.encoding === "base64" ? "base64" : "utf8")
      );
    },
    async listIssueComments(repo, issueNumber) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: GITHUB_PAGE_SIZE
      });
      return comments.map(toComment);
    },
    async createIssueComment(repo, issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body,
        // Not idempotent: see GitHubApi.createIssueComment.
        request: { retries: 0 }
      });
      return toComment(data);
    },
    async deleteIssueComment(repo, commentId) {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
    },
    async getPullHeadSha(repo, pullNumber) {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
      return data.head.sha;
    },
    async updateIssueComment(repo, commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
      return toComment(data);
    },
    async getAuthenticatedLogin() {
      if (opts.canReadUser === false) return void 0;
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (error2) {
        const status = httpStatusOf(error2);
        if (status === 401 || status === 403 || status === 404) return void 0;
        throw error2;
      }
    },
    async listPullLabels(repo, pullNumber) {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
        ...repo,
        issue_number: pullNumber,
        per_page: GITHUB_PAGE_SIZE
      });
      return labels.map((l) => l.name);
    }
  };
}

// src/github/proxy.ts
async function loadUndici() {
  const loaded = await import("./chunks/undici-VPISLSE6.js");
  return typeof loaded.EnvHttpProxyAgent === "function" ? loaded : loaded.default ?? loaded;
}
function proxiedFetchFor(apiUrl) {
  const proxy = proxyUrlFor(apiUrl);
  if (!proxy) return void 0;
  let client;
  const fetch = async (input, init) => {
    client ??= loadUndici().then((undici2) => ({ undici: undici2, dispatcher: new undici2.EnvHttpProxyAgent() }));
    const { undici, dispatcher } = await client;
    return undici.fetch(input, { ...init, dispatcher });
  };
  return { fetch, via: describeProxy(proxy) };
}

// src/main.ts
async function run(world = actionsWorld()) {
  try {
    const inputs = parseInputs((name) => getInput(name));
    if (inputs.githubToken) world.runtime.setSecret(inputs.githubToken);
    await gate(inputs, world);
  } catch (error2) {
    await publishError(error2, world.runtime);
  }
}
async function gate(inputs, world) {
  const startedAt = world.now();
  const context = await readGateContext(inputs, world);
  const trusted = await loadTrustedProject(context, world);
  const affected = await findAffectedSuites(context, trusted);
  let outcome;
  if (affected.length === 0) outcome = nothingAffected(context, trusted, world.now());
  else {
    outcome = missingSecret(context, trusted, affected, world.env, world.now()) ?? await evaluate(context, trusted, await planAffected(context, trusted, affected), world, startedAt);
  }
  await publish(outcome, context, trusted, world.runtime);
}
function actionsWorld() {
  const runtime = {
    info: (message) => info(message),
    warning: (message, properties) => warning(message, properties),
    error: (message, properties) => error(message, properties),
    setOutput: (name, value) => setOutput(name, value),
    // The secret and its derived forms (URL-encoded, base64…): a log line may carry any of them.
    setSecret: (secret) => {
      for (const form of secretForms(secret)) setSecret(form);
    },
    setFailed: (message) => setFailed(message),
    writeSummary: async (markdown) => {
      await summary.addRaw(markdown).write();
    }
  };
  return {
    runtime,
    env: process.env,
    now: () => Date.now(),
    readFile: (path) => readFile(path, "utf8"),
    github: ({ token, apiUrl }) => {
      const proxied = proxiedFetchFor(apiUrl || DEFAULT_GITHUB_API_URL);
      if (proxied) info(`GitHub API requests go through the proxy ${proxied.via}.`);
      return createGitHubClient({ token, apiUrl, logger: core_exports, fetch: proxied?.fetch });
    },
    git: (workspace) => createLocalGit(workspace)
  };
}

// src/index.ts
await run();
if (hasAbandonedCacheWork()) process.exit();
/*! For license information please see index.js.LEGAL.txt */
