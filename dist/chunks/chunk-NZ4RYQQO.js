import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_CACHE_DIR,
  DEFAULT_CONFIG_PATH,
  DEFAULT_LOG_PATH,
  DEFAULT_MAX_RETRIES,
  DEFAULT_OUTPUT_DIR,
  DEFAULT_REPORT_PATH,
  DEFAULT_TIMEOUT_MS,
  MissingFileError,
  STORED_FIELD_MAX_CHARS,
  SourceError,
  closest,
  combineSourceErrors,
  decodeTextFile,
  formatPath,
  readDecoded
} from "./chunk-YX3UYC7K.js";
import {
  apiBaseUrl,
  featureUrl,
  hostAndPort,
  observeConfigSchema
} from "./chunk-MMQNSSPF.js";
import {
  NotAFileError,
  UnsafePathError,
  ajv2020,
  ajvFormats,
  csvParseSync,
  customValidatorId,
  external_exports,
  isInside,
  normalizeRepoPath,
  picomatch,
  railsConfigSchema,
  railsValidatorIds,
  resolveInside
} from "./chunk-Z2CHZ2FJ.js";
import {
  require_dist,
  require_dist2
} from "./chunk-NTEYA2XI.js";
import {
  DEFAULT_CATEGORIES,
  GH_BUILTINS,
  LOOKALIKE_TOPICS,
  NO_JUDGE_REASON,
  ProviderError,
  ROBUSTNESS_CATEGORIES,
  caseInput,
  caseVars,
  countCodePoints,
  countWords,
  describeJsonError,
  dollars,
  emptySubstitution,
  emptySubstitutionReason,
  errorKindOfStatus,
  escapeRegExp,
  failed,
  isPlan,
  milliseconds,
  missingVarsReason,
  ok,
  parseJsonOutput,
  percent,
  placeholderNames,
  planModelGraded,
  quote,
  quoteList,
  renderTemplate,
  runPlan,
  sha256Hex,
  unsupported,
  varsOfCase
} from "./chunk-XREXTKX4.js";
import {
  errorMessage,
  isRecord,
  kindOf,
  readPath
} from "./chunk-LPYLB7X5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-IEJME6RR.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError2 = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError2);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok2 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote3 = this.charAt(0);
        let end = this.buffer.indexOf(quote3, this.pos + 1);
        if (quote3 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/repo/files.ts
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

// src/core/yaml.ts
var import_yaml = __toESM(require_dist3(), 1);
var YAML_MAX_ALIAS_COUNT = 100;
function parseYaml(file, text2) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(stripBom(text2), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file, line, column: col, path: "", message: yamlMessage(error.code, error.message) };
  });
  return { file, doc, lineCounter, errors };
}
function yamlMessage(code, message) {
  if (code === "DUPLICATE_KEY") return `${message}: the same key appears twice in one mapping; keep one`;
  return message;
}
function yamlToJs(source) {
  return source.doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
}
function stripBom(text2) {
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function offsetPosition(source, offset) {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}
function positionAt(source, path, options = {}) {
  let node = source.doc.contents;
  let keyNode;
  let complete = true;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) {
      complete = false;
      break;
    }
    node = next.value;
    keyNode = next.key;
  }
  const target = complete && options.atKey && keyNode ? keyNode : node;
  const offset = rangeStart(target) ?? (keyNode ? rangeStart(keyNode) : void 0) ?? 0;
  return offsetPosition(source, offset);
}
function nodePosition(source, node) {
  const offset = rangeStart(node);
  return offset === void 0 ? void 0 : offsetPosition(source, offset);
}
function child(node, segment) {
  if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
      if (String(key) === String(segment)) {
        return { value: pair.value ?? pair.key, key: pair.key };
      }
    }
    return void 0;
  }
  if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === void 0 ? void 0 : { value: item };
  }
  return void 0;
}
function rangeStart(node) {
  if (typeof node !== "object" || node === null || !("range" in node)) return void 0;
  const range = node.range;
  return Array.isArray(range) && typeof range[0] === "number" ? range[0] : void 0;
}

// src/repo/size.ts
var MAX_REPO_FILE_BYTES = 50 * 1024 * 1024;
var OversizedFileError = class extends Error {
  constructor(path, bytes, where) {
    super(
      `${path} in ${where} is ${bytes} bytes, over the ${MAX_REPO_FILE_BYTES}-byte (50 MiB) limit for files a config names; keep prompts, datasets and schemas smaller (split a dataset into several files)`
    );
    this.path = path;
    this.bytes = bytes;
    this.where = where;
    this.name = "OversizedFileError";
  }
  path;
  bytes;
  where;
};
function refuseOversized(path, bytes, where) {
  if (bytes > MAX_REPO_FILE_BYTES) throw new OversizedFileError(path, bytes, where);
}

// src/repo/files.ts
function gitRepoFiles(options) {
  const { rev, git, api, repo } = options;
  let sourcePromise;
  const source = () => {
    sourcePromise ??= git.hasCommit(rev).then((present) => {
      if (present) return "git";
      if (api && repo) return "api";
      throw new Error(
        `Commit ${rev} is not in the local clone and no GitHub API is available to read it. Use actions/checkout with \`fetch-depth: 0\`, or pass a token.`
      );
    });
    return sourcePromise;
  };
  return {
    label: options.label ?? `base (${rev.slice(0, 7)})`,
    source,
    async readText(path) {
      const safe = normalizeRepoPath(path);
      if (await source() === "git" || !api || !repo) return git.readFile(rev, safe);
      return api.getFileText(repo, safe, rev);
    }
  };
}
function errorCode(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : void 0;
}
function fsRepoFiles(root, label = "head") {
  let realRoot;
  return {
    label,
    async readText(path) {
      const safe = normalizeRepoPath(path);
      realRoot ??= realpath(root);
      const rootReal = await realRoot;
      let target;
      try {
        target = await realpath(join(rootReal, safe));
      } catch (error) {
        if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return void 0;
        throw error;
      }
      if (!isInside(rootReal, target, { allowRoot: true }))
        throw new UnsafePathError(path, "a symlink leads outside the repository");
      const info = await stat(target);
      if (info.isDirectory()) throw new NotAFileError(`${safe} is a directory, expected a file`);
      if (!info.isFile()) throw new UnsafePathError(path, "not a regular file (a device, socket or pipe)");
      refuseOversized(safe, info.size, label);
      return decodeTextFile(safe, await readFile(target));
    },
    async listFiles() {
      return listWorkingTree(await (realRoot ??= realpath(root)));
    }
  };
}
var UNLISTED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules", DEFAULT_OUTPUT_DIR]);
var MAX_LISTED_FILES = 2e5;
async function listWorkingTree(root) {
  const out = [];
  const pending = [""];
  while (pending.length > 0) {
    const dir = pending.pop();
    const entries = await readdir(join(root, dir), { withFileTypes: true });
    for (const entry of entries) {
      const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!UNLISTED_FOLDERS.has(entry.name)) pending.push(rel);
      } else if (entry.isFile()) {
        out.push(rel);
        if (out.length > MAX_LISTED_FILES)
          throw new Error(
            `more than ${MAX_LISTED_FILES} files under ${root}: narrow the prompt glob's folder`
          );
      }
    }
  }
  return out.sort();
}
async function readRequired(files, path, what, reference2) {
  const text2 = await readDecoded(() => files.readText(path)).catch((error) => {
    const refused = error instanceof UnsafePathError || error instanceof NotAFileError || error instanceof OversizedFileError;
    if (!refused || !reference2) throw error;
    throw new SourceError(`Unreadable ${what} ${path}`, [
      { ...reference2, message: `${what}: ${error.message}` }
    ]);
  });
  if (text2 !== void 0) return stripBom(text2);
  const named = reference2 ? ` (named by ${reference2.path} in ${reference2.file})` : "";
  const message = `${what} ${path} does not exist in ${files.label}${named}; fix the path or add the file`;
  throw new MissingFileError(path, files.label, message, reference2 ? { ...reference2, message } : void 0);
}

// src/prompts/render.ts
var PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;
var TemplateError = class extends Error {
  constructor(promptFile, caseId, caseSource, missing, known) {
    const where = caseSource.line === void 0 ? caseSource.file : `${caseSource.file}:${caseSource.line}`;
    const names2 = missing.map((n) => `{{${n}}}`).join(", ");
    super(
      `${promptFile} uses ${names2} but case ${caseId} (${where}) has no such variable (it has: ${known.length > 0 ? known.join(", ") : "none"}); add it to the case or fix the placeholder`
    );
    this.promptFile = promptFile;
    this.caseId = caseId;
    this.caseSource = caseSource;
    this.missing = missing;
    this.known = known;
    this.name = "TemplateError";
  }
  promptFile;
  caseId;
  caseSource;
  missing;
  known;
};
function templateVariables(prompt) {
  const names2 = /* @__PURE__ */ new Set();
  for (const message of prompt.messages) {
    for (const match of message.content.matchAll(PLACEHOLDER)) if (match[1]) names2.add(match[1]);
  }
  return [...names2];
}
function lookup(vars, name) {
  if (Object.hasOwn(vars, name)) return vars[name];
  const parts = name.split(".");
  if (parts.length < 2) return void 0;
  let value = vars;
  for (const part of parts) {
    if (typeof value !== "object" || value === null) return void 0;
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(part)) return void 0;
      value = value[Number(part)];
    } else value = Object.hasOwn(value, part) ? value[part] : void 0;
    if (value === void 0) return void 0;
  }
  return value;
}
function toText(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function caseVariables(testCase) {
  if (testCase.expected === void 0 || Object.hasOwn(testCase.vars, "expected")) return testCase.vars;
  return { ...testCase.vars, expected: testCase.expected };
}
function renderMessages(prompt, testCase) {
  const vars = caseVariables(testCase);
  const missing = [];
  const messages = prompt.messages.map((message) => {
    if (!message.content.includes("{{")) return message;
    const content = message.content.replace(PLACEHOLDER, (whole, name) => {
      const value = lookup(vars, name);
      if (value === void 0) {
        if (!missing.includes(name)) missing.push(name);
        return whole;
      }
      return toText(value);
    });
    return { role: message.role, content };
  });
  if (missing.length > 0) {
    throw new TemplateError(prompt.file, testCase.id, testCase.source, missing, Object.keys(vars).sort());
  }
  return messages;
}
var renderedCases = /* @__PURE__ */ new WeakMap();
function renderCase(prompt, testCase) {
  let byCase = renderedCases.get(prompt);
  if (!byCase) renderedCases.set(prompt, byCase = /* @__PURE__ */ new WeakMap());
  let rendered = byCase.get(testCase);
  if (!rendered) {
    try {
      rendered = renderMessages(prompt, testCase);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      rendered = error;
    }
    byCase.set(testCase, rendered);
  }
  if (rendered instanceof TemplateError) throw rendered;
  return rendered;
}

// src/prompts/errors.ts
var PromptError = class extends SourceError {
  constructor(issues, title = `Invalid prompt file ${issues[0]?.file ?? ""}`) {
    super(title.trim(), issues);
    this.name = "PromptError";
  }
};

// src/prompts/files.ts
var YAML_PROMPT = /\.ya?ml$/i;
function isGhModelsPromptPath(path) {
  return YAML_PROMPT.test(path);
}

// src/prompts/gh-models.ts
var import_yaml5 = __toESM(require_dist3(), 1);

// src/checks/schema.ts
var import_yaml3 = __toESM(require_dist3(), 1);
var SCHEMA_MAX_LISTED_VIOLATIONS = 5;
var compiled = /* @__PURE__ */ new WeakMap();
function compileSchema(schema) {
  const cached = compiled.get(schema);
  if (cached) return cached;
  let result;
  try {
    const ajv = new (ajv2020())({ allErrors: true, strict: false, logger: false });
    ajvFormats()(ajv);
    result = { ok: true, validate: ajv.compile(schema) };
  } catch (error) {
    result = { ok: false, error: `invalid JSON Schema: ${errorMessage(error)}` };
  }
  compiled.set(schema, result);
  return result;
}
function describeViolations(errors) {
  const lines = errors.slice(0, SCHEMA_MAX_LISTED_VIOLATIONS).map(describeViolation);
  const rest = errors.length - lines.length;
  if (rest > 0) lines.push(`and ${rest} more`);
  return lines.join("; ");
}
function describeViolation(error) {
  const path = error.instancePath === "" ? "(root)" : error.instancePath;
  const params = error.params;
  let detail = error.message ?? error.keyword;
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    detail += ` (${quote(params.additionalProperty, 40)})`;
  } else if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    detail += `: ${quote(JSON.stringify(params.allowedValues), 80)}`;
  } else if (error.keyword === "const" && "allowedValue" in params) {
    detail += `: ${quote(JSON.stringify(params.allowedValue) ?? "undefined", 80)}`;
  }
  return `${path}: ${detail}`;
}
var loadedFiles = /* @__PURE__ */ new WeakMap();
function loadSchemaFile(files, path) {
  let perReader = loadedFiles.get(files);
  if (!perReader) {
    perReader = /* @__PURE__ */ new Map();
    loadedFiles.set(files, perReader);
  }
  let loading = perReader.get(path);
  if (!loading) {
    loading = readSchemaFile(files, path);
    perReader.set(path, loading);
  }
  return loading;
}
async function readSchemaFile(files, path) {
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.split(/[\\/]/).includes("..")) {
    return { ok: false, error: `schemaFile ${quote(path)} must be a repo-relative path without '..'` };
  }
  let text2;
  try {
    text2 = await files.readText(path);
  } catch (error) {
    return { ok: false, error: `schemaFile ${quote(path)} could not be read: ${errorMessage(error)}` };
  }
  if (text2 === void 0) return { ok: false, error: `schemaFile ${quote(path)} does not exist` };
  return parseSchemaText(path, text2);
}
function parseSchemaText(path, text2) {
  let value;
  try {
    value = /\.ya?ml$/i.test(path) ? (0, import_yaml3.parse)(text2, { maxAliasCount: YAML_MAX_ALIAS_COUNT }) : JSON.parse(text2);
  } catch (error) {
    return {
      ok: false,
      error: `schemaFile ${quote(path)} is not valid ${/\.ya?ml$/i.test(path) ? "YAML" : "JSON"}: ${errorMessage(error)}`
    };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, error: `schemaFile ${quote(path)} must hold a JSON Schema object` };
  }
  return { ok: true, schema: value };
}

// src/core/check-spec.ts
var fraction = external_exports.number().min(0).max(1);
var positiveInt = external_exports.number().int().positive();
var nonEmpty = external_exports.string().min(1);
var stringOrList = external_exports.union([nonEmpty, external_exports.array(nonEmpty).min(1)]);
var checkSpecSchema = external_exports.discriminatedUnion("type", [
  external_exports.strictObject({
    type: external_exports.literal("equals"),
    value: external_exports.string(),
    trim: external_exports.boolean().optional(),
    id: nonEmpty.optional()
  }),
  external_exports.strictObject({
    type: external_exports.enum(["contains", "icontains"]),
    value: stringOrList,
    mode: external_exports.enum(["any", "all"]).optional().describe("With a list: pass when any (default) or all values occur."),
    id: nonEmpty.optional()
  }),
  external_exports.strictObject({
    type: external_exports.literal("not-contains"),
    value: stringOrList,
    caseSensitive: external_exports.boolean().optional(),
    id: nonEmpty.optional()
  }),
  external_exports.strictObject({
    type: external_exports.enum(["starts-with", "ends-with"]),
    value: external_exports.string(),
    caseSensitive: external_exports.boolean().optional(),
    id: nonEmpty.optional()
  }),
  external_exports.strictObject({
    type: external_exports.literal("regex"),
    pattern: nonEmpty,
    flags: external_exports.string().regex(/^[dgimsuvy]*$/).optional(),
    id: nonEmpty.optional()
  }).superRefine((spec, ctx) => {
    if (spec.pattern.includes("{{")) return;
    const problem = regexProblem(spec.pattern, spec.flags);
    if (problem) ctx.addIssue({ code: "custom", path: ["pattern"], message: problem });
  }),
  external_exports.strictObject({ type: external_exports.literal("is-json"), id: nonEmpty.optional() }),
  external_exports.strictObject({
    type: external_exports.literal("json-schema"),
    schema: external_exports.record(external_exports.string(), external_exports.unknown()).optional().describe("Inline JSON Schema (2020-12)."),
    schemaFile: nonEmpty.optional().describe(
      "Repo-relative path of a JSON Schema file. Without schema or schemaFile the prompt file's own jsonSchema (responseFormat: json_schema) is used."
    ),
    id: nonEmpty.optional()
  }),
  external_exports.strictObject({
    type: external_exports.literal("max-length"),
    value: positiveInt.describe("Maximum characters."),
    id: nonEmpty.optional()
  }),
  external_exports.strictObject({ type: external_exports.literal("max-words"), value: positiveInt, id: nonEmpty.optional() }),
  external_exports.strictObject({
    type: external_exports.literal("llm-rubric"),
    rubric: nonEmpty.describe("What a good answer does; the judge scores the output against it."),
    threshold: fraction.optional().describe("Minimum judge score in [0,1] to pass (default 0.5)."),
    id: nonEmpty.optional()
  }),
  external_exports.strictObject({
    type: external_exports.literal("rails"),
    validators: external_exports.array(nonEmpty).optional().describe("Rails validator ids to run (default: every enabled one)."),
    id: nonEmpty.optional()
  })
]).describe("A check run on every output of the suite.");
function regexProblem(pattern, flags) {
  try {
    new RegExp(pattern, flags);
    return void 0;
  } catch (error) {
    const shown = `/${pattern}/${flags ?? ""}`;
    const reason = (error instanceof Error ? error.message : String(error)).replace("Invalid regular expression: ", "").replace(`${shown}: `, "");
    return `invalid regex ${shown}: ${reason}; fix the pattern or its flags`;
  }
}
var DEFAULT_RUBRIC_NAME = "rubric";
function toCheckSpec(spec) {
  if (spec.type === "llm-rubric") return { ...spec, name: spec.id ?? DEFAULT_RUBRIC_NAME };
  return spec;
}
var checkOrigins = /* @__PURE__ */ new WeakMap();
function setCheckOrigin(check, origin) {
  checkOrigins.set(check, origin);
}
function checkOrigin(check) {
  return checkOrigins.get(check);
}

// src/checks/deterministic.ts
function render(where, text2, env, matched = true) {
  if (!text2.includes("{{")) return { ok: true, text: text2 };
  const vars = env.vars();
  const rendered = renderTemplate(text2, vars);
  if (!rendered.ok) return { ok: false, outcome: failed(missingVarsReason(where, rendered.missing, vars)) };
  const empty = matched ? emptySubstitutionReason(where, text2, rendered.text) : void 0;
  if (empty) return { ok: false, outcome: failed(empty) };
  return rendered;
}
function renderAll(where, value, env) {
  const list = typeof value === "string" ? [value] : value;
  const values = [];
  for (const item of list) {
    const r = render(where, item, env);
    if (!r.ok) return r;
    values.push(r.text);
  }
  return { ok: true, values };
}
function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return n;
}
function checkEquals(output, spec, env) {
  const r = render("equals value", spec.value, env, false);
  if (!r.ok) return r.outcome;
  const expected = spec.trim ? r.text.trim() : r.text;
  const actual = spec.trim ? output.trim() : output;
  if (actual === expected) return ok(true, `equals ${quote(expected)}`);
  const at2 = firstDifference(actual, expected);
  return ok(
    false,
    `expected ${quote(expected)}, got ${quote(actual)} (first difference at character ${at2 + 1})`
  );
}
function checkContains(output, spec, env) {
  const rendered = renderAll(`${spec.type} value`, spec.value, env);
  if (!rendered.ok) return rendered.outcome;
  const { values } = rendered;
  const fold = spec.type === "icontains";
  const haystack = fold ? output.toLowerCase() : output;
  const found = [];
  const missing = [];
  for (const v of values) (haystack.includes(fold ? v.toLowerCase() : v) ? found : missing).push(v);
  const mode = spec.mode ?? "any";
  const how = fold ? " (ignoring case)" : "";
  if (mode === "all") {
    if (missing.length === 0) return ok(true, `contains all of ${quoteList(values)}${how}`);
    return ok(
      false,
      `missing ${quoteList(missing)}${how} (${found.length} of ${values.length} found) in ${quote(output)}`
    );
  }
  if (found.length > 0) return ok(true, `contains ${quote(found[0] ?? "")}${how}`);
  const what = values.length === 1 ? quote(values[0] ?? "") : `any of ${quoteList(values)}`;
  return ok(false, `missing ${what}${how} in ${quote(output)}`);
}
function checkNotContains(output, spec, env) {
  const rendered = renderAll("not-contains value", spec.value, env);
  if (!rendered.ok) return rendered.outcome;
  const fold = spec.caseSensitive === false;
  const haystack = fold ? output.toLowerCase() : output;
  const how = fold ? " (ignoring case)" : "";
  for (const v of rendered.values) {
    const at2 = haystack.indexOf(fold ? v.toLowerCase() : v);
    if (at2 >= 0) return ok(false, `contains forbidden ${quote(v)}${how} at character ${at2 + 1}`);
  }
  return ok(true, `contains none of ${quoteList(rendered.values)}${how}`);
}
function checkAffix(output, spec, env) {
  const r = render(`${spec.type} value`, spec.value, env);
  if (!r.ok) return r.outcome;
  const value = r.text;
  const start = spec.type === "starts-with";
  const keepSpace = start ? /^\s/.test(value) : /\s$/.test(value);
  const text2 = keepSpace ? output : start ? output.trimStart() : output.trimEnd();
  const fold = spec.caseSensitive === false;
  const a = fold ? text2.toLowerCase() : text2;
  const b = fold ? value.toLowerCase() : value;
  const pass = start ? a.startsWith(b) : a.endsWith(b);
  const how = fold ? " (ignoring case)" : "";
  const verb = start ? "starts" : "ends";
  if (pass) return ok(true, `${verb} with ${quote(value)}${how}`);
  const span = Math.max(value.length, 1) + 10;
  const actual = start ? text2.slice(0, span) : text2.slice(Math.max(0, text2.length - span));
  return ok(
    false,
    `expected to ${start ? "start" : "end"} with ${quote(value)}${how}, ${verb} with ${quote(actual)}`
  );
}
var REGEX_RENDER_CACHE_MAX = 256;
var plainRegex = /* @__PURE__ */ new WeakMap();
var renderedRegex = /* @__PURE__ */ new WeakMap();
function compileRegex(pattern, flags) {
  const problem = regexProblem(pattern, flags);
  return problem ? { ok: false, error: problem } : { ok: true, re: new RegExp(pattern, flags) };
}
function regexFor(spec, env) {
  if (!spec.pattern.includes("{{")) {
    let compiled3 = plainRegex.get(spec);
    if (!compiled3) {
      compiled3 = compileRegex(spec.pattern, spec.flags);
      plainRegex.set(spec, compiled3);
    }
    return compiled3;
  }
  const vars = env.vars();
  const rendered = renderTemplate(spec.pattern, vars, escapeRegExp);
  if (!rendered.ok)
    return { ok: false, outcome: failed(missingVarsReason("regex pattern", rendered.missing, vars)) };
  const empty = emptySubstitutionReason("regex pattern", spec.pattern, rendered.text);
  if (empty) return { ok: false, outcome: failed(empty) };
  let perSpec = renderedRegex.get(spec);
  if (!perSpec) {
    perSpec = /* @__PURE__ */ new Map();
    renderedRegex.set(spec, perSpec);
  }
  let compiled2 = perSpec.get(rendered.text);
  if (!compiled2) {
    if (perSpec.size >= REGEX_RENDER_CACHE_MAX) perSpec.clear();
    compiled2 = compileRegex(rendered.text, spec.flags);
    perSpec.set(rendered.text, compiled2);
  }
  return compiled2;
}
function checkRegex(output, spec, env) {
  const compiled2 = regexFor(spec, env);
  if ("outcome" in compiled2) return compiled2.outcome;
  const shown = `/${spec.pattern}/${spec.flags ?? ""}`;
  if (!compiled2.ok) return failed(compiled2.error);
  const { re } = compiled2;
  re.lastIndex = 0;
  const match = re.exec(output);
  if (match) return ok(true, `matches ${quote(shown)}: ${quote(match[0])} at character ${match.index + 1}`);
  return ok(false, `no match for ${quote(shown)} in ${quote(output)}`);
}
function jsonKind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function checkIsJson(output) {
  const parsed = parseJsonOutput(output);
  const fence = parsed.fenced ? " inside a ```json fence" : "";
  if (parsed.ok) return ok(true, `valid JSON ${jsonKind(parsed.value)}${fence}`);
  return ok(false, `invalid JSON${fence} at ${describeJsonError(parsed.error)}`);
}
function promptSchema(format) {
  return format?.type === "json_schema" ? format.schema : void 0;
}
function schemaSource(spec, env) {
  if (spec.schema && spec.schemaFile) {
    return { ok: false, outcome: failed(BOTH_SCHEMAS_REASON) };
  }
  if (spec.schema) return { ok: true, schema: spec.schema, from: "inline schema" };
  if (spec.schemaFile) {
    const from = `schemaFile ${quote(spec.schemaFile)}`;
    const preloaded = env.ctx.schemas?.get(spec.schemaFile);
    if (preloaded) return { ok: true, schema: preloaded, from };
    const loaded = env.schemaFiles?.get(spec.schemaFile);
    if (loaded?.ok) return { ok: true, schema: loaded.schema, from };
    if (loaded) return { ok: false, outcome: failed(loaded.error) };
    return {
      ok: false,
      outcome: failed(`${from} was not loaded: give the context a file reader or preloaded schemas`)
    };
  }
  const own = promptSchema(env.ctx.prompt.responseFormat);
  if (own) return { ok: true, schema: own, from: "the prompt's responseFormat schema" };
  return { ok: false, outcome: failed(noSchemaReason(env.ctx.prompt.file)) };
}
var BOTH_SCHEMAS_REASON = "json-schema sets both schema and schemaFile; keep one";
function noSchemaReason(promptFile) {
  return `json-schema has no schema: set schema or schemaFile, or give ${quote(promptFile)} a responseFormat of type json_schema`;
}
function checkJsonSchema(output, spec, env) {
  const source = schemaSource(spec, env);
  if (!source.ok) return source.outcome;
  const compiled2 = compileSchema(source.schema);
  if (!compiled2.ok) return failed(`${source.from}: ${compiled2.error}`);
  const parsed = parseJsonOutput(output);
  if (!parsed.ok) return ok(false, `invalid JSON at ${describeJsonError(parsed.error)}`);
  const { validate } = compiled2;
  if (validate(parsed.value)) return ok(true, `matches ${source.from}`);
  const errors = validate.errors ?? [];
  const n = errors.length;
  return ok(
    false,
    `${n} schema violation${n === 1 ? "" : "s"} (${source.from}): ${describeViolations(errors)}`
  );
}
function checkMaxLength(output, spec) {
  const n = countCodePoints(output);
  return ok(n <= spec.value, `${n} characters, limit ${spec.value}`);
}
function checkMaxWords(output, spec) {
  const n = countWords(output);
  return ok(n <= spec.value, `${n} words, limit ${spec.value}`);
}
function checkGhString(output, spec, env) {
  const r = render(`string evaluator ${quote(spec.name)}`, spec.value, env, spec.op !== "equals");
  if (!r.ok) return r.outcome;
  const value = r.text;
  const text2 = output.trim();
  if (spec.op === "equals") {
    if (text2 === value) return ok(true, `equals ${quote(value)}`);
    return ok(false, `expected ${quote(value)}, got ${quote(text2)}`);
  }
  const a = text2.toLowerCase();
  const b = value.toLowerCase();
  const pass = spec.op === "contains" ? a.includes(b) : spec.op === "startsWith" ? a.startsWith(b) : a.endsWith(b);
  const verb = { contains: "contains", startsWith: "starts with", endsWith: "ends with" }[spec.op];
  if (pass) return ok(true, `${verb} ${quote(value)} (ignoring case)`);
  return ok(false, `expected output that ${verb} ${quote(value)} (ignoring case), got ${quote(text2)}`);
}

// src/checks/rails.ts
var SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 };
var RAILS_SPAN_MAX_CHARS = 24;
function summariseViolations(violations) {
  const byValidator = /* @__PURE__ */ new Map();
  for (const v of violations) {
    const entry = byValidator.get(v.validator);
    if (!entry) byValidator.set(v.validator, { count: 1, worst: v.severity });
    else {
      entry.count++;
      if (SEVERITY_RANK[v.severity] > SEVERITY_RANK[entry.worst]) entry.worst = v.severity;
    }
  }
  return [...byValidator].map(([id, e]) => `${id} \xD7${e.count} (${e.worst})`).join(", ");
}
function checkRails(output, spec, ctx) {
  if (!ctx.rails) return unsupported("no safety rails in the context: the runner did not configure src/rails");
  const min = ctx.railsMinSeverity ?? ctx.rails.failOn ?? "low";
  let all;
  try {
    all = ctx.rails.validate(output, {
      input: caseInput(ctx),
      ...ctx.expectedLanguage !== void 0 ? { expectedLanguage: ctx.expectedLanguage } : {},
      ...spec.validators !== void 0 ? { validators: spec.validators } : {}
    }).violations;
  } catch (error) {
    return failed(`rails failed: ${errorMessage(error)}`);
  }
  const counted = all.filter((v) => SEVERITY_RANK[v.severity] >= SEVERITY_RANK[min]);
  const below = all.length - counted.length;
  const belowNote = below > 0 ? `; ${below} below ${min} ignored` : "";
  if (counted.length === 0) return { ...ok(true, `no violations${belowNote}`), violations: [] };
  const first = counted[0];
  const span = quote(first.text, RAILS_SPAN_MAX_CHARS);
  const n = counted.length;
  return {
    ...ok(
      false,
      `${n} violation${n === 1 ? "" : "s"}: ${summariseViolations(counted)}; first at ${first.span.start + 1}\u2013${first.span.end}: ${span}${belowNote}`
    ),
    violations: counted
  };
}

// src/checks/names.ts
var CHECK_NAME_VALUE_MAX_CHARS = 40;
var names = /* @__PURE__ */ new WeakMap();
function valueText(value, mode) {
  if (typeof value === "string") return quote(value, CHECK_NAME_VALUE_MAX_CHARS);
  if (value.length === 1) return quote(value[0] ?? "", CHECK_NAME_VALUE_MAX_CHARS);
  return `${mode === "all" ? "all" : "any"} of ${quoteList(value, CHECK_NAME_VALUE_MAX_CHARS)}`;
}
function derive(spec) {
  switch (spec.type) {
    case "equals":
    case "starts-with":
    case "ends-with":
      return `${spec.type} ${valueText(spec.value)}`;
    case "contains":
    case "icontains":
      return `${spec.type} ${valueText(spec.value, spec.mode)}`;
    case "not-contains":
      return `${spec.type} ${valueText(spec.value, "any")}`;
    case "regex": {
      const shown = `/${spec.pattern}/${spec.flags ?? ""}`;
      return `regex ${shown.length > CHECK_NAME_VALUE_MAX_CHARS ? quote(shown, CHECK_NAME_VALUE_MAX_CHARS) : shown}`;
    }
    case "is-json":
      return "is-json";
    case "json-schema":
      return spec.schemaFile ? `json-schema ${spec.schemaFile}` : "json-schema";
    case "max-length":
    case "max-words":
      return `${spec.type} ${spec.value}`;
    case "gh-string":
      return spec.name;
    case "llm-rubric":
      return spec.name || `llm-rubric ${quote(spec.rubric ?? "", CHECK_NAME_VALUE_MAX_CHARS)}`;
    case "gh-builtin":
      return spec.name || spec.uses;
    case "rails":
      return spec.validators?.length ? `rails (${spec.validators.join(", ")})` : "rails";
  }
}
function checkName(spec) {
  if (spec.id) return spec.id;
  let name = names.get(spec);
  if (name === void 0) {
    name = derive(spec) ?? String(spec.type);
    names.set(spec, name);
  }
  return name;
}
function checkIds(specs) {
  const taken = /* @__PURE__ */ new Set();
  for (const spec of specs) if (spec.id) taken.add(spec.id);
  return specs.map((spec) => {
    if (spec.id) return spec.id;
    const name = checkName(spec);
    let id = name;
    for (let k = 2; taken.has(id); k++) id = `${name} (${k})`;
    taken.add(id);
    return id;
  });
}

// src/checks/run.ts
function isModelGraded(spec) {
  return spec.type === "llm-rubric" || spec.type === "gh-builtin";
}
function makeEnv(ctx, schemaFiles) {
  let vars;
  return {
    ctx,
    vars: () => vars ??= caseVars(ctx),
    ...schemaFiles ? { schemaFiles } : {}
  };
}
function evaluate(output, spec, env) {
  switch (spec.type) {
    case "equals":
      return checkEquals(output, spec, env);
    case "contains":
    case "icontains":
      return checkContains(output, spec, env);
    case "not-contains":
      return checkNotContains(output, spec, env);
    case "starts-with":
    case "ends-with":
      return checkAffix(output, spec, env);
    case "regex":
      return checkRegex(output, spec, env);
    case "is-json":
      return checkIsJson(output);
    case "json-schema":
      return checkJsonSchema(output, spec, env);
    case "max-length":
      return checkMaxLength(output, spec);
    case "max-words":
      return checkMaxWords(output, spec);
    case "gh-string":
      return checkGhString(output, spec, env);
    case "rails":
      return checkRails(output, spec, env.ctx);
    case "llm-rubric":
    case "gh-builtin":
      return planModelGraded(output, spec, env.ctx);
    default:
      return unknownType(spec);
  }
}
function unknownType(spec) {
  const type = spec.type;
  return failed(`unknown check type ${JSON.stringify(type)}`);
}
function evaluateSafely(output, spec, env) {
  try {
    return evaluate(output, spec, env);
  } catch (error) {
    return failed(`check crashed: ${errorMessage(error)}`);
  }
}
function toResult(spec, id, outcome) {
  return { id, type: spec.type, ...outcome };
}
async function loadSchemaFiles(specs, ctx) {
  const { files } = ctx;
  if (!files) return void 0;
  const paths = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    if (spec.type === "json-schema" && spec.schemaFile && !spec.schema && !ctx.schemas?.has(spec.schemaFile)) {
      paths.add(spec.schemaFile);
    }
  }
  if (paths.size === 0) return void 0;
  const loaded = await Promise.all([...paths].map(async (p) => [p, await loadSchemaFile(files, p)]));
  return new Map(loaded);
}
async function runChecks(output, specs, ctx) {
  const env = makeEnv(ctx, await loadSchemaFiles(specs, ctx));
  const evaluated = specs.map((spec) => evaluateSafely(output, spec, env));
  const outcomes = await Promise.all(evaluated.map((e) => isPlan(e) ? runPlan(e) : e));
  const ids = checkIds(specs);
  return outcomes.map((outcome, index) => toResult(specs[index], ids[index], outcome));
}

// src/checks/aggregate.ts
function aggregateSample(checks) {
  let decided = 0;
  let errors = 0;
  let unsupported2 = 0;
  let allPassed = true;
  let scoreSum = 0;
  for (const c of checks) {
    if (c.status === "ok") {
      decided++;
      scoreSum += c.score;
      if (!c.pass) allPassed = false;
    } else if (c.status === "error") errors++;
    else unsupported2++;
  }
  const result = {
    pass: decided > 0 && errors === 0 && allPassed,
    score: decided > 0 ? scoreSum / decided : 0,
    decided,
    errors,
    unsupported: unsupported2
  };
  if (errors > 0) result.flag = "check-error";
  else if (checks.length === 0) result.flag = "no-checks";
  else if (decided === 0) result.flag = "only-unsupported";
  return result;
}
function unsupportedChecks(results) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of results) if (r.status === "unsupported" && !seen.has(r.id)) seen.set(r.id, r.reason);
  return [...seen].map(([id, reason]) => ({ id, reason }));
}

// src/checks/preflight.ts
async function checkProblems(spec, context) {
  if (isModelGraded(spec)) return context.hasJudge ? [] : [NO_JUDGE_REASON];
  if (spec.type !== "json-schema") return [];
  if (spec.schema && spec.schemaFile) return [BOTH_SCHEMAS_REASON];
  if (spec.schemaFile) {
    const loaded = await loadSchemaFile(context.files, spec.schemaFile);
    if (!loaded.ok) return [loaded.error];
    const compiled3 = compileSchema(loaded.schema);
    return compiled3.ok ? [] : [`schemaFile ${quote(spec.schemaFile)}: ${compiled3.error}`];
  }
  const schema = spec.schema ?? promptSchema(context.prompt.responseFormat);
  if (!schema) return [noSchemaReason(context.prompt.file)];
  const compiled2 = compileSchema(schema);
  return compiled2.ok ? [] : [compiled2.error];
}
function templatedFields(spec) {
  const list = (where, value) => (typeof value === "string" ? [value] : value).map((text2) => ({ where, text: text2 }));
  switch (spec.type) {
    case "equals":
      return list("equals value", spec.value);
    case "contains":
    case "icontains":
    case "starts-with":
    case "ends-with":
      return list(`${spec.type} value`, spec.value);
    case "not-contains":
      return list("not-contains value", spec.value);
    case "gh-string":
      return list(`string evaluator ${quote(spec.name)}`, spec.value);
    case "regex":
      return list("regex pattern", spec.pattern);
    case "llm-rubric": {
      const judged = ["input", "output", "completion"];
      const fields = spec.rubric !== void 0 ? list("rubric", spec.rubric) : [];
      if (spec.llm) {
        fields.push({ where: `evaluator ${quote(spec.name)} prompt`, text: spec.llm.prompt, extra: judged });
        if (spec.llm.systemPrompt !== void 0)
          fields.push({
            where: `evaluator ${quote(spec.name)} systemPrompt`,
            text: spec.llm.systemPrompt,
            extra: judged
          });
      }
      return fields;
    }
    default:
      return [];
  }
}
function caseCheckProblem(spec, vars) {
  for (const field of templatedFields(spec)) {
    if (!field.text.includes("{{")) continue;
    const known = field.extra ? new Map([...field.extra.map((k) => [k, ""]), ...vars]) : vars;
    const rendered = renderTemplate(field.text, known, spec.type === "regex" ? escapeRegExp : void 0);
    if (!rendered.ok) return missingVarsReason(field.where, rendered.missing, known);
    if (spec.type === "regex") {
      const problem = regexProblem(rendered.text, spec.flags);
      if (problem) return problem;
    }
  }
  return void 0;
}
function checkVariables(spec) {
  return templatedFields(spec).flatMap((field) => placeholderNames(field.text));
}

// src/datasets/case.ts
import { createHash } from "node:crypto";
var CASE_ID_HASH_CHARS = 12;
var CASE_ID_MAX_CHARS = 128;
function canonicalJson(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
}
function contentCaseId(vars, expected) {
  const body = canonicalJson({ vars, expected: expected ?? null });
  return createHash("sha256").update(body).digest("hex").slice(0, CASE_ID_HASH_CHARS);
}
function toVarValue(value, depth = 0) {
  if (depth > 64) return void 0;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (Array.isArray(value)) {
    const out = [];
    for (const item of value) {
      const converted = toVarValue(item, depth + 1);
      if (converted === void 0) return void 0;
      out.push(converted);
    }
    return out;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = [];
    for (const [key, item] of Object.entries(value)) {
      const converted = toVarValue(item, depth + 1);
      if (converted === void 0) return void 0;
      entries.push([key, converted]);
    }
    return Object.fromEntries(entries);
  }
  return void 0;
}
function expectedText(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function idProblem(id) {
  if (typeof id === "number" && Number.isInteger(id)) return void 0;
  if (typeof id !== "string") return `id must be a string, found ${typeof id}`;
  if (id.trim() === "") return "id is empty; remove it to get a content-hash id, or give a name";
  if (id.length > CASE_ID_MAX_CHARS) return `id is longer than ${CASE_ID_MAX_CHARS} characters`;
  if (/[\u0000-\u001f\u007f]/.test(id)) return "id contains control characters";
  return void 0;
}
function toTestCase(parts) {
  const testCase = {
    id: parts.id ?? contentCaseId(parts.vars, parts.expected),
    vars: parts.vars,
    checks: parts.checks ?? [],
    source: parts.source
  };
  if (parts.expected !== void 0) testCase.expected = parts.expected;
  if (parts.tags) testCase.tags = parts.tags;
  return testCase;
}
function plainVars(raw, onInvalid) {
  const entries = [];
  for (const [key, value] of Object.entries(raw)) {
    const converted = toVarValue(value);
    if (converted === void 0) onInvalid(key);
    else entries.push([key, converted]);
  }
  return Object.fromEntries(entries);
}

// src/prompts/gh-models.ts
var TOP_LEVEL_KEYS = [
  "name",
  "description",
  "model",
  "modelParameters",
  "messages",
  "responseFormat",
  "jsonSchema",
  "testData",
  "evaluators"
];
var PARAMETER_KEYS = ["temperature", "topP", "maxTokens"];
var ROLES = ["system", "user", "assistant"];
var STRING_OPS = ["equals", "contains", "startsWith", "endsWith"];
var EVALUATOR_KINDS = ["string", "llm", "uses"];
var DEFAULT_SCHEMA_NAME = "response";
var Collector = class {
  constructor(source, options) {
    this.source = source;
    this.options = options;
  }
  source;
  options;
  errors = [];
  issue(path, message, atKey = false) {
    const { line, column } = positionAt(this.source, path, { atKey });
    return { file: this.source.file, line, column, path: formatPath(path), message };
  }
  error(path, message, atKey = false) {
    this.errors.push(this.issue(path, message, atKey));
  }
  warn(path, message) {
    this.options.onWarning?.(this.issue(path, message, true));
  }
  unknownKeys(value, path, known, what, nested) {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const suggestion = closest(key, known);
      const nestedSuggestion = nested ? closest(key, nested.keys) : void 0;
      const hint = suggestion ? `did you mean ${suggestion}?` : nestedSuggestion && nested ? `did you mean ${nested.parent}.${nestedSuggestion}?` : `known keys: ${known.join(", ")}`;
      this.warn([...path, key], `unknown ${what} key "${key}" is ignored, as GitHub Models did; ${hint}`);
    }
  }
};
function describe(value) {
  return value === null ? "nothing" : kindOf(value);
}
function text(c, value, path, what) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  c.error(path, `${what} must be text, found ${describe(value)}`);
  return void 0;
}
function parseGhModelsPrompt(file, source, options = {}) {
  const yaml = parseYaml(file, source);
  if (yaml.errors.length > 0) throw new PromptError(yaml.errors);
  const c = new Collector(yaml, options);
  let root;
  try {
    root = yamlToJs(yaml);
  } catch (error) {
    throw new PromptError([c.issue([], String(error))]);
  }
  if (!isRecord(root)) {
    throw new PromptError([
      c.issue([], `a prompt file must be a mapping with messages:, found ${describe(root)}`)
    ]);
  }
  c.unknownKeys(root, [], TOP_LEVEL_KEYS, "prompt", { parent: "modelParameters", keys: PARAMETER_KEYS });
  const optionalText = (key) => root[key] === void 0 || root[key] === null ? void 0 : text(c, root[key], [key], key);
  const prompt = {
    file,
    format: "gh-models",
    modelParameters: parseModelParameters(c, root.modelParameters),
    messages: parseMessages(c, root.messages),
    testData: parseTestData(c, root.testData),
    checks: parseEvaluators(c, root.evaluators)
  };
  const name = optionalText("name");
  const description = optionalText("description");
  const model = optionalText("model");
  if (name !== void 0) prompt.name = name;
  if (description !== void 0) prompt.description = description;
  if (model !== void 0) prompt.model = model;
  const responseFormat = parseResponseFormat(c, root);
  if (responseFormat) prompt.responseFormat = responseFormat;
  if (c.errors.length > 0) throw new PromptError(c.errors);
  return prompt;
}
function parseModelParameters(c, value) {
  const params = {};
  if (value === void 0 || value === null) return params;
  if (!isRecord(value)) {
    c.error(["modelParameters"], `modelParameters must be a mapping, found ${describe(value)}`);
    return params;
  }
  c.unknownKeys(value, ["modelParameters"], PARAMETER_KEYS, "modelParameters");
  const number = (key, min, max, integer = false) => {
    const v = value[key];
    if (v === void 0 || v === null) return;
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || integer && !Number.isInteger(v)) {
      const kind = integer ? "an integer" : "a number";
      c.error(
        ["modelParameters", key],
        `${key} must be ${kind} from ${min} to ${max}, found ${JSON.stringify(v)}`
      );
      return;
    }
    params[key] = v;
  };
  number("temperature", 0, 2);
  number("topP", 0, 1);
  number("maxTokens", 1, Number.MAX_SAFE_INTEGER, true);
  return params;
}
function parseMessages(c, value) {
  if (!Array.isArray(value) || value.length === 0) {
    c.error(value === void 0 ? [] : ["messages"], "messages must be a non-empty list of {role, content}");
    return [];
  }
  const messages = [];
  value.forEach((item, i) => {
    const path = ["messages", i];
    if (!isRecord(item)) {
      c.error(path, `each message must be a mapping with role and content, found ${describe(item)}`);
      return;
    }
    c.unknownKeys(item, path, ["role", "content"], "message");
    const role = item.role;
    if (typeof role !== "string" || !ROLES.includes(role)) {
      const suggestion = typeof role === "string" ? closest(role, ROLES) : void 0;
      const hint = suggestion ? `; did you mean ${suggestion}?` : "";
      c.error(
        [...path, "role"],
        `role must be one of ${ROLES.join(", ")}, found ${JSON.stringify(role) ?? "nothing"}${hint}`
      );
    }
    const content = item.content === void 0 ? void 0 : text(c, item.content, [...path, "content"], "content");
    if (item.content === void 0) c.error(path, "message has no content");
    if (content !== void 0 && ROLES.includes(role)) messages.push({ role, content });
  });
  return messages;
}
function parseResponseFormat(c, root) {
  const raw = root.responseFormat;
  if (raw === void 0 || raw === null) return void 0;
  const type = isRecord(raw) ? raw.type : raw;
  if (type === "text" || type === "json_object") return { type };
  if (type !== "json_schema") {
    c.error(
      ["responseFormat"],
      `responseFormat must be text, json_object or json_schema, found ${JSON.stringify(type) ?? "nothing"}`
    );
    return void 0;
  }
  const given = root.jsonSchema ?? (isRecord(raw) ? raw.jsonSchema ?? raw.json_schema : void 0);
  if (given === void 0 || given === null) {
    c.error(
      ["responseFormat"],
      "responseFormat json_schema needs a jsonSchema: the schema as YAML or as a JSON string"
    );
    return void 0;
  }
  let schemaDoc = given;
  if (typeof given === "string") {
    try {
      schemaDoc = JSON.parse(given);
    } catch (error) {
      c.error(["jsonSchema"], `jsonSchema is not valid JSON: ${errorMessage(error)}`);
      return void 0;
    }
  }
  if (!isRecord(schemaDoc)) {
    c.error(["jsonSchema"], `jsonSchema must be a JSON object, found ${describe(schemaDoc)}`);
    return void 0;
  }
  const wrapped = isRecord(schemaDoc.schema);
  const schema = wrapped ? schemaDoc.schema : schemaDoc;
  const name = wrapped && typeof schemaDoc.name === "string" && schemaDoc.name !== "" ? schemaDoc.name : DEFAULT_SCHEMA_NAME;
  const format = { type: "json_schema", name, schema };
  if (wrapped && typeof schemaDoc.strict === "boolean") format.strict = schemaDoc.strict;
  return format;
}
function parseTestData(c, value) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    c.error(["testData"], `testData must be a list of mappings, found ${describe(value)}`);
    return [];
  }
  const testData = c.source.doc.get("testData", true);
  const nodes = (0, import_yaml5.isSeq)(testData) ? testData.items : [];
  const cases = [];
  value.forEach((row, i) => {
    const path = ["testData", i];
    if (!isRecord(row)) {
      c.error(path, `each testData row must be a mapping of variables, found ${describe(row)}`);
      return;
    }
    const { expected: plainExpected, ...vars } = plainVars(
      row,
      (key) => c.error([...path, key], `${key} holds a value that is not plain data`)
    );
    const expected = plainExpected === void 0 || plainExpected === null ? void 0 : expectedText(plainExpected);
    const position = nodePosition(c.source, (0, import_yaml5.isMap)(nodes[i]) ? nodes[i] : void 0) ?? positionAt(c.source, path);
    cases.push(
      toTestCase({
        vars,
        expected,
        source: { file: c.source.file, line: position.line, column: position.column }
      })
    );
  });
  return cases;
}
function parseEvaluators(c, value) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    c.error(["evaluators"], `evaluators must be a list, found ${describe(value)}`);
    return [];
  }
  const checks = [];
  const origins = [];
  value.forEach((item, i) => {
    const path = ["evaluators", i];
    if (!isRecord(item)) {
      c.error(path, `each evaluator must be a mapping with name and one of ${EVALUATOR_KINDS.join(", ")}`);
      return;
    }
    let name = `evaluators[${i}]`;
    if (item.name === void 0 || item.name === null)
      c.warn(path, `evaluator has no name; reported as ${name}`);
    else name = text(c, item.name, [...path, "name"], "name") ?? name;
    const kinds = EVALUATOR_KINDS.filter((k) => item[k] !== void 0);
    const others = Object.keys(item).filter((k) => k !== "name" && !EVALUATOR_KINDS.includes(k));
    if (kinds.length === 0) {
      const shown = others.length > 0 ? `unknown evaluator kind ${others.map((k) => `"${k}"`).join(", ")}` : "evaluator has no kind";
      c.error(
        others.length > 0 ? [...path, others[0] ?? ""] : path,
        `${shown} in evaluator "${name}"; use string, llm or uses: github/<builtin>`,
        others.length > 0
      );
      return;
    }
    if (kinds.length > 1) {
      c.error(
        path,
        `evaluator "${name}" has several kinds (${kinds.join(", ")}); give each its own evaluator`
      );
      return;
    }
    for (const key of others) c.warn([...path, key], `unknown evaluator key "${key}" is ignored`);
    const kind = kinds[0];
    if (kind === "string") checks.push(...parseStringEvaluator(c, item.string, [...path, "string"], name));
    else if (kind === "llm") {
      const spec = parseLlmEvaluator(c, item.llm, [...path, "llm"], name);
      if (spec) checks.push(spec);
    } else {
      const uses = item.uses;
      if (typeof uses === "string" && GH_BUILTINS.includes(uses)) {
        checks.push({ type: "gh-builtin", name, uses });
      } else c.error([...path, "uses"], unknownBuiltin(uses, name));
    }
    const { file, line, column } = c.issue(path, "");
    while (origins.length < checks.length) origins.push({ file, line, column, path: formatPath(path) });
  });
  const named = withEvaluatorIds(checks);
  named.forEach((check, i) => {
    const origin = origins[i];
    if (origin) setCheckOrigin(check, origin);
  });
  return named;
}
function withEvaluatorIds(checks) {
  const counts = /* @__PURE__ */ new Map();
  for (const check of checks)
    if ("name" in check && check.name) counts.set(check.name, (counts.get(check.name) ?? 0) + 1);
  const used = /* @__PURE__ */ new Set();
  return checks.map((check) => {
    if (!("name" in check) || !check.name || check.id) return check;
    let id = check.name;
    if ((counts.get(check.name) ?? 0) > 1)
      id = check.type === "gh-string" ? `${check.name}.${check.op}` : check.name;
    for (let k = 2; used.has(id); k++) id = `${check.name} (${k})`;
    used.add(id);
    return { ...check, id };
  });
}
function unknownBuiltin(uses, evaluator) {
  const found = typeof uses === "string" ? `"${uses}"` : describe(uses);
  let suggestion;
  if (typeof uses === "string") {
    const bare = uses.slice(uses.indexOf("/") + 1);
    const names2 = GH_BUILTINS.map((b) => b.slice("github/".length));
    const near = closest(bare, names2);
    suggestion = closest(uses, GH_BUILTINS) ?? (near === void 0 ? void 0 : `github/${near}`);
  }
  const hint = suggestion ? `; did you mean ${suggestion}?` : "";
  return `uses in evaluator "${evaluator}" must be one of GitHub's built-in evaluators ${GH_BUILTINS.join(", ")}, found ${found}${hint}`;
}
function parseStringEvaluator(c, value, path, name) {
  if (!isRecord(value)) {
    c.error(path, `string evaluator "${name}" must be a mapping with one of ${STRING_OPS.join(", ")}`);
    return [];
  }
  const specs = [];
  for (const key of Object.keys(value)) {
    const op = STRING_OPS.find((o) => o === key);
    if (!op) {
      const suggestion = closest(key, STRING_OPS);
      const hint = suggestion ? `did you mean ${suggestion}?` : `use one of ${STRING_OPS.join(", ")}`;
      c.error(
        [...path, key],
        `unknown string evaluator operation "${key}" in evaluator "${name}"; ${hint}`,
        true
      );
      continue;
    }
    const operand = text(c, value[key], [...path, key], `${key} value`);
    if (operand !== void 0) specs.push({ type: "gh-string", name, op, value: operand });
  }
  if (specs.length === 0 && Object.keys(value).length === 0) {
    c.error(path, `string evaluator "${name}" needs one of ${STRING_OPS.join(", ")}`);
  }
  return specs;
}
function parseLlmEvaluator(c, value, path, name) {
  if (!isRecord(value)) {
    c.error(path, `llm evaluator "${name}" must be a mapping with prompt and choices`);
    return void 0;
  }
  c.unknownKeys(value, path, ["modelId", "systemPrompt", "prompt", "choices"], "llm evaluator");
  const errorsBefore = c.errors.length;
  const prompt = value.prompt === void 0 ? void 0 : text(c, value.prompt, [...path, "prompt"], "prompt");
  if (value.prompt === void 0) c.error(path, `llm evaluator "${name}" has no prompt`);
  const choices = [];
  if (!Array.isArray(value.choices) || value.choices.length === 0) {
    c.error(
      value.choices === void 0 ? path : [...path, "choices"],
      `llm evaluator "${name}" needs choices: a list of {choice, score}`
    );
  } else {
    value.choices.forEach((item, i) => {
      const choicePath = [...path, "choices", i];
      if (!isRecord(item)) {
        c.error(choicePath, `each choice must be a mapping {choice, score}, found ${describe(item)}`);
        return;
      }
      const choice = text(c, item.choice, [...choicePath, "choice"], "choice");
      const score = item.score;
      if (typeof score !== "number" || !Number.isFinite(score)) {
        c.error(
          [...choicePath, "score"],
          `score must be a number, found ${JSON.stringify(score) ?? "nothing"}`
        );
        return;
      }
      if (choice !== void 0) choices.push({ choice, score });
    });
  }
  const optional = (key) => value[key] === void 0 || value[key] === null ? void 0 : text(c, value[key], [...path, key], key);
  const modelId = optional("modelId");
  const systemPrompt = optional("systemPrompt");
  if (c.errors.length > errorsBefore || prompt === void 0) return void 0;
  const llm = { prompt, choices };
  if (modelId !== void 0) llm.modelId = modelId;
  if (systemPrompt !== void 0) llm.systemPrompt = systemPrompt;
  return { type: "llm-rubric", name, llm };
}

// src/prompts/load.ts
function templatePrompt(file, text2, role = "user", system) {
  const messages = [];
  if (system !== void 0) messages.push({ role: "system", content: system });
  messages.push({ role, content: text2 });
  return { file, format: "template", modelParameters: {}, messages, testData: [], checks: [] };
}
async function loadPrompt(suite, files, options = {}) {
  const text2 = await readRequired(files, suite.prompt, "prompt file", options.promptReference);
  if (isGhModelsPromptPath(suite.prompt)) return parseGhModelsPrompt(suite.prompt, text2, options);
  const system = suite.system === void 0 ? void 0 : await readRequired(files, suite.system, "system template", options.systemReference);
  return templatePrompt(suite.prompt, text2, suite.role, system);
}

// src/config/paths.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2, resolve } from "node:path";
function resolveConfigPath(root, path, key, configFile) {
  const { full, outside } = resolveInside(root, path);
  if (outside) {
    throw new SourceError(`Unsafe path in ${configFile}`, [
      {
        file: configFile,
        path: key,
        message: `"${path}" points outside the repository (or through a symlink out of it); use a path inside it, e.g. .promptgate/${key.split(".").pop() ?? "out"}`
      }
    ]);
  }
  return full;
}
function configuredOutputPaths(root, config, configFile) {
  const run = config.run;
  return {
    report: resolveConfigPath(root, run?.reportPath ?? DEFAULT_REPORT_PATH, "run.reportPath", configFile),
    log: resolveConfigPath(root, run?.logPath ?? DEFAULT_LOG_PATH, "run.logPath", configFile),
    cache: resolveConfigPath(root, run?.cacheDir ?? DEFAULT_CACHE_DIR, "run.cacheDir", configFile)
  };
}
var OUTPUT_GITIGNORE = "# Written by PromptGate: reports, call logs and the response cache are run outputs, not sources.\n*\n";
async function ignoreOutputFolder(root, paths) {
  const folder = resolve(root, DEFAULT_OUTPUT_DIR);
  if (![paths.report, paths.log, paths.cache].some((path) => isInside(folder, path))) return;
  await mkdir(folder, { recursive: true });
  await writeFile(join2(folder, ".gitignore"), OUTPUT_GITIGNORE, { flag: "wx" }).catch((error) => {
    if (error.code !== "EEXIST") throw error;
  });
}

// src/config/load.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/config/chaos-schema.ts
var FAULT_KINDS = [
  "rate-limit",
  "insufficient-quota",
  "server-error",
  "unavailable",
  "overloaded",
  "unauthorized",
  "context-length",
  "connection-reset",
  "hang",
  "slow-first-byte",
  "stream-stall",
  "stream-break",
  "malformed-json",
  "empty-completion",
  "truncated"
];
var faultSchema = external_exports.strictObject({
  kind: external_exports.enum(FAULT_KINDS).describe(
    "rate-limit (429 + retry-after), insufficient-quota, server-error (500), unavailable (503), overloaded (529), unauthorized (401), context-length (400), connection-reset, hang, slow-first-byte, stream-stall and stream-break (after the 200), malformed-json, empty-completion, truncated (finish reason length)."
  ),
  rate: external_exports.number().min(0).max(1).optional().describe("Share of model requests that get this fault (default 1: all)."),
  retryAfterS: external_exports.number().min(0).optional().describe("rate-limit: the retry-after header, seconds (default 1)."),
  delayMs: external_exports.number().int().min(0).optional().describe("slow-first-byte: silence before the answer, ms (default 2000)."),
  times: external_exports.number().int().positive().optional().describe("Only the first this many requests get the fault (a blip).")
});
var chaosScenarioSchema = external_exports.strictObject({
  name: external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, dot, dash and underscore").describe("Row name in the fault \xD7 outcome matrix."),
  faults: external_exports.array(faultSchema).describe(
    "Faults, alone or mixed by rate (rates add up to at most 1). Empty: a control run with no fault."
  ),
  seed: external_exports.number().int().optional().describe("Seed of the fault draw (default: chaos.seed).")
});
var chaosSchema = external_exports.strictObject({
  wire: external_exports.enum(["openai", "anthropic"]).describe("The model API the feature calls: the proxy speaks its wire format (streaming included)."),
  port: external_exports.number().int().min(1).max(65535).describe(
    "Loopback port of the proxy. Start the feature with its base-URL variable pointing here: OPENAI_BASE_URL=http://127.0.0.1:<port>/v1 or ANTHROPIC_BASE_URL=http://127.0.0.1:<port>."
  ),
  upstream: external_exports.string().min(1).describe(
    "Provider (under providers:) the proxy answers from: a replay cassette offline, or a real provider."
  ),
  scenarios: external_exports.array(chaosScenarioSchema).min(1),
  unavailablePattern: external_exports.string().min(1).superRefine((pattern, ctx) => {
    const problem = regexProblem(pattern, "i");
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }).optional().describe(`Regular expression (case-insensitive) of the feature's "temporarily unavailable" message.`),
  timeoutMs: external_exports.number().int().positive().optional().describe(
    "How long the gate waits for each feature answer; a later answer counts as timed out (default: thresholds.maxP95LatencyMs, else run.timeoutMs)."
  ),
  seed: external_exports.number().int().optional().describe("Seed of the fault draws (default 13): the same faults hit the same calls on every run.")
}).describe(
  "Chaos suite: each scenario runs the cases through the feature while the proxy injects faults into its model calls; every answer must be a real answer, a fallback or the unavailable message, in time."
);

// src/config/schema.ts
var fraction2 = external_exports.number().min(0).max(1);
var positiveInt2 = external_exports.number().int().positive();
var nonEmpty2 = external_exports.string().min(1);
var modelParametersSchema = external_exports.strictObject({
  temperature: external_exports.number().min(0).max(2).optional(),
  topP: external_exports.number().min(0).max(1).optional(),
  maxTokens: positiveInt2.optional()
});
var thresholdsSchema = external_exports.strictObject({
  minPassRate: fraction2.optional().describe("Absolute floor for the head pass rate (0..1). Below it the suite fails."),
  maxPassRateDrop: fraction2.optional().describe(
    "Tolerated drop of the pass rate vs base (0..1) before a significant drop counts as a regression."
  ),
  confidence: external_exports.number().min(0.5).max(0.999).optional().describe("Confidence level of intervals and tests (default 0.95)."),
  minCases: positiveInt2.optional().describe("Fewer evaluated cases than this makes the verdict inconclusive."),
  maxP50LatencyMs: external_exports.number().positive().optional(),
  maxP95LatencyMs: external_exports.number().positive().optional().describe("Hard p95 latency budget per call, ms."),
  maxP99LatencyMs: external_exports.number().positive().optional(),
  maxP95TtftMs: external_exports.number().positive().optional().describe("p95 time to first token budget (streamed calls), ms."),
  maxOutputTokens: positiveInt2.optional().describe("Maximum output tokens of any single call."),
  maxCostPerCall: external_exports.number().positive().optional().describe("Maximum mean cost per call, USD."),
  maxP95LatencyIncrease: external_exports.number().positive().optional().describe(
    "Regression limit vs base: p95 latency may rise by at most this fraction (0.2 = 20%) with significance."
  ),
  maxSafetyViolations: external_exports.number().int().min(0).optional().describe("Maximum head outputs with a rails violation (default: no new ones vs base).")
});
var samplingSchema = external_exports.strictObject({
  repeats: positiveInt2.max(50).optional().describe("Samples per case and prompt version (default 1)."),
  adaptive: external_exports.boolean().optional().describe(
    "Spend extra samples on flipped or uncertain cases until the verdict is decided (default true)."
  ),
  maxExtraCalls: external_exports.number().int().min(0).optional().describe(
    "Extra model calls adaptive sampling may spend per suite (default: 40 per case; 0 with a replay provider)."
  ),
  maxExtraCost: external_exports.number().min(0).optional().describe(
    "US dollars adaptive sampling may spend per suite on extra calls, when the model price is known (default 0.50)."
  )
});
var providerBase = {
  timeoutMs: positiveInt2.optional().describe("Per-call timeout, ms (default: run.timeoutMs)."),
  maxRetries: external_exports.number().int().min(0).max(10).optional().describe("Retries on 429, 5xx and network errors (default 3)."),
  headers: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("Extra HTTP headers sent on every call."),
  stream: external_exports.boolean().optional().describe("Stream responses to measure time to first token (default false)."),
  circuitBreaker: external_exports.strictObject({
    consecutiveFailures: positiveInt2.max(1e3).optional().describe(
      "Failed attempts in a row (5xx, 529, network errors, timeouts, malformed responses) that open the circuit (default 5). A rejected key or an exhausted quota opens it at once."
    ),
    cooldownMs: positiveInt2.optional().describe(
      "How long an open circuit refuses calls before one probe call is let through (default 30000)."
    )
  }).optional().describe(
    'Stops sending calls to a provider that is down: once open, the remaining calls fail at once as "provider unavailable".'
  )
};
var MAX_LONG_DOCUMENT_CHARS = 2e5;
var MAX_OVER_CONTEXT_CHARS = 2e6;
var robustnessGatesSchema = external_exports.strictObject({
  maxAttackSuccessRate: fraction2.optional().describe(
    "Attack categories: head share of variants where the attack succeeded; clearly above it fails."
  ),
  minGracefulRate: fraction2.optional().describe(
    "Head share of graceful answers (useful, or a clear refusal/clarifying question); clearly below it fails."
  ),
  minConsistency: fraction2.optional().describe(
    "Benign perturbations: head share of variants whose checks give the same outcome as their clean parent."
  ),
  maxOverRefusal: fraction2.optional().describe("Clean cases and benign perturbations: head share of refusals; clearly above it fails."),
  maxWorsening: fraction2.optional().describe(
    "Regression vs base: a rate may worsen by at most this much (default 0.1) before a significant change (exact McNemar) is a regression."
  ),
  minVariants: positiveInt2.optional().describe("Fewer judged variants than this in a category makes its verdict inconclusive (default 5).")
});
var robustnessSchema = external_exports.strictObject({
  enabled: external_exports.boolean().optional().describe(
    "false turns robustness off (e.g. for one suite when defaults.robustness is set); default true."
  ),
  inputs: external_exports.array(nonEmpty2).min(1).optional().describe(
    "Case variables holding the user's input, perturbed by every generator (default: every string variable)."
  ),
  categories: external_exports.array(external_exports.enum(ROBUSTNESS_CATEGORIES)).min(1).optional().describe(
    `Categories to run: ${ROBUSTNESS_CATEGORIES.join(", ")} (default all but the opt-in lookalike: ${DEFAULT_CATEGORIES.join(", ")}).`
  ),
  variantsPerCategory: positiveInt2.max(20).optional().describe("Variants generated per case and category (default 2)."),
  maxCases: positiveInt2.optional().describe(
    "Cases variants are derived from in pull requests, sampled deterministically with the seed (default 5)."
  ),
  allCasesOnDefaultBranch: external_exports.boolean().optional().describe(
    "Derive from every case (still capped by maxVariants) on runs that are not pull requests (default true)."
  ),
  maxVariants: positiveInt2.max(1e5).optional().describe("Hard cap on variants per suite; the count is logged before the run (default 300)."),
  seed: external_exports.number().int().min(0).optional().describe("Seed of sampling and generators (default 1)."),
  longDocumentChars: positiveInt2.max(MAX_LONG_DOCUMENT_CHARS).optional().describe(
    `Size of the pasted document around the input, characters (default 8000, at most ${MAX_LONG_DOCUMENT_CHARS}).`
  ),
  overContextChars: positiveInt2.max(MAX_OVER_CONTEXT_CHARS).optional().describe(
    "Adds one long variant of this many characters, meant to exceed the model's context: a provider error is the graceful path (default: none)."
  ),
  competitors: external_exports.array(nonEmpty2).optional().describe(
    "Domain attacks: competitor names the model is pushed to recommend; naming one counts as a success."
  ),
  offTopic: external_exports.array(nonEmpty2).optional().describe(
    "Domain attacks: off-topic requests the model is pushed to follow (default: a few built-in ones)."
  ),
  lookalikeTopics: external_exports.array(external_exports.enum(LOOKALIKE_TOPICS)).min(1).optional().describe(
    `lookalike category: topics of the benign look-alike corpus to draw from (default all): ${LOOKALIKE_TOPICS.join(", ")}.`
  ),
  canary: external_exports.boolean().optional().describe(
    "Plant a unique token in the system prompt of base and head (it changes the prompt under test, equally on both sides); printing it counts as a leak (default false)."
  ),
  leakNgram: positiveInt2.min(3).max(20).optional().describe("Word n-gram size of the system-prompt leak detector (default 6)."),
  leakThreshold: fraction2.optional().describe("Share of the system prompt's n-grams an answer must repeat to count as a leak (default 0.3)."),
  consistencyKeys: external_exports.array(nonEmpty2).optional().describe(
    "JSON answers: top-level keys whose values must equal the parent case answer for a benign variant to be consistent."
  ),
  judge: external_exports.boolean().optional().describe(
    "Ask the top-level `judge:` model (graceful, refusal or garbage) about the variant answers the deterministic detectors read as plainly useful; its calls are cached, logged and capped by maxJudgeCalls (default false)."
  ),
  maxJudgeCalls: positiveInt2.max(1e5).optional().describe(
    "Most model-judge calls per suite, both sides together; answers past it keep the deterministic judgement, and the cut is said (default 200)."
  ),
  gates: robustnessGatesSchema.optional().describe("Gates for every category."),
  perCategory: external_exports.partialRecord(external_exports.enum(ROBUSTNESS_CATEGORIES), robustnessGatesSchema).optional().describe("Gates per category, overriding `gates` key by key.")
});
var providerSchema = external_exports.discriminatedUnion("type", [
  external_exports.strictObject({
    type: external_exports.literal("openai"),
    baseUrl: external_exports.url().optional().describe("Default https://api.openai.com/v1"),
    apiKeyEnv: nonEmpty2.optional().describe("Environment variable holding the key (default OPENAI_API_KEY)."),
    ...providerBase
  }),
  external_exports.strictObject({
    type: external_exports.literal("openai-compatible"),
    baseUrl: external_exports.url().describe("Base URL ending before /chat/completions, e.g. http://localhost:11434/v1 (Ollama)."),
    apiKeyEnv: nonEmpty2.optional().describe("Environment variable holding the key; omit for servers without auth."),
    ...providerBase
  }),
  external_exports.strictObject({
    type: external_exports.literal("azure-openai"),
    baseUrl: external_exports.url().describe("Resource endpoint, e.g. https://my-resource.openai.azure.com"),
    apiKeyEnv: nonEmpty2.optional().describe("Default AZURE_OPENAI_API_KEY."),
    apiVersion: nonEmpty2.optional().describe("Default 2024-10-21."),
    ...providerBase
  }),
  external_exports.strictObject({
    type: external_exports.literal("anthropic"),
    baseUrl: external_exports.url().optional().describe("Default https://api.anthropic.com"),
    apiKeyEnv: nonEmpty2.optional().describe("Default ANTHROPIC_API_KEY."),
    anthropicVersion: nonEmpty2.optional().describe("anthropic-version header (default 2023-06-01)."),
    ...providerBase
  }),
  external_exports.strictObject({
    type: external_exports.literal("http"),
    url: external_exports.url().describe("The team's own feature endpoint, as its users call it (the head version)."),
    baseVersionUrl: external_exports.url().optional().describe(
      "Where the base version of the feature runs (e.g. a second port started from the base commit); default: url."
    ),
    method: external_exports.enum(["POST", "GET"]).optional().describe("POST a JSON body (default) or GET with the variables as query."),
    body: external_exports.unknown().optional().describe(
      "JSON request template; {{var}} in any string is replaced by the case variable (a string that is one placeholder keeps the value type). Default: the variables as an object."
    ),
    headers: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("Fixed request headers."),
    headersFromEnv: external_exports.record(external_exports.string(), nonEmpty2).optional().describe(
      "Headers whose value comes from an environment variable (masked in logs), e.g. {authorization: FEATURE_TOKEN}."
    ),
    outputPath: nonEmpty2.optional().describe(
      "Dot path of the answer in the JSON response, e.g. answer or data.text (default: the whole body)."
    ),
    sourcePath: nonEmpty2.optional().describe(
      "Dot path of a field naming what produced the answer (e.g. source: model | cache | rules | unavailable); chaos suites count non-model sources as fallbacks."
    ),
    stream: external_exports.boolean().optional().describe(
      "The feature answers with Server-Sent Events: their data is joined, time to first byte is recorded as TTFT."
    ),
    timeoutMs: positiveInt2.optional().describe("Per-call timeout, ms (default: run.timeoutMs).")
  }),
  external_exports.strictObject({
    type: external_exports.literal("exec"),
    command: external_exports.array(nonEmpty2).min(1).describe(
      "The command and its arguments, run without a shell once per case, e.g. [node, scripts/answer.mjs]. Variables arrive as JSON on stdin and as PROMPTGATE_VAR_<NAME>; the answer is stdout. Never runs under pull_request_target."
    ),
    cwd: nonEmpty2.optional().describe("Working directory of the head version, repo-relative (default: the repository root)."),
    baseVersionCwd: nonEmpty2.optional().describe("Working directory of the base version, e.g. a worktree of the base commit (default: cwd)."),
    env: external_exports.record(external_exports.string(), external_exports.string()).optional().describe(
      "Environment for the command (only PATH, HOME and temp-dir variables are passed from the runner)."
    ),
    outputPath: nonEmpty2.optional().describe("Dot path of the answer when stdout is JSON (default: all of stdout)."),
    sourcePath: nonEmpty2.optional().describe("Dot path of the field naming what produced the answer, as for http."),
    timeoutMs: positiveInt2.optional().describe("The process is killed after this, ms (default: run.timeoutMs).")
  }),
  external_exports.strictObject({
    type: external_exports.literal("replay"),
    cassette: nonEmpty2.describe(
      "Repo-relative path of a cassette (JSONL) written by `promptgate run --record`."
    ),
    onMiss: external_exports.enum(["error", "passthrough"]).optional().describe("A call not in the cassette is an error (default).")
  })
]);
var modelRouteSchema = external_exports.strictObject({
  provider: nonEmpty2.describe("Name of a provider under `providers`."),
  model: nonEmpty2.optional().describe(
    "Model name the provider expects (Azure: the deployment name). Default: the id without its publisher/ prefix."
  )
});
var suiteSchema = external_exports.strictObject({
  id: external_exports.string().regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    "letters, digits, dot, dash and underscore, starting with a letter or digit"
  ).describe("Stable suite id used in reports and the PR comment."),
  prompt: nonEmpty2.describe(
    "Repo-relative path: a GitHub Models .prompt.yml/.prompt.yaml, or a text/markdown template with {{var}}."
  ),
  role: external_exports.enum(["system", "user"]).optional().describe("Template files only: the role of the template message (default user)."),
  system: nonEmpty2.optional().describe("Template files only: repo-relative path of a system message template."),
  model: nonEmpty2.optional().describe("Model id; overrides the prompt file. Required for templates unless defaults.model is set."),
  modelParameters: modelParametersSchema.optional(),
  datasets: external_exports.array(nonEmpty2).optional().describe("Repo-relative dataset files (.jsonl, .json, .yaml/.yml, .csv)."),
  checks: external_exports.array(checkSpecSchema).optional(),
  thresholds: thresholdsSchema.optional(),
  sampling: samplingSchema.optional(),
  robustness: robustnessSchema.optional().describe(
    "Robustness variants of this suite (`{}` for the defaults), over defaults.robustness key by key."
  ),
  files: external_exports.array(nonEmpty2).optional().describe("Extra files or globs whose change makes this suite affected (schemas, shared partials)."),
  chaos: chaosSchema.optional()
});
var runSchema = external_exports.strictObject({
  concurrency: positiveInt2.max(1e3).optional().describe("Model calls in flight at once (default 8)."),
  timeoutMs: positiveInt2.optional().describe("Per-call timeout, ms (default 60000)."),
  deadlineMs: positiveInt2.optional().describe(
    "Whole-run deadline, ms: calls in flight are aborted when it passes, calls not started are not sent; the report is still written and lists what was not run."
  ),
  cacheDir: nonEmpty2.optional().describe("Response cache directory (default .promptgate/cache)."),
  cache: external_exports.boolean().optional().describe("Use the response cache (default true)."),
  reportPath: nonEmpty2.optional().describe("Where the JSON report is written (default .promptgate/report.json)."),
  logPath: nonEmpty2.optional().describe("JSONL log of every model call (default .promptgate/calls.jsonl).")
});
var gateSchema = external_exports.strictObject({
  onMissingSecret: external_exports.enum(["fail", "skip"]).optional().describe(
    "When a provider key is absent (fork PRs): fail the check (default) or skip with verdict skipped."
  ),
  acceptLabel: nonEmpty2.optional().describe(
    "PR label with which a maintainer accepts a known regression (default promptgate:accept-regression)."
  ),
  onProviderOutage: external_exports.enum(["fail", "inconclusive", "skip"]).optional().describe(
    "When a suite's provider is unavailable (circuit open, key rejected, no quota, every call failed): inconclusive (default: an outage is no evidence about the PR, and never a pass), fail the check, or skip the suite."
  ),
  failOnInconclusive: external_exports.boolean().optional().describe(
    "Fail the check when the verdict is inconclusive (default false: neutral, never a silent pass)."
  ),
  configFrom: external_exports.enum(["pr", "base"]).optional().describe(
    "Where gate settings (thresholds, checks, rails, budgets, sampling, judge\u2026) come from on pull_request: pr (default: the PR's, with the verdict also computed under the base branch's settings, which decide when the two disagree unless the accept label is set) or base (the base branch's only). Read from the base branch's config; pull_request_target always uses base."
  )
});
var judgeModelSchema = {
  model: nonEmpty2.describe("Judge model id, pinned, e.g. openai/gpt-4o-2024-08-06."),
  provider: nonEmpty2.optional().describe("Provider name; default: the route of the model id.")
};
var judgeSchema = external_exports.strictObject({
  ...judgeModelSchema,
  temperature: external_exports.number().min(0).max(2).optional(),
  fallback: external_exports.strictObject(judgeModelSchema).optional().describe(
    "A second judge used when a judge call fails (outage, rate limit, circuit open), so graded checks still decide. Its grades are marked in the call log."
  )
});
var priceSchema = external_exports.strictObject({
  inputPerMillion: external_exports.number().min(0).describe("USD per million input tokens."),
  outputPerMillion: external_exports.number().min(0).describe("USD per million output tokens.")
});
var configSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  version: external_exports.literal(1).describe("Config format version."),
  id: external_exports.string().regex(/^[A-Za-z0-9._-]+$/).optional().describe("Config id; one sticky comment per PR and id (monorepos running several gates)."),
  providers: external_exports.record(nonEmpty2, providerSchema).describe("Model providers by name."),
  defaults: external_exports.strictObject({
    provider: nonEmpty2.optional().describe("Provider for model ids with no route in `models`."),
    model: nonEmpty2.optional().describe("Model for suites and prompts that name none."),
    modelParameters: modelParametersSchema.optional(),
    thresholds: thresholdsSchema.optional(),
    sampling: samplingSchema.optional(),
    robustness: robustnessSchema.optional().describe("Robustness settings of every suite; a suite block overrides them key by key."),
    checks: external_exports.array(checkSpecSchema).optional().describe("Checks added to every suite.")
  }).optional(),
  models: external_exports.record(nonEmpty2, modelRouteSchema).optional().describe(
    "Routes from model ids (e.g. GitHub Models `openai/gpt-4o-mini`) to a provider and its model name."
  ),
  suites: external_exports.array(suiteSchema).min(1).describe("Prompt suites to evaluate."),
  run: runSchema.optional(),
  gate: gateSchema.optional(),
  judge: judgeSchema.optional(),
  prices: external_exports.record(nonEmpty2, priceSchema).optional().describe("Price overrides per provider model name."),
  rails: railsConfigSchema.optional(),
  observe: observeConfigSchema.optional()
}).describe("PromptGate repo config (.github/promptgate.yml).");

// src/core/zod-walk.ts
function defOf(schema) {
  return schema._zod.def;
}
function resolve2(schema, data, depth = 0) {
  if (depth > 20) return [];
  const def = defOf(schema);
  const inner = def.innerType ?? def.in ?? def.getter?.();
  if (inner && def.type !== "object") return resolve2(inner, data, depth + 1);
  if (def.type === "union" && def.options) {
    const options = def.options.flatMap((o) => resolve2(o, data, depth + 1));
    const disc = def.discriminator;
    if (disc && isRecord(data)) {
      const matching = options.filter((o) => {
        const field = defOf(o).shape?.[disc];
        return field !== void 0 && safeParses(field, data[disc]);
      });
      if (matching.length > 0) return matching;
    }
    return options;
  }
  return [schema];
}
function safeParses(schema, value) {
  return schema.safeParse(value).success;
}
function step(schema, segment) {
  const def = defOf(schema);
  if (def.type === "object") return def.shape?.[String(segment)];
  if (def.type === "array") return def.element;
  if (def.type === "record") return def.valueType;
  return void 0;
}
function keysAt(root, path, data) {
  let schemas = resolve2(root, data);
  let value = data;
  for (const segment of path) {
    value = isRecord(value) || Array.isArray(value) ? value[segment] : void 0;
    const next = [];
    for (const s of schemas) {
      const child2 = step(s, segment);
      if (child2) next.push(...resolve2(child2, value));
    }
    schemas = next;
  }
  const keys = /* @__PURE__ */ new Set();
  for (const s of schemas) {
    const shape = defOf(s).shape;
    if (defOf(s).type === "object" && shape) for (const key of Object.keys(shape)) keys.add(key);
  }
  return [...keys];
}

// src/core/zod-issues.ts
var MAX_LISTED_KEYS = 12;
var MAX_QUOTED_CHARS = 40;
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > MAX_QUOTED_CHARS ? `${value.slice(0, MAX_QUOTED_CHARS)}\u2026` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "object") return kindOf(value);
  return `${typeof value} ${String(value)}`;
}
function typeName(type) {
  if (type === "object" || type === "record") return "a mapping";
  if (type === "array") return "a list";
  return type;
}
function listKeys(keys) {
  const shown = keys.slice(0, MAX_LISTED_KEYS).join(", ");
  return keys.length > MAX_LISTED_KEYS ? `${shown}, \u2026` : shown;
}
function valueAt(data, path) {
  let value = data;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return void 0;
    value = value[segment];
  }
  return value;
}
function didYouMean(found, options) {
  if (typeof found !== "string") return "";
  const suggestion = closest(
    found,
    options.filter((o) => typeof o === "string")
  );
  return suggestion ? `; did you mean "${suggestion}"?` : "";
}
function mapZodIssues(schema, data, issues, locate, prefix = []) {
  const out = issues.flatMap((issue) => mapOne(schema, data, issue));
  return out.map((i) => {
    const path = [...prefix, ...i.path];
    return {
      ...locate(path, i.atKey),
      path: formatPath(path),
      message: i.message,
      expected: i.expected,
      found: i.found
    };
  });
}
function mapOne(schema, data, issue) {
  const path = issue.path.filter((s) => typeof s !== "symbol");
  const value = valueAt(data, path);
  const found = describeValue(value);
  const last = String(path[path.length - 1] ?? "");
  const at2 = (message, expected) => [
    { path, atKey: false, message, expected, found }
  ];
  switch (issue.code) {
    case "unrecognized_keys": {
      const valid = keysAt(schema, path, data);
      return issue.keys.map((key) => {
        const suggestion = closest(key, valid);
        const hint = suggestion ? `did you mean ${suggestion}?` : valid.length > 0 ? `valid keys here: ${listKeys(valid)}` : "remove it";
        return {
          path: [...path, key],
          atKey: true,
          message: `unknown key "${key}"; ${hint}`,
          expected: `one of: ${listKeys(valid)}`,
          found: JSON.stringify(key)
        };
      });
    }
    case "invalid_type": {
      const expected = typeName(issue.expected);
      if (value === void 0) return at2(`missing required key "${last}" (${expected})`, expected);
      return at2(`expected ${expected}, found ${found}`, expected);
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v));
      const expected = values.length === 1 ? values[0] ?? "" : `one of ${values.join(", ")}`;
      return at2(`expected ${expected}, found ${found}${didYouMean(value, issue.values)}`, expected);
    }
    case "invalid_union": {
      const detail = issue;
      if (Array.isArray(detail.options) && detail.note === "No matching discriminator") {
        const expected = `one of ${detail.options.map((o) => JSON.stringify(o)).join(", ")}`;
        const what = value === void 0 ? `missing required key "${last}"` : `unknown ${last} ${found}`;
        return at2(`${what}: expected ${expected}${didYouMean(value, detail.options)}`, expected);
      }
      return at2(`${issue.message}, found ${found}`, "one of the allowed forms");
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = String(small ? issue.minimum : issue.maximum);
      const op = small ? issue.inclusive ? ">=" : ">" : issue.inclusive ? "<=" : "<";
      const amount = small ? "at least" : "at most";
      const expected = issue.origin === "array" || issue.origin === "set" ? `${amount} ${bound} item(s)` : issue.origin === "string" ? `${amount} ${bound} character(s)` : `a number ${op} ${bound}`;
      return at2(`expected ${expected}, found ${found}`, expected);
    }
    default:
      return at2(`${issue.message}, found ${found}`, issue.message);
  }
}

// src/config/load.ts
var MAX_CONFIG_CHARS = 1024 * 1024;
function loadConfig(file, text2) {
  if (text2.length > MAX_CONFIG_CHARS) {
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        path: "",
        message: `the config is ${text2.length} characters, over the ${MAX_CONFIG_CHARS}-character limit; a config is a few kilobytes: move cases into datasets and prompts into prompt files`,
        expected: `at most ${MAX_CONFIG_CHARS} characters`,
        found: `${text2.length} characters`
      }
    ]);
  }
  const source = parseYaml(file, text2);
  if (source.errors.length > 0) {
    throw new ConfigError(
      source.errors.map((e) => ({
        ...e,
        line: e.line ?? 1,
        column: e.column ?? 1,
        expected: "valid YAML",
        found: "a syntax error"
      }))
    );
  }
  let data;
  try {
    data = yamlToJs(source);
  } catch (error) {
    throw new ConfigError([
      issueAt(source, [], String(error), "YAML without excessive aliases", "too many aliases")
    ]);
  }
  if (data === null || data === void 0) {
    throw new ConfigError([
      issueAt(
        source,
        [],
        "the config is empty; start it with `version: 1`, `providers:` and `suites:`",
        "a mapping",
        "an empty document"
      )
    ]);
  }
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const locate = (path, atKey) => ({ file, ...positionAt(source, path, { atKey }) });
    throw new ConfigError(sortIssues(mapZodIssues(configSchema, data, parsed.error.issues, locate)));
  }
  const crossIssues = crossReferenceIssues(source, parsed.data);
  if (crossIssues.length > 0) throw new ConfigError(sortIssues(crossIssues));
  configSources.set(parsed.data, source);
  return parsed.data;
}
var configSources = /* @__PURE__ */ new WeakMap();
function configLocation(config, path, options = {}) {
  const source = configSources.get(config);
  if (!source) return void 0;
  return { file: source.file, ...positionAt(source, path, options), path: formatPath(path) };
}
function configFileOf(config) {
  return configSources.get(config)?.file;
}
function sortIssues(issues) {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
var diskReader = {
  async readText(path) {
    try {
      return decodeTextFile(path, await readFile2(path));
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") return void 0;
      throw error;
    }
  }
};
async function readConfigFile(path, reader = diskReader) {
  const text2 = await readDecoded(() => reader.readText(path));
  if (text2 === void 0) {
    const message = `no config file at ${path}. Create it (a minimal one needs \`version: 1\`, \`providers:\` and \`suites:\`), or point PromptGate at another file with the action's \`config\` input or the CLI's --config option (default ${DEFAULT_CONFIG_PATH}, relative to the repository root)`;
    throw new MissingFileError(path, reader.label ?? "the working directory", message);
  }
  return loadConfig(path, text2);
}
function issueAt(source, path, message, expected, found, atKey = false) {
  const { line, column } = positionAt(source, path, { atKey });
  return { file: source.file, line, column, path: formatPath(path), message, expected, found };
}
function crossReferenceIssues(source, config) {
  const issues = [];
  const firstIndex = /* @__PURE__ */ new Map();
  config.suites.forEach((suite, index) => {
    const first = firstIndex.get(suite.id);
    if (first === void 0) {
      firstIndex.set(suite.id, index);
      return;
    }
    const firstLine = positionAt(source, ["suites", first, "id"]).line;
    issues.push(
      issueAt(
        source,
        ["suites", index, "id"],
        `duplicate suite id "${suite.id}" (first used by suites[${first}] at line ${firstLine}); suite ids must be unique`,
        "a unique suite id",
        JSON.stringify(suite.id)
      )
    );
  });
  const providers = Object.keys(config.providers);
  const checkProvider = (name, path) => {
    if (name === void 0 || Object.hasOwn(config.providers, name)) return;
    const suggestion = closest(name, providers);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `defined providers: ${providers.join(", ") || "none"}`;
    issues.push(
      issueAt(
        source,
        path,
        `provider "${name}" is not defined under providers; ${hint}`,
        `one of ${providers.map((p) => JSON.stringify(p)).join(", ")}`,
        JSON.stringify(name)
      )
    );
  };
  checkProvider(config.defaults?.provider, ["defaults", "provider"]);
  const robustnessJudges = [
    ...config.defaults?.robustness?.judge === true ? [["defaults", "robustness", "judge"]] : [],
    ...config.suites.flatMap(
      (suite, index) => suite.robustness?.judge === true ? [["suites", index, "robustness", "judge"]] : []
    )
  ];
  if (!config.judge) {
    for (const path of robustnessJudges) {
      issues.push(
        issueAt(
          source,
          path,
          "robustness.judge is true but no judge model is configured; add a top-level `judge: { model: \u2026 }`",
          "a top-level judge",
          "no judge"
        )
      );
    }
  }
  checkProvider(config.judge?.provider, ["judge", "provider"]);
  for (const [model, route] of Object.entries(config.models ?? {}))
    checkProvider(route.provider, ["models", model, "provider"]);
  config.suites.forEach((suite, index) => {
    if (isGhModelsPromptPath(suite.prompt) || suite.model !== void 0 || config.defaults?.model !== void 0)
      return;
    issues.push(
      issueAt(
        source,
        ["suites", index, "prompt"],
        `suite "${suite.id}" uses a text template (${suite.prompt}), which names no model; set suites[${index}].model or defaults.model`,
        "a model for the template",
        "no model"
      )
    );
  });
  return issues;
}

// src/providers/routing.ts
var PUBLISHER_TYPES = {
  openai: ["openai", "azure-openai"],
  anthropic: ["anthropic"]
};
var RoutingError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RoutingError";
  }
};
function pinnedJudgeProblem(config, judge, key) {
  if (!judge.provider || config.providers[judge.provider] !== void 0) return void 0;
  return `${key}.provider is "${judge.provider}", which is not under providers: use one of ${Object.keys(config.providers).join(", ")}.`;
}
function providerModelName(modelId) {
  const slash = modelId.indexOf("/");
  return slash === -1 ? modelId : modelId.slice(slash + 1);
}
function routeModel(modelId, config, context = {}) {
  const isReplay = (name) => config.providers[name]?.type === "replay";
  const usable = (name) => config.providers[name] !== void 0 && !(context.excludeReplay && isReplay(name));
  const route = (provider, rule, model = providerModelName(modelId)) => ({
    modelId,
    provider,
    model,
    rule
  });
  const scope = { modelId, config, context, isReplay, usable, route };
  const explicit = explicitRoute(scope);
  if (explicit) return explicit;
  const defaultProvider = knownDefault(config);
  const defaultUsable = defaultProvider !== void 0 && usable(defaultProvider);
  const withDefault = {
    ...scope,
    ...defaultProvider !== void 0 ? { defaultProvider } : {},
    defaultUsable,
    replayDefaultSkipped: defaultProvider !== void 0 && !defaultUsable
  };
  return replayDefaultRoute(withDefault) ?? publisherRoute(withDefault) ?? fallbackRoute(withDefault);
}
function explicitRoute({
  modelId,
  config,
  usable,
  route
}) {
  const explicit = config.models?.[modelId];
  if (!explicit) return void 0;
  if (config.providers[explicit.provider] === void 0) {
    throw new RoutingError(
      `models."${modelId}".provider is "${explicit.provider}", which is not under providers: use one of ${listNames(Object.keys(config.providers))}.`
    );
  }
  return usable(explicit.provider) ? route(explicit.provider, "models", explicit.model) : void 0;
}
function knownDefault(config) {
  const defaultProvider = config.defaults?.provider;
  if (defaultProvider !== void 0 && config.providers[defaultProvider] === void 0) {
    throw new RoutingError(
      `defaults.provider is "${defaultProvider}", which is not under providers: use one of ${listNames(Object.keys(config.providers))}.`
    );
  }
  return defaultProvider;
}
function replayDefaultRoute({
  defaultProvider,
  defaultUsable,
  isReplay,
  route
}) {
  return defaultUsable && defaultProvider !== void 0 && isReplay(defaultProvider) ? route(defaultProvider, "replay-default") : void 0;
}
function publisherRoute(scope) {
  const { modelId, config, usable, route, defaultProvider, defaultUsable } = scope;
  const types = publisherTypes(modelId);
  if (!types) return void 0;
  const matching = Object.keys(config.providers).filter(
    (name) => usable(name) && types.includes(config.providers[name].type)
  );
  if (matching.length === 1) return route(matching[0], "publisher");
  if (matching.length === 0) return void 0;
  if (defaultUsable && defaultProvider !== void 0 && matching.includes(defaultProvider)) {
    return route(defaultProvider, "defaults.provider");
  }
  throw unrouted(
    config,
    modelId,
    scope.context,
    `several providers can serve ${publisherOf(modelId)}/* models (${listNames(matching)}) and ` + (scope.replayDefaultSkipped ? noDefault(defaultProvider) : "none is defaults.provider"),
    matching[0],
    scope.replayDefaultSkipped
  );
}
function publisherOf(modelId) {
  const slash = modelId.indexOf("/");
  return slash === -1 ? void 0 : modelId.slice(0, slash).toLowerCase();
}
function publisherTypes(modelId) {
  const publisher = publisherOf(modelId);
  return publisher === void 0 ? void 0 : PUBLISHER_TYPES[publisher];
}
function fallbackRoute(scope) {
  const { modelId, config, usable, route, defaultProvider, defaultUsable } = scope;
  if (defaultUsable && defaultProvider !== void 0) return route(defaultProvider, "defaults.provider");
  const candidates = Object.keys(config.providers).filter(usable);
  if (candidates.length === 1) return route(candidates[0], "only-provider");
  const types = publisherTypes(modelId);
  const noType = types ? `no provider of type ${types.join(" or ")} is configured, ` : "";
  throw unrouted(
    config,
    modelId,
    scope.context,
    candidates.length === 0 ? defaultProvider === void 0 ? "no provider is configured" : `${noType}${noDefault(defaultProvider)} and no other provider is configured` : `${noType}several providers are configured (${listNames(candidates)}) and ${noDefault(defaultProvider)}`,
    candidates[0],
    scope.replayDefaultSkipped
  );
}
function noDefault(defaultProvider) {
  return defaultProvider === void 0 ? "defaults.provider is not set" : `defaults.provider "${defaultProvider}" is a replay provider, which recording (--record) and onMiss: passthrough skip to find the real provider`;
}
function unrouted(config, modelId, context, why, example, replayDefaultSkipped) {
  const where = context.promptFile ? ` (used by ${context.promptFile})` : "";
  const provider = example ?? "<provider name>";
  const orDefault = replayDefaultSkipped ? "" : "or set defaults.provider to the provider that serves it.";
  return new RoutingError(
    `No provider for model "${modelId}"${where}: ${why}. Add a route to ${configFileOf(config) ?? "the PromptGate config"}:
models:
  "${modelId}":
    provider: ${provider}
    model: ${providerModelName(modelId)}` + (orDefault ? `
${orDefault}` : "")
  );
}
function listNames(names2) {
  return names2.length === 0 ? "(none configured)" : names2.map((name) => `"${name}"`).join(", ");
}

// src/engine/preflight.ts
import { existsSync } from "node:fs";

// src/providers/replay.ts
import { mkdir as mkdir2, readFile as readFile3, rename, writeFile as writeFile2 } from "node:fs/promises";
import { dirname } from "node:path";
var CASSETTE_FORMAT = 1;
var PREVIEW_CHARS = 120;
function cassetteKey(request, repeat = 0) {
  const format = request.responseFormat?.type === "text" ? void 0 : request.responseFormat;
  const { temperature, topP, maxTokens } = request.parameters;
  const canonical = JSON.stringify([
    CASSETTE_FORMAT,
    request.model,
    [temperature ?? null, topP ?? null, maxTokens ?? null],
    format ?? null,
    request.messages.map((message) => [message.role, message.content]),
    repeat
  ]);
  return sha256Hex(canonical);
}
function summarizeRequest(request, repeat) {
  const summary = {
    model: request.model,
    repeat,
    parameters: request.parameters,
    messages: request.messages.length
  };
  if (request.responseFormat && request.responseFormat.type !== "text") {
    summary.responseFormat = request.responseFormat.type;
  }
  const lastUser2 = [...request.messages].reverse().find((message) => message.role === "user");
  if (lastUser2) {
    summary.lastUser = lastUser2.content.length > PREVIEW_CHARS ? `${lastUser2.content.slice(0, PREVIEW_CHARS)}\u2026` : lastUser2.content;
  }
  return summary;
}
function storableResult(result) {
  const stored = {
    text: result.text,
    latencyMs: result.latencyMs,
    httpStatus: result.httpStatus,
    retries: result.retries
  };
  if (result.ttftMs !== void 0) stored.ttftMs = result.ttftMs;
  if (result.modelVersion !== void 0) stored.modelVersion = result.modelVersion;
  if (result.responseId !== void 0) stored.responseId = result.responseId;
  if (result.usage !== void 0) stored.usage = { ...result.usage };
  if (result.finishReason !== void 0) stored.finishReason = result.finishReason;
  return stored;
}
function parseCassette(text2, label) {
  const entries = /* @__PURE__ */ new Map();
  const lines = text2.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === "") continue;
    const where = `${label}:${index + 1}`;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not valid JSON. Re-record the cassette with \`promptgate run --record\`.`);
    }
    if (!isEntry(value)) {
      throw new Error(
        `${where}: not a cassette entry (expected "key", "request" and "result" with text and latencyMs). Re-record the cassette with \`promptgate run --record\`.`
      );
    }
    entries.set(value.key, value);
  }
  return entries;
}
function isEntry(value) {
  return isRecord(value) && typeof value.key === "string" && isRecord(value.request) && isRecord(value.result) && typeof value.result.text === "string" && typeof value.result.latencyMs === "number";
}
function serializeCassette(entries) {
  const sorted = [...entries].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return sorted.map((entry) => `${JSON.stringify(entry)}
`).join("");
}
var nodeCassetteFiles = {
  async read(path) {
    try {
      return await readFile3(path, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return void 0;
      throw error;
    }
  },
  async write(path, text2) {
    await mkdir2(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile2(temporary, text2);
    await rename(temporary, path);
  }
};
var Cassette = class _Cassette {
  constructor(label, path, entries, files) {
    this.label = label;
    this.path = path;
    this.entries = entries;
    this.files = files;
  }
  label;
  path;
  entries;
  files;
  dirty = false;
  /** Keys recorded in this run, with the call in flight: identical requests make one call. */
  recording = /* @__PURE__ */ new Map();
  /** `mustExist`: replaying from a missing file is an error; recording starts a new one. */
  static async load(path, label, options) {
    const files = options.files ?? nodeCassetteFiles;
    const text2 = await files.read(path);
    const cassette = new _Cassette(label, path, parseCassette(text2 ?? "", label), files);
    if (text2 === void 0 && options.mustExist) cassette.missing = missingCassetteMessage(label);
    return cassette;
  }
  /** Why this cassette cannot serve a replay (its file is missing), or undefined. */
  missing;
  get size() {
    return this.entries.size;
  }
  get(key) {
    return this.entries.get(key);
  }
  /** Records through `call` once per key per run; later identical requests share that result. */
  record(key, summary, call) {
    let pending = this.recording.get(key);
    if (!pending) {
      pending = call().then((result) => {
        this.entries.set(key, { key, request: summary, result: storableResult(result) });
        this.dirty = true;
        return result;
      });
      pending.catch(() => this.recording.delete(key));
      this.recording.set(key, pending);
    }
    return pending;
  }
  /** Writes the cassette when anything was recorded; entries of earlier recordings are kept. */
  async flush() {
    if (!this.dirty) return;
    await Promise.allSettled(this.recording.values());
    await this.files.write(this.path, serializeCassette(this.entries.values()));
    this.dirty = false;
  }
};
function missingCassetteMessage(label) {
  return `Cassette ${label} does not exist. Record it with \`promptgate run --record\` (needs the real provider's key), or set onMiss: passthrough on the replay provider.`;
}
function cassetteMustExist(provider, record) {
  return !record && provider.onMiss !== "passthrough";
}
var ReplayProvider = class {
  constructor(name, cassette, options = {}) {
    this.name = name;
    this.cassette = cassette;
    this.options = options;
  }
  name;
  cassette;
  options;
  kind = "replay";
  /** Set when the cassette file is missing: the engine refuses to start a run that replays through it. */
  get unavailable() {
    return this.cassette.missing;
  }
  async complete(request, options = {}) {
    if (this.cassette.missing) throw new ProviderError(this.cassette.missing, void 0, false);
    const repeat = options.repeat ?? 0;
    const entry = this.cassette.get(cassetteKey(request, repeat));
    if (entry) {
      return {
        ...entry.result,
        usage: entry.result.usage && { ...entry.result.usage },
        replayedFrom: "cassette"
      };
    }
    if (this.options.onMiss === "passthrough" && this.options.passthrough) {
      return this.options.passthrough.complete(request, options);
    }
    const passthroughHint = this.options.onMiss === "passthrough" ? " (onMiss is passthrough, but no other provider serves this model)" : `, or set providers.${this.name}.onMiss: passthrough to call the real provider on a miss`;
    throw new ProviderError(
      `${this.name}: no recorded response in ${this.cassette.label} for model "${request.model}" (repeat ${repeat}, ${request.messages.length} messages): the prompt, case, parameters or model changed since recording. Re-record with \`promptgate run --record\`${passthroughHint}.`,
      void 0,
      false
    );
  }
};
var CassetteRecorder = class {
  constructor(inner, cassette, options = {}) {
    this.inner = inner;
    this.cassette = cassette;
    this.name = options.name ?? inner.name;
    this.kind = inner.kind;
  }
  inner;
  cassette;
  name;
  kind;
  /** Set when the cassette file is missing: the engine refuses to start a run that replays through it. */
  get unavailable() {
    return this.cassette.missing;
  }
  async complete(request, options = {}) {
    if (this.cassette.missing) throw new ProviderError(this.cassette.missing, void 0, false);
    const repeat = options.repeat ?? 0;
    const key = cassetteKey(request, repeat);
    const result = await this.cassette.record(
      key,
      summarizeRequest(request, repeat),
      () => this.inner.complete(request, options)
    );
    return { ...result };
  }
  async close() {
    await this.cassette.flush();
  }
};

// src/engine/preflight.ts
var MAX_ISSUES_PER_KIND = 20;
async function preflight(config, suites, configFile, files) {
  const errors = [
    ...uncheckedSuiteIssues(suites, configFile),
    ...railsValidatorIdIssues(config, suites, configFile),
    ...emptySubstitutionIssues(suites),
    ...routingIssues(config, suites, configFile),
    ...await checkIssues(config, suites, configFile, files),
    ...caseCheckIssues(suites),
    ...await customRailsIssues(config, configFile, files)
  ];
  const warnings = [...largeCaseWarnings(suites), ...unusedVariableWarnings(config, suites)];
  return { errors, warnings };
}
function at(config, path, configFile, shown, options = {}) {
  return configLocation(config, path, options) ?? { file: configFile, path: shown };
}
function suiteAt(config, suite, configFile) {
  return suite.configIndex === void 0 ? { file: configFile, path: `suite ${suite.id}` } : at(config, ["suites", suite.configIndex], configFile, `suite ${suite.id}`);
}
function allChecks(suite) {
  return [...suite.checks, ...suite.cases.flatMap((c) => c.checks)];
}
function uncheckedSuiteIssues(suites, configFile) {
  const issues = [];
  for (const suite of suites) {
    if (suite.checks.length > 0) continue;
    const unchecked = suite.cases.filter((c) => c.checks.length === 0);
    if (unchecked.length === 0) continue;
    const names2 = unchecked.slice(0, 5).map((c) => c.id).join(", ");
    issues.push({
      file: configFile,
      path: `suites.${suite.id}.checks`,
      message: `suite "${suite.id}" has ${unchecked.length} case(s) with no check at all (${names2}${unchecked.length > 5 ? ", \u2026" : ""}); add checks: to the suite, defaults.checks, evaluators to the prompt file, or checks to those cases`
    });
  }
  return issues;
}
var RAILS_GROUPS = ["pii", "secret", "custom"];
function railsValidatorIdIssues(config, suites, configFile) {
  const known = /* @__PURE__ */ new Set([
    ...railsValidatorIds,
    ...RAILS_GROUPS,
    ...(config.rails?.custom ?? []).map(customValidatorId)
  ]);
  const issues = [];
  for (const suite of suites) {
    for (const check of allChecks(suite)) {
      if (check.type !== "rails") continue;
      for (const id of check.validators ?? []) {
        if (known.has(id)) continue;
        issues.push({
          ...checkOrigin(check) ?? { file: configFile, path: `suites.${suite.id}.checks.rails.validators` },
          message: `unknown rails validator "${id}"; use a validator id (${railsValidatorIds.join(", ")}), a group (${RAILS_GROUPS.join(", ")}) or a custom validator's id`
        });
      }
    }
  }
  return issues;
}
function emptySubstitutionIssues(suites) {
  return perCase(suites, "with empty check values", (suite, testCase, vars) => {
    for (const check of [...suite.checks, ...testCase.checks]) {
      const reason = emptySubstitution(check, vars);
      if (reason) return reason;
    }
    return void 0;
  });
}
function caseCheckIssues(suites) {
  return perCase(suites, "with check problems", (suite, testCase, vars) => {
    const problems = [];
    for (const check of [...suite.checks, ...testCase.checks]) {
      const problem = caseCheckProblem(check, vars);
      const origin = checkOrigin(check);
      const where = origin?.line === void 0 ? "" : ` (${origin.file}:${origin.line})`;
      if (problem) problems.push(`${checkLabel2(check)}${where}: ${problem}`);
    }
    return problems.length > 0 ? problems.join("; ") : void 0;
  });
}
function checkLabel2(check) {
  return `check "${checkName(check)}"`;
}
function perCase(suites, what, problemOf) {
  const issues = [];
  for (const suite of suites) {
    let more = 0;
    let listed = 0;
    for (const testCase of suite.cases) {
      const reason = problemOf(suite, testCase, varsOfCase(testCase));
      if (!reason) continue;
      if (listed >= MAX_ISSUES_PER_KIND) more++;
      else {
        listed++;
        issues.push({ ...testCase.source, path: `case ${testCase.id}`, message: reason });
      }
    }
    if (more > 0)
      issues.push({
        file: suite.prompt.file,
        path: `suite ${suite.id}`,
        message: `and ${more} more case(s) ${what}`
      });
  }
  return issues;
}
function routingIssues(config, suites, configFile) {
  const issues = [];
  const route = (modelId, where, promptFile) => {
    try {
      routeModel(modelId, config, promptFile ? { promptFile } : {});
    } catch (error) {
      if (!(error instanceof RoutingError)) throw error;
      issues.push({ ...where, message: error.message });
    }
  };
  for (const suite of suites) route(suite.modelId, suiteAt(config, suite, configFile), suite.prompt.file);
  for (const [key, judge] of judges(config)) {
    const where = (field) => at(config, [...key.split("."), field], configFile, `${key}.${field}`);
    const problem = pinnedJudgeProblem(config, judge, key);
    if (problem) issues.push({ ...where("provider"), message: problem });
    else if (!judge.provider) route(judge.model, where("model"));
  }
  return issues;
}
function judges(config) {
  const found = [];
  if (config.judge) found.push(["judge", config.judge]);
  if (config.judge?.fallback) found.push(["judge.fallback", config.judge.fallback]);
  return found;
}
async function checkIssues(config, suites, configFile, files) {
  const issues = [];
  const reported = /* @__PURE__ */ new Set();
  for (const suite of suites) {
    const context = { prompt: suite.prompt, hasJudge: config.judge !== void 0, files };
    const located = [
      ...suite.checks.map(
        (c) => [c, checkOrigin(c) ?? suiteAt(config, suite, configFile)]
      ),
      ...suite.cases.flatMap(
        (testCase) => testCase.checks.map(
          (c, i) => [c, { ...testCase.source, path: `case ${testCase.id} checks[${i}]` }]
        )
      )
    ];
    for (const [check, where] of located) {
      for (const problem of await checkProblems(check, context)) {
        const issue = { ...where, message: `${checkLabel2(check)}: ${problem}` };
        const key = `${issue.file}:${issue.line ?? ""}:${issue.path}:${issue.message}`;
        if (reported.has(key)) continue;
        reported.add(key);
        issues.push(issue);
      }
    }
  }
  return issues;
}
async function customRailsIssues(config, configFile, files) {
  const issues = [];
  for (const [index, entry] of (config.rails?.custom ?? []).entries()) {
    const where = at(
      config,
      ["rails", "custom", index, "module"],
      configFile,
      `rails.custom[${index}].module`
    );
    let path;
    try {
      path = normalizeRepoPath(entry.module);
    } catch (error) {
      if (!(error instanceof UnsafePathError)) throw error;
      issues.push({ ...where, message: error.message });
      continue;
    }
    if (await files.readText(path).catch(() => "") === void 0)
      issues.push({ ...where, message: `module "${entry.module}" does not exist in ${files.label}` });
  }
  return issues;
}
var LARGE_CASE_CHARS = 1e6;
function largeCaseWarnings(suites) {
  const warnings = [];
  for (const suite of suites) {
    for (const testCase of suite.cases) {
      const chars = JSON.stringify(testCase.vars).length;
      if (chars <= LARGE_CASE_CHARS) continue;
      warnings.push({
        ...testCase.source,
        path: `case ${testCase.id}`,
        message: `this case is ${chars.toLocaleString("en-US")} characters long; it is sent to the model in full, but the report and the call log keep the first ${STORED_FIELD_MAX_CHARS.toLocaleString("en-US")} characters of each field`
      });
    }
  }
  return warnings;
}
var VARIABLE_PROVIDERS = /* @__PURE__ */ new Set(["http", "exec"]);
var IMPLICIT_VARIABLES = /* @__PURE__ */ new Set(["expected", "context", "id"]);
function unusedVariableWarnings(config, suites) {
  const warnings = [];
  for (const suite of suites) {
    if (VARIABLE_PROVIDERS.has(providerTypeOf(config, suite.modelId) ?? "")) continue;
    const used = new Set(
      [
        ...templateVariables(suite.prompt),
        ...allChecks(suite).flatMap(checkVariables),
        ...suite.robustness?.inputs ?? []
      ].map((name) => name.split(".")[0])
    );
    const firstCase = /* @__PURE__ */ new Map();
    for (const testCase of suite.cases)
      for (const name of Object.keys(testCase.vars))
        if (!used.has(name) && !IMPLICIT_VARIABLES.has(name) && !firstCase.has(name))
          firstCase.set(name, testCase);
    for (const [name, testCase] of firstCase) {
      warnings.push({
        ...testCase.source,
        path: `case ${testCase.id}`,
        message: `variable "${name}" is not used by any message of ${suite.prompt.file} or any check of suite "${suite.id}", so the model never sees it; use {{${name}}} in the prompt, or fix the placeholder's spelling`
      });
    }
  }
  return warnings;
}
function providerTypeOf(config, modelId) {
  try {
    return config.providers[routeModel(modelId, config).provider]?.type;
  } catch {
    return void 0;
  }
}
function missingKeyIssues(config, missing, configFile) {
  return missing.map((m) => ({
    ...at(config, ["providers", m.provider], configFile, `providers.${m.provider}`, { atKey: true }),
    message: `missing API key: ${m.envVar} is not set (provider ${m.provider}); export the variable, or use a replay provider to run offline`
  }));
}
function missingCassetteIssues(config, suites, configFile, rootDir, record) {
  const issues = [];
  const reported = /* @__PURE__ */ new Set();
  for (const suite of suites) {
    let name;
    try {
      name = routeModel(suite.modelId, config).provider;
    } catch {
      continue;
    }
    const provider = config.providers[name];
    if (provider?.type !== "replay" || reported.has(name) || !cassetteMustExist(provider, record)) continue;
    const { full, outside } = resolveInside(rootDir, provider.cassette);
    if (!outside && existsSync(full)) continue;
    reported.add(name);
    issues.push({
      ...at(config, ["providers", name, "cassette"], configFile, `providers.${name}.cassette`),
      message: outside ? `"${provider.cassette}" points ${outside}; use a path inside it, e.g. .promptgate/cassette.jsonl` : missingCassetteMessage(provider.cassette)
    });
  }
  return issues;
}

// src/engine/prepare.ts
import { isDeepStrictEqual } from "node:util";

// src/config/discovery.ts
var DISCOVERY_GLOB = "**/*.prompt.{yml,yaml}";
function isDiscoveryEntry(suite) {
  return suite.id === "" && suite.prompt === DISCOVERY_GLOB;
}
var DISCOVERABLE_PROVIDERS = [
  // OPENAI_BASE_URL / ANTHROPIC_BASE_URL: the variables the vendors' own SDKs read for a proxy or gateway.
  { name: "openai", keyEnv: "OPENAI_API_KEY", baseUrlEnv: "OPENAI_BASE_URL", type: "openai" },
  { name: "anthropic", keyEnv: "ANTHROPIC_API_KEY", baseUrlEnv: "ANTHROPIC_BASE_URL", type: "anthropic" }
];
function discoveryConfig(env, configPath) {
  const providers = {};
  for (const p of DISCOVERABLE_PROVIDERS) {
    if (!env[p.keyEnv]) continue;
    const baseUrl = env[p.baseUrlEnv];
    providers[p.name] = { type: p.type, ...baseUrl ? { baseUrl } : {} };
  }
  if (Object.keys(providers).length === 0) {
    throw new SourceError("No PromptGate config", [
      {
        file: configPath,
        path: "",
        message: `there is no config file at ${configPath}, and without one PromptGate evaluates every ${DISCOVERY_GLOB} file on the provider whose key is set, but none is: set ${DISCOVERABLE_PROVIDERS.map((p) => p.keyEnv).join(" or ")}, or create the config (a minimal one needs \`version: 1\`, \`providers:\` and \`suites:\`)`
      }
    ]);
  }
  return { version: 1, providers, suites: [{ id: "", prompt: DISCOVERY_GLOB }] };
}

// src/datasets/parse.ts
var import_yaml8 = __toESM(require_dist3(), 1);

// src/datasets/errors.ts
var DatasetError = class extends SourceError {
  constructor(issues, title = `Invalid dataset ${issues[0]?.file ?? ""}`) {
    super(title.trim(), issues);
    this.name = "DatasetError";
  }
};

// src/datasets/rows.ts
var RESERVED_KEYS = ["expected", "id", "checks", "tags", "provenance"];
var STRUCTURED_KEYS = ["vars", ...RESERVED_KEYS];
function normalizeRow(row, ctx, issues) {
  const issue = (rel, message, atKey = false) => {
    const path = [...ctx.path, ...rel];
    issues.push({ ...ctx.locate(path, atKey), path: formatPath(path), message });
  };
  const before = issues.length;
  if (!isRecord(row)) {
    issue([], `a row must be a mapping of variables or {vars: {...}}, found ${kindOf(row)}`);
    return void 0;
  }
  const structured = isRecord(row.vars);
  let rawVars;
  if (structured) {
    for (const key of Object.keys(row)) {
      if (!STRUCTURED_KEYS.includes(key)) {
        issue(
          [key],
          `unknown key "${key}" in a {vars: ...} row; put variables under vars (allowed here: ${STRUCTURED_KEYS.join(", ")})`,
          true
        );
      }
    }
    rawVars = row.vars;
  } else {
    if (row.vars !== void 0)
      issue(["vars"], `vars must be a mapping of variables, found ${kindOf(row.vars)}`);
    rawVars = Object.fromEntries(Object.entries(row).filter(([key]) => !RESERVED_KEYS.includes(key)));
  }
  const vars = plainVars(
    rawVars,
    (key) => issue(structured ? ["vars", key] : [key], `${key} is not plain JSON data`)
  );
  let expected;
  if (row.expected !== void 0 && row.expected !== null) {
    const converted = toVarValue(row.expected);
    if (converted === void 0) issue(["expected"], "expected is not plain JSON data");
    else expected = expectedText(converted);
  }
  if (Object.keys(vars).length === 0 && expected === void 0 && issues.length === before) {
    issue([], "row has no variables; add the inputs the prompt uses");
  }
  let id;
  if (row.id !== void 0 && row.id !== null) {
    const problem = idProblem(row.id);
    if (problem) issue(["id"], `${problem}`);
    else id = String(row.id);
  }
  const tags = normalizeTags(row.tags, issue);
  const checks = normalizeChecks(row.checks, ctx, issues, issue);
  if (issues.length > before) return void 0;
  const position = ctx.locate(ctx.path, false);
  const source = { file: position.file, line: position.line, column: position.column };
  return toTestCase({ vars, expected, id, checks, tags, source });
}
function normalizeTags(value, issue) {
  if (value === void 0 || value === null) return void 0;
  if (!Array.isArray(value) || !value.every((t) => typeof t === "string" && t !== "")) {
    issue(["tags"], `tags must be a list of non-empty strings, found ${kindOf(value)}`);
    return void 0;
  }
  return value;
}
function normalizeChecks(value, ctx, issues, issue) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    issue(["checks"], `checks must be a list of checks, found ${kindOf(value)}`);
    return [];
  }
  const checks = [];
  value.forEach((raw, i) => {
    const parsed = checkSpecSchema.safeParse(raw);
    if (parsed.success) checks.push(toCheckSpec(parsed.data));
    else
      issues.push(
        ...mapZodIssues(checkSpecSchema, raw, parsed.error.issues, ctx.locate, [...ctx.path, "checks", i])
      );
  });
  return checks;
}

// src/datasets/parse.ts
var DATASET_MAX_ISSUES = 50;
function datasetFormat(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".csv")) return "csv";
  return void 0;
}
function parseDataset(file, text2) {
  const format = datasetFormat(file);
  const issues = [];
  let cases;
  switch (format) {
    case "jsonl":
      cases = parseJsonl(file, stripBom(text2), issues);
      break;
    case "json":
      cases = parseJson(file, stripBom(text2), issues);
      break;
    case "yaml":
      cases = parseYamlDataset(file, text2, issues);
      break;
    case "csv":
      cases = parseCsvDataset(file, stripBom(text2).replace(/\r\n/g, "\n"), issues);
      break;
    default:
      throw new DatasetError([
        { file, path: "", message: "unknown dataset format; use .jsonl, .json, .yaml/.yml or .csv" }
      ]);
  }
  if (issues.length === 0 && cases.length === 0) {
    issues.push({
      file,
      line: 1,
      column: 1,
      path: "",
      message: "the dataset has no cases; add rows or remove it from the suite"
    });
  }
  issues.push(...duplicateIdIssues(cases));
  if (issues.length > 0) throw new DatasetError(capIssues(file, issues));
  return cases;
}
function capIssues(file, issues) {
  if (issues.length <= DATASET_MAX_ISSUES) return issues;
  const rest = issues.length - DATASET_MAX_ISSUES;
  return [...issues.slice(0, DATASET_MAX_ISSUES), { file, path: "", message: `and ${rest} more problem(s)` }];
}
function duplicateIdIssues(cases) {
  const seen = /* @__PURE__ */ new Map();
  const issues = [];
  for (const testCase of cases) {
    const first = seen.get(testCase.id);
    if (!first) {
      seen.set(testCase.id, testCase);
      continue;
    }
    const where = first.source.line === void 0 ? first.source.file : `${first.source.file}:${first.source.line}`;
    issues.push({
      ...testCase.source,
      path: "id",
      message: `duplicate case id "${testCase.id}" (first at ${where}); give the cases distinct ids or remove the repeat`
    });
  }
  return issues;
}
function lineColumn(text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text2.length; i++) {
    if (text2.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function jsonError(error) {
  const raw = errorMessage(error);
  const match = /at position (\d+)/.exec(raw);
  const message = raw.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  return match?.[1] === void 0 ? { message } : { message, offset: Number(match[1]) };
}
function parseJsonl(file, text2, issues) {
  const cases = [];
  const lines = text2.split("\n");
  lines.forEach((raw, index) => {
    const lineText = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (lineText.trim() === "") return;
    const line = index + 1;
    let row;
    try {
      row = JSON.parse(lineText);
    } catch (error) {
      const { message, offset } = jsonError(error);
      issues.push({
        file,
        line,
        column: offset === void 0 ? 1 : offset + 1,
        path: "",
        message: `invalid JSON: ${message}`
      });
      return;
    }
    const locate = () => ({ file, line, column: 1 });
    const testCase = normalizeRow(row, { file, path: [], locate }, issues);
    if (testCase) cases.push(testCase);
  });
  return cases;
}
function rowsOf(file, data, issues, locate) {
  if (Array.isArray(data)) return { rows: data, prefix: [] };
  if (typeof data === "object" && data !== null && Array.isArray(data.cases)) {
    for (const key of Object.keys(data)) {
      if (key !== "cases") {
        issues.push({
          ...locate([key], true),
          path: formatPath([key]),
          message: `unknown key "${key}"; a dataset file holds only cases:`
        });
      }
    }
    return { rows: data.cases, prefix: ["cases"] };
  }
  issues.push({
    ...locate([], false),
    path: "",
    message: "a dataset must be a list of rows or a mapping {cases: [...]}"
  });
  return { rows: [], prefix: [] };
}
function rowsToCases(file, data, issues, locate) {
  const { rows, prefix } = rowsOf(file, data, issues, locate);
  const cases = [];
  rows.forEach((row, i) => {
    const testCase = normalizeRow(row, { file, path: [...prefix, i], locate }, issues);
    if (testCase) cases.push(testCase);
  });
  return cases;
}
function yamlLocate(source) {
  return (path, atKey) => ({ file: source.file, ...positionAt(source, path, { atKey }) });
}
function parseJson(file, text2, issues) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    const { message, offset } = jsonError(error);
    const position = offset === void 0 ? { line: 1, column: 1 } : lineColumn(text2, offset);
    issues.push({ file, ...position, path: "", message: `invalid JSON: ${message}` });
    return [];
  }
  const source = parseYaml(file, text2);
  issues.push(...source.errors.filter((e) => e.message.startsWith("Map keys must be unique")));
  const locate = source.errors.length === 0 ? yamlLocate(source) : () => ({ file, line: 1, column: 1 });
  return rowsToCases(file, data, issues, locate);
}
function parseYamlDataset(file, text2, issues) {
  const source = parseYaml(file, text2);
  if (source.errors.length > 0) {
    issues.push(...source.errors);
    return [];
  }
  let data;
  try {
    data = yamlToJs(source);
  } catch (error) {
    issues.push({ file, line: 1, column: 1, path: "", message: String(error) });
    return [];
  }
  if (data === null || data === void 0) return [];
  const contents = source.doc.contents;
  if (!(0, import_yaml8.isSeq)(contents) && !(0, import_yaml8.isMap)(contents)) {
    issues.push({
      file,
      ...offsetPosition(source, 0),
      path: "",
      message: "a dataset must be a list of rows or a mapping {cases: [...]}"
    });
    return [];
  }
  return rowsToCases(file, data, issues, yamlLocate(source));
}
function recordStartLine(record) {
  const body = record.raw.replace(/^(?:[ \t]*\n)+/, "");
  const newlines = (body.match(/\n/g) ?? []).length;
  const trailing = body.endsWith("\n") ? 1 : 0;
  return record.info.lines - (newlines - trailing);
}
function parseCsvDataset(file, text2, issues) {
  const skipped = [];
  const records = csvParseSync().parse(text2, {
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = error?.lines;
      skipped.push({
        file,
        line: typeof line === "number" ? line : 1,
        path: "",
        message: `invalid CSV: ${error?.message.replace(/ at line \d+/, "") ?? "unreadable record"}`
      });
      return void 0;
    }
  });
  issues.push(...skipped);
  const [header, ...rows] = records;
  if (!header) return [];
  const columns = header.record.map((name) => name.trim());
  const seen = /* @__PURE__ */ new Set();
  columns.forEach((name, i) => {
    const position = { file, line: recordStartLine(header), column: i + 1 };
    if (name === "")
      issues.push({ ...position, path: `column ${i + 1}`, message: "empty column name in the header row" });
    else if (seen.has(name))
      issues.push({ ...position, path: name, message: `duplicate column "${name}" in the header row` });
    seen.add(name);
  });
  const cases = [];
  for (const row of rows) {
    const line = recordStartLine(row);
    const locate = () => ({ file, line, column: 1 });
    if (row.record.length !== columns.length) {
      issues.push({
        file,
        line,
        column: 1,
        path: "",
        message: `record has ${row.record.length} fields but the header has ${columns.length}`
      });
      continue;
    }
    const parsed = csvRow(columns, row.record, file, line, issues);
    if (!parsed) continue;
    const testCase = normalizeRow(parsed, { file, path: [], locate }, issues);
    if (testCase) cases.push(testCase);
  }
  return cases;
}
function csvRow(columns, values, file, line, issues) {
  const entries = [];
  let ok2 = true;
  columns.forEach((name, i) => {
    const value = values[i] ?? "";
    if ((name === "id" || name === "expected" || name === "tags" || name === "checks") && value.trim() === "")
      return;
    if (name === "tags") {
      entries.push([
        name,
        value.split(",").map((t) => t.trim()).filter((t) => t !== "")
      ]);
    } else if (name === "checks") {
      try {
        const checks = JSON.parse(value);
        entries.push([name, Array.isArray(checks) ? checks : [checks]]);
      } catch (error) {
        ok2 = false;
        issues.push({
          file,
          line,
          column: 1,
          path: "checks",
          message: `checks column is not valid JSON: ${jsonError(error).message}`
        });
      }
    } else entries.push([name, value]);
  });
  return ok2 ? Object.fromEntries(entries) : void 0;
}

// src/datasets/index.ts
async function loadDataset(path, files, reference2) {
  const text2 = await readRequired(files, path, "dataset", reference2);
  return parseDataset(path, text2);
}

// src/config/prompt-globs.ts
var GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
function isPromptGlob(prompt) {
  return GLOB_SYNTAX.test(prompt) && picomatch().scan(prompt).isGlob;
}
var PROMPT_EXTENSIONS = /\.prompt\.ya?ml$|\.ya?ml$|\.md$|\.txt$/i;
function suiteIdForFile(entryId, glob, file) {
  const base = picomatch().scan(glob).base;
  const below = base && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
  const stem = below.replace(PROMPT_EXTENSIONS, "").split("/").map((part) => part.replace(/^\.+/, "").replace(/[^A-Za-z0-9._-]/g, "-")).join(".");
  return entryId ? `${entryId}.${stem}` : stem;
}
var MAX_SUITES_PER_GLOB = 500;
function matchProblem(index, suite, count, label) {
  if (count > 0 && count <= MAX_SUITES_PER_GLOB) return void 0;
  if (isDiscoveryEntry(suite))
    return {
      index,
      file: DEFAULT_CONFIG_PATH,
      path: "",
      message: count === 0 ? `there is no config file and no prompt file (${DISCOVERY_GLOB}) in ${label} to discover; create the config (a minimal one needs \`version: 1\`, \`providers:\` and \`suites:\`)` : `zero-config discovery found ${count} prompt files (${DISCOVERY_GLOB}), more than the ${MAX_SUITES_PER_GLOB} suites it may run; none was evaluated: write a config whose suites name the prompts to gate (a glob per folder, each up to ${MAX_SUITES_PER_GLOB} files)`
    };
  return {
    index,
    path: `suites[${index}].prompt`,
    message: count === 0 ? `the prompt glob "${suite.prompt}" matches no file in ${label}; fix the pattern or add prompt files` : `the prompt glob "${suite.prompt}" matches ${count} files, more than the ${MAX_SUITES_PER_GLOB} suites one entry may expand to; narrow the pattern (e.g. a folder) or split the entry`
  };
}
function matchFiles(glob, all) {
  const isMatch = picomatch()(glob, { dot: true });
  return all.filter((path) => isMatch(path)).sort();
}
async function expandSuiteEntries(config, files, configFile) {
  const entries = [];
  let listing;
  const problems = [];
  for (const [index, suite] of config.suites.entries()) {
    if (!isPromptGlob(suite.prompt)) {
      entries.push({ index, suite });
      continue;
    }
    if (!files.listFiles) {
      problems.push({
        index,
        path: `suites[${index}].prompt`,
        message: `the prompt glob "${suite.prompt}" needs a file listing, which ${files.label} cannot give`
      });
      continue;
    }
    listing ??= await files.listFiles();
    const matched = matchFiles(suite.prompt, listing);
    const problem = matchProblem(index, suite, matched.length, files.label);
    if (problem) {
      problems.push(problem);
      continue;
    }
    for (const file of matched)
      entries.push({
        index,
        glob: suite.prompt,
        suite: { ...suite, id: suiteIdForFile(suite.id, suite.prompt, file), prompt: file }
      });
  }
  const seen = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const first = seen.get(entry.suite.id);
    if (first)
      problems.push({
        index: entry.index,
        path: `suites[${entry.index}].prompt`,
        message: `suite id "${entry.suite.id}" (${entry.suite.prompt}) is also the id of ${first.suite.prompt}; give the entries distinct ids`
      });
    else seen.set(entry.suite.id, entry);
  }
  if (problems.length > 0)
    throw new SourceError(
      "Prompt globs",
      problems.map(({ index, file, path, message }) => ({
        ...configLocation(config, ["suites", index, "prompt"]) ?? { file: file ?? configFile, path },
        message
      }))
    );
  return entries;
}

// src/config/suites.ts
var MAX_TEMPLATE_ISSUES = 20;
function reference(config, path, fallback) {
  return configLocation(config, path) ?? { file: fallback, path: "" };
}
async function resolveSuites(config, files, options = {}) {
  const entries = await expandSuiteEntries(config, files, configLocation(config, [])?.file ?? "the config");
  const settled = await Promise.allSettled(entries.map((entry) => resolveEntry(config, entry, files, options)));
  throwRejections(settled);
  return settled.map(valueOf);
}
function throwRejections(results) {
  const errors = [];
  for (const result of results) {
    if (result.status !== "rejected") continue;
    if (result.reason instanceof SourceError) errors.push(result.reason);
    else throw result.reason;
  }
  if (errors.length > 0) throw combineSourceErrors(errors);
}
function valueOf(result) {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}
async function resolveEntry(config, entry, files, options) {
  const { suite } = entry;
  const { prompt, cases } = await loadSources(config, entry, files, options);
  const modelId = modelIdFor(config, suite, prompt);
  const problems = suiteProblems(config, entry, prompt, cases, modelId);
  if (problems.length > 0 || modelId === void 0)
    throw new SourceError(`Suite ${suite.id} cannot run`, problems);
  const judging = judgingOf(config, suite, prompt, entry.index);
  return {
    id: suite.id,
    ...entry.glob ? { glob: entry.glob } : {},
    configIndex: entry.index,
    config: suite,
    prompt,
    cases,
    modelId,
    modelParameters: parametersFor(config, suite, prompt),
    ...judging,
    ...robustnessOf(config, suite),
    files: suiteFiles(suite, judging.checks, cases)
  };
}
async function loadSources(config, { index, suite }, files, options) {
  const base = ["suites", index];
  const promptLoad = loadPrompt(suite, files, {
    ...options,
    promptReference: reference(config, [...base, "prompt"], suite.prompt),
    systemReference: reference(config, [...base, "system"], suite.system ?? suite.prompt)
  });
  const datasetLoads = (suite.datasets ?? []).map(
    (path, i) => loadDataset(path, files, reference(config, [...base, "datasets", i], path))
  );
  const [promptResult, ...datasetResults] = await Promise.allSettled([promptLoad, ...datasetLoads]);
  throwRejections([promptResult, ...datasetResults]);
  const prompt = valueOf(promptResult);
  return { prompt, cases: [prompt.testData, ...datasetResults.map(valueOf)].flat() };
}
function suiteProblems(config, { index, suite }, prompt, cases, modelId) {
  const suiteRef = reference(config, ["suites", index], suite.prompt);
  const problems = [];
  if (cases.length === 0) {
    problems.push({
      ...suiteRef,
      message: `suite "${suite.id}" has no cases: add testData to ${suite.prompt} or datasets: to the suite`
    });
  }
  problems.push(...duplicateIdIssues(cases));
  problems.push(...missingVariableIssues(prompt, cases));
  if (modelId === void 0) {
    problems.push({
      ...suiteRef,
      message: `suite "${suite.id}" has no model: set suites[${index}].model, defaults.model, or model: in ${suite.prompt}`
    });
  }
  return problems;
}
function robustnessOf(config, suite) {
  const defaults = config.defaults?.robustness;
  const own = suite.robustness;
  if (!own && !defaults) return {};
  if ((own?.enabled ?? defaults?.enabled) === false) return {};
  return {
    robustness: {
      ...defaults,
      ...own,
      gates: { ...defaults?.gates, ...own?.gates },
      perCategory: { ...defaults?.perCategory, ...own?.perCategory }
    }
  };
}
function judgingOf(config, suite, prompt, index) {
  return {
    checks: configuredChecks(config, suite, index).concat(prompt.checks),
    thresholds: { ...config.defaults?.thresholds, ...suite.thresholds },
    sampling: { ...config.defaults?.sampling, ...suite.sampling }
  };
}
function rejudgedUnder(resolved, config) {
  const suite = config.suites.find((s) => s.id === resolved.id);
  if (!suite) return resolved;
  return { ...resolved, config: suite, ...judgingOf(config, suite, resolved.prompt) };
}
function missingVariableIssues(prompt, cases) {
  const issues = [];
  let more = 0;
  for (const testCase of cases) {
    try {
      renderCase(prompt, testCase);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      if (issues.length >= MAX_TEMPLATE_ISSUES) {
        more++;
        continue;
      }
      issues.push({ ...testCase.source, path: `case ${testCase.id}`, message: error.message });
    }
  }
  if (more > 0)
    issues.push({ file: prompt.file, path: "", message: `and ${more} more case(s) with missing variables` });
  return issues;
}
function modelIdFor(config, suite, prompt) {
  return suite.model ?? prompt.model ?? config.defaults?.model;
}
function parametersFor(config, suite, prompt) {
  return { ...config.defaults?.modelParameters, ...prompt.modelParameters, ...suite.modelParameters };
}
function suiteSide(config, suite, prompt = suite.prompt) {
  return {
    prompt,
    modelId: modelIdFor(config, suite.config, prompt) ?? suite.modelId,
    parameters: parametersFor(config, suite.config, prompt)
  };
}
function configuredChecks(config, suite, index = config.suites.indexOf(suite)) {
  const located = (spec, path) => {
    const check = toCheckSpec(spec);
    const origin = path && configLocation(config, path);
    if (origin) setCheckOrigin(check, origin);
    return check;
  };
  return [
    ...(config.defaults?.checks ?? []).map((spec, i) => located(spec, ["defaults", "checks", i])),
    ...(suite.checks ?? []).map(
      (spec, i) => located(spec, index >= 0 ? ["suites", index, "checks", i] : void 0)
    )
  ];
}
function suiteFiles(suite, checks, cases = []) {
  const files = /* @__PURE__ */ new Set([suite.prompt]);
  if (suite.system) files.add(suite.system);
  for (const dataset of suite.datasets ?? []) files.add(dataset);
  for (const check of [...checks, ...cases.flatMap((c) => c.checks)]) {
    if (check.type === "json-schema" && check.schemaFile) files.add(check.schemaFile);
  }
  for (const pattern of suite.files ?? []) files.add(pattern);
  return [...files];
}

// src/providers/breaker.ts
var DEFAULT_BREAKER_FAILURES = 5;
var DEFAULT_BREAKER_COOLDOWN_MS = 3e4;
var HEALTH_FAILURES = /* @__PURE__ */ new Set([
  "server",
  "overloaded",
  "network",
  "timeout",
  "malformed"
]);
var FATAL_FAILURES = /* @__PURE__ */ new Set(["auth", "quota"]);
var CircuitBreaker = class {
  constructor(label, options = {}) {
    this.label = label;
    this.threshold = options.consecutiveFailures ?? DEFAULT_BREAKER_FAILURES;
    this.cooldownMs = options.cooldownMs ?? DEFAULT_BREAKER_COOLDOWN_MS;
    this.now = options.now ?? (() => performance.now());
  }
  label;
  state = "closed";
  consecutive = 0;
  openedAt = 0;
  probeInFlight = false;
  opened = 0;
  attempts = 0;
  failedAttempts = 0;
  rejectedCalls = 0;
  lastError;
  threshold;
  cooldownMs;
  now;
  get isOpen() {
    return this.state === "open";
  }
  /** Before an attempt: throws a `circuit-open` ProviderError instead of letting it out. */
  admit(retries) {
    if (this.state === "closed") return;
    if (this.state === "open" && this.now() - this.openedAt >= this.cooldownMs && !this.probeInFlight) {
      this.state = "half-open";
      this.probeInFlight = true;
      return;
    }
    this.rejectedCalls++;
    throw this.openError(retries);
  }
  /** After an attempt: `error` undefined means it answered. */
  record(error) {
    this.attempts++;
    const probe = this.state === "half-open";
    if (probe) this.probeInFlight = false;
    if (error === void 0) {
      this.consecutive = 0;
      if (probe) this.state = "closed";
      return;
    }
    if (!HEALTH_FAILURES.has(error.kind) && !FATAL_FAILURES.has(error.kind)) {
      if (probe) this.state = "closed";
      return;
    }
    this.failedAttempts++;
    this.consecutive++;
    if (probe || FATAL_FAILURES.has(error.kind) || this.consecutive >= this.threshold) this.trip(error);
  }
  snapshot() {
    const snapshot = {
      state: this.state,
      opened: this.opened,
      attempts: this.attempts,
      failedAttempts: this.failedAttempts,
      rejectedCalls: this.rejectedCalls
    };
    if (this.lastError) {
      snapshot.lastError = {
        message: this.lastError.message,
        kind: this.lastError.kind,
        ...this.lastError.httpStatus !== void 0 ? { httpStatus: this.lastError.httpStatus } : {}
      };
    }
    return snapshot;
  }
  trip(error) {
    if (this.state !== "open") this.opened++;
    this.state = "open";
    this.openedAt = this.now();
    this.lastError = error;
  }
  /** Names the cause and the setting, so a reader knows why no request was sent and what to tune. */
  openError(retries) {
    const cause = this.lastError;
    const why = cause && FATAL_FAILURES.has(cause.kind) ? "on an error every call would repeat" : `after ${this.threshold} failed attempts in a row, the last`;
    const last = cause ? cause.message.replace(new RegExp(`^${escapeRegExp2(this.label)}: `), "") : "unknown";
    return new ProviderError(
      `${this.label}: provider unavailable, call not sent: the circuit breaker opened ${why}: ${last} (providers.${this.label}.circuitBreaker)`,
      cause?.httpStatus,
      false,
      retries,
      "circuit-open"
    );
  }
};
function escapeRegExp2(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/providers/http.ts
var import_http_proxy_agent = __toESM(require_dist2(), 1);
var import_https_proxy_agent = __toESM(require_dist(), 1);
import http from "node:http";
import https from "node:https";

// node_modules/proxy-from-env/index.js
var DEFAULT_PORTS = {
  ftp: 21,
  gopher: 70,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443
};
function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}
function getProxyForUrl(url) {
  var parsedUrl = (typeof url === "string" ? parseUrl(url) : url) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== "string" || !hostname || typeof proto !== "string") {
    return "";
  }
  proto = proto.split(":", 1)[0];
  hostname = hostname.replace(/:\d*$/, "");
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return "";
  }
  var proxy = getEnv(proto + "_proxy") || getEnv("all_proxy");
  if (proxy && proxy.indexOf("://") === -1) {
    proxy = proto + "://" + proxy;
  }
  return proxy;
}
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv("no_proxy").toLowerCase();
  if (!NO_PROXY) {
    return true;
  }
  if (NO_PROXY === "*") {
    return false;
  }
  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;
    }
    if (!/^[.*]/.test(parsedProxyHostname)) {
      return hostname !== parsedProxyHostname;
    }
    if (parsedProxyHostname.charAt(0) === "*") {
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    return !hostname.endsWith(parsedProxyHostname);
  });
}
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || "";
}

// src/core/proxy.ts
function proxyUrlFor(url) {
  const proxy = getProxyForUrl(url);
  return proxy === "" ? void 0 : proxy;
}
function describeProxy(proxyUrl) {
  try {
    const url = new URL(proxyUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return "an unparsable proxy URL";
  }
}

// src/core/secrets.ts
var MIN_MASKED_LENGTH = 8;
var AUTH_SCHEME_VALUE = /^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*\s+(\S+)$/;
function secretForms(secret) {
  if (secret.length < MIN_MASKED_LENGTH) return [];
  const credential = AUTH_SCHEME_VALUE.exec(secret)?.[1];
  const parts = credential && credential.length >= MIN_MASKED_LENGTH ? [secret, credential] : [secret];
  return [...new Set(parts.flatMap(encodedForms))];
}
function encodedForms(secret) {
  if (secret.length < MIN_MASKED_LENGTH) return [];
  const base64 = (text2) => Buffer.from(text2, "utf8").toString("base64");
  const forms = [
    secret,
    encodeURIComponent(secret),
    // application/x-www-form-urlencoded writes spaces as +.
    encodeURIComponent(secret).replace(/%20/g, "+"),
    base64(secret),
    base64(secret).replace(/=+$/, ""),
    Buffer.from(secret, "utf8").toString("base64url"),
    // HTTP Basic with the key as user or as password.
    base64(`${secret}:`),
    base64(`:${secret}`)
  ];
  return [...new Set(forms)].filter((form) => form.length >= MIN_MASKED_LENGTH);
}
function secretRedactor(secrets) {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text2) => text2;
  return (text2) => {
    let out = text2;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join("***");
    return out;
  };
}

// src/providers/http.ts
var RETRY_BASE_DELAY_MS = 500;
var RETRY_MAX_DELAY_MS = 2e4;
var RETRY_AFTER_CAP_MS = 3e4;
var MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
var MAX_QUOTED_CHARS2 = 400;
var RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENETUNREACH",
  "ENETDOWN",
  "EHOSTUNREACH",
  "EHOSTDOWN"
]);
var defaultSleep = (ms2, signal) => new Promise((resolve3, reject) => {
  if (signal?.aborted) return reject(abortReason(signal));
  const onAbort = () => {
    clearTimeout(timer);
    reject(abortReason(signal));
  };
  const timer = setTimeout(() => {
    signal?.removeEventListener("abort", onAbort);
    resolve3();
  }, ms2);
  signal?.addEventListener("abort", onAbort, { once: true });
});
function parseTarget(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`Unsupported URL scheme in ${parsed.protocol}//${parsed.host}: use http or https`);
  }
  const secure = parsed.protocol === "https:";
  const proxy = proxyUrlFor(parsed.href);
  const { address, port } = hostAndPort(parsed);
  return {
    https: secure,
    hostname: address,
    port,
    path: `${parsed.pathname}${parsed.search}`,
    ...proxy ? { proxy } : {}
  };
}
function joinUrl(base, path) {
  return `${base.endsWith("/") ? base.slice(0, -1) : base}/${path.startsWith("/") ? path.slice(1) : path}`;
}
var JsonHttpClient = class {
  constructor(options) {
    this.options = options;
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? Infinity };
    this.httpAgent = new http.Agent(agentOptions);
    this.httpsAgent = new https.Agent(agentOptions);
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? (() => performance.now());
    this.redact = secretRedactor((options.secrets ?? []).filter((secret) => secret.length >= MIN_MASKED_LENGTH));
  }
  options;
  httpAgent;
  httpsAgent;
  /** Keep-alive agents through a proxy, per proxy and scheme; empty unless a proxy is set. */
  proxyAgents = /* @__PURE__ */ new Map();
  sleep;
  random;
  now;
  /**
   * Replaces the key and its derived forms by `***`. Applied to every response body as it is read,
   * before any of it is quoted or cut (a key across the cut would survive as a prefix), and by the
   * providers to the answer text (a gateway may echo the key inside a 200).
   */
  redact;
  /** POSTs `body` as JSON; retries transient failures; throws ProviderError on anything else. */
  async post(target, headers, body, options = {}) {
    const startedAt = this.now();
    const deadline = startedAt + this.options.timeoutMs;
    const payload = JSON.stringify(body);
    const requestHeaders = {
      ...headers,
      "content-type": "application/json",
      "content-length": Buffer.byteLength(payload),
      accept: options.sse ? "text/event-stream" : "application/json"
    };
    const { signal } = options;
    const breaker = this.options.breaker;
    let rateLimited = 0;
    let attempted;
    try {
      for (let retries = 0; ; retries++) {
        if (signal?.aborted) throw this.aborted(signal, retries);
        breaker?.admit(retries);
        options.sse?.reset();
        const attemptStartedAt = this.now();
        const outcome = await this.attempt(target, requestHeaders, payload, deadline, options, retries);
        attempted = { startedAt: attemptStartedAt, endedAt: this.now() };
        breaker?.record("error" in outcome ? outcome.error : void 0);
        if (!("error" in outcome)) return { ...outcome, retries, startedAt, attemptStartedAt, rateLimited };
        await this.retryOrThrow(outcome, retries, deadline, signal, () => rateLimited++);
      }
    } catch (error) {
      if (error instanceof ProviderError && attempted) {
        error.attempts = {
          retryWaitMs: attempted.startedAt - startedAt,
          lastAttemptMs: attempted.endedAt - attempted.startedAt
        };
      }
      throw error;
    }
  }
  /** Sleeps before the next attempt, or throws the attempt's error when it is not to be retried. */
  async retryOrThrow(outcome, retries, deadline, signal, onRateLimited) {
    const breaker = this.options.breaker;
    const { error, retryAfterMs: retryAfterMs2 } = outcome;
    if (error.kind === "rate-limit") onRateLimited();
    if (!error.retryable || retries >= this.options.maxRetries) throw withRetries(error, retries);
    if (breaker?.isOpen) {
      throw withRetries(
        this.notRetried(error, `the circuit breaker of ${this.options.label} is open`),
        retries
      );
    }
    if (retryAfterMs2 !== void 0 && retryAfterMs2 > RETRY_AFTER_CAP_MS) {
      const why = `the provider asked to wait ${Math.ceil(retryAfterMs2 / 1e3)} s (retry-after), over the ${RETRY_AFTER_CAP_MS / 1e3} s cap`;
      throw withRetries(this.notRetried(error, why), retries);
    }
    const delay = retryAfterMs2 ?? this.backoff(retries);
    if (this.now() + delay >= deadline) {
      const why = `waiting ${Math.ceil(delay)} ms would pass the ${this.options.timeoutMs} ms timeout`;
      throw withRetries(this.notRetried(error, why), retries);
    }
    try {
      await this.sleep(delay, signal);
    } catch {
      throw this.aborted(signal, retries);
    }
  }
  notRetried(error, why) {
    return new ProviderError(`${error.message}; not retried: ${why}`, error.httpStatus, true, 0, error.kind);
  }
  /** Destroys pooled sockets so the process can exit. */
  close() {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
    for (const agent of this.proxyAgents.values()) agent.destroy();
  }
  /** The agent of a target: direct (the hot path, unchanged) or through its proxy (CONNECT for https). */
  agentFor(target) {
    if (!target.proxy) return target.https ? this.httpsAgent : this.httpAgent;
    const id = `${target.https ? "https" : "http"} ${target.proxy}`;
    let agent = this.proxyAgents.get(id);
    if (!agent) {
      const options = { keepAlive: true, maxSockets: this.options.maxSockets ?? Infinity };
      agent = target.https ? new import_https_proxy_agent.HttpsProxyAgent(target.proxy, options) : new import_http_proxy_agent.HttpProxyAgent(target.proxy, options);
      this.proxyAgents.set(id, agent);
    }
    return agent;
  }
  /** Exponential backoff with "equal jitter": never less than half the step, never in lockstep. */
  backoff(retry) {
    const step2 = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** retry);
    return step2 / 2 + this.random() * (step2 / 2);
  }
  attempt(target, headers, payload, deadline, options, retries) {
    return new Promise((resolve3) => {
      let settled = false;
      const { signal, sse } = options;
      const finish = (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        resolve3(value);
      };
      const request = (target.https ? https : http).request(
        {
          method: "POST",
          // Said explicitly for the proxy agents (agent-base): without it they guess http vs https
          // from the call stack, which works when a request starts but not when its socket is
          // freed, so a kept-alive CONNECT tunnel was pooled under the wrong name and never reused.
          protocol: target.https ? "https:" : "http:",
          hostname: target.hostname,
          port: target.port,
          path: target.path,
          headers,
          agent: this.agentFor(target)
        },
        (response) => {
          const status = response.statusCode ?? 0;
          const contentType = response.headers["content-type"] ?? "";
          const isStream = sse !== void 0 && status < 300 && contentType.includes("text/event-stream");
          response.setEncoding("utf8");
          if (isStream) {
            this.readStream(response, sse, retries).then(
              (failure) => finish(failure ?? { status, headers: response.headers, body: void 0 }),
              (error) => finish({ error: this.asProviderError(error, status, retries) })
            );
            return;
          }
          readText(response).then(
            (raw) => {
              const text2 = raw === void 0 ? void 0 : this.redact(raw);
              if (text2 === void 0) {
                finish({
                  error: this.fail(`response body over ${MAX_RESPONSE_BYTES} bytes`, status, false, retries)
                });
              } else if (status >= 200 && status < 300) {
                finish(this.parseSuccess(text2, status, response.headers, retries));
              } else {
                finish(this.httpFailure(status, response.headers, text2, retries));
              }
            },
            (error) => finish({ error: this.networkError(error, retries) })
          );
        }
      );
      const timer = setTimeout(
        () => {
          request.destroy();
          finish({
            // Not retryable: the timeout is the budget of the whole call, and it is spent.
            error: this.fail(
              `timed out: no complete response within the ${this.options.timeoutMs} ms timeout (providers.${this.options.label}.timeoutMs, default run.timeoutMs)`,
              void 0,
              false,
              retries,
              "timeout"
            )
          });
        },
        Math.max(0, deadline - this.now())
      );
      const onAbort = () => {
        request.destroy();
        finish({ error: this.aborted(signal, retries) });
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      request.on("error", (error) => finish({ error: this.networkError(error, retries) }));
      request.end(payload);
    });
  }
  /** Feeds an event stream to the sink; resolves with a failure when the sink rejects an event. */
  readStream(response, sse, retries) {
    return new Promise((resolve3, reject) => {
      let failure;
      const parser = new SseParser((event, data) => {
        if (failure) return;
        try {
          sse.onEvent(event, data);
        } catch (error) {
          failure = { error: this.asProviderError(error, response.statusCode, retries) };
          response.destroy();
          resolve3(failure);
        }
      });
      response.on("data", (chunk) => parser.push(chunk));
      response.on("end", () => {
        parser.end();
        resolve3(failure);
      });
      response.on("error", reject);
      response.on("close", () => {
        if (!response.complete) reject(connectionLost());
      });
    });
  }
  parseSuccess(text2, status, headers, retries) {
    try {
      return { status, headers, body: JSON.parse(text2) };
    } catch {
      return {
        error: this.fail(
          `HTTP ${status} with a body that is not JSON: ${quote2(text2)}`,
          status,
          false,
          retries,
          "malformed"
        )
      };
    }
  }
  httpFailure(status, headers, text2, retries) {
    const described = describeErrorBody(text2);
    const { message, kind } = described;
    const errorKind = classifyHttpError(status, described);
    const retryable = RETRYABLE_KINDS.has(errorKind);
    const detail = message ? `: ${kind ? `${kind}: ` : ""}${message}` : "";
    const fix = this.whatToFix(errorKind, status);
    return {
      error: this.fail(
        `HTTP ${status}${detail}${fix ? `; ${fix}` : ""}`,
        status,
        retryable,
        retries,
        errorKind
      ),
      retryAfterMs: retryable ? retryAfterMs(headers, Date.now()) : void 0
    };
  }
  /** For errors a retry cannot fix: what the user has to change. */
  whatToFix(kind, status) {
    const key = this.options.keyEnv ?? "the API key variable";
    switch (kind) {
      case "auth":
        return status === 403 ? `not retried: the key in ${key} has no access to this model or project, check its permissions` : `not retried: the key in ${key} was rejected, check that the secret holds a valid key for ${this.options.label}`;
      case "quota":
        return `not retried: the account behind ${key} has no quota or credit left, add credit or raise the limit in the provider's billing settings`;
      case "context-length":
        return "not retried: the prompt is longer than the model's context window, shorten the case or the prompt, or use a model with a larger window";
      case "bad-request":
        return "not retried: the provider rejected the request, check the model name and the model parameters";
      default:
        return void 0;
    }
  }
  networkError(error, retries) {
    const code = error?.code;
    const text2 = errorMessage(error);
    const retryable = typeof code === "string" && RETRYABLE_NETWORK_CODES.has(code);
    return this.fail(`network error: ${text2}`, void 0, retryable, retries, "network");
  }
  asProviderError(error, status, retries) {
    if (error instanceof ProviderError) {
      return this.fail(error.message, error.httpStatus ?? status, error.retryable, retries, error.kind);
    }
    return this.networkError(error, retries);
  }
  aborted(signal, retries) {
    const reason = signal?.reason;
    if (reason?.name === "DeadlineExceeded" && typeof reason.message === "string") {
      return this.fail(reason.message, void 0, false, retries, "deadline");
    }
    const timedOut = reason?.name === "TimeoutError";
    return this.fail(
      timedOut ? "call timed out: the run's per-call timeout (run.timeoutMs) aborted it" : "call aborted",
      void 0,
      false,
      retries,
      timedOut ? "timeout" : "aborted"
    );
  }
  /** Builds the one error type callers see: provider label first, secrets redacted, retries counted. */
  fail(message, status, retryable, retries, kind) {
    let text2 = message.startsWith(`${this.options.label}: `) ? message : `${this.options.label}: ${message}`;
    text2 = this.redact(text2);
    return new ProviderError(text2, status, retryable, retries, kind);
  }
};
var RETRYABLE_KINDS = /* @__PURE__ */ new Set([
  "rate-limit",
  "overloaded",
  "server",
  "timeout"
]);
function classifyHttpError(status, body) {
  const codes = [body.kind, body.code];
  if (codes.includes("insufficient_quota") || codes.includes("billing_error") || /credit balance is too low/i.test(body.message ?? "")) {
    return "quota";
  }
  if (codes.includes("context_length_exceeded") || codes.includes("request_too_large") || status === 413 || status === 400 && /prompt is too long|maximum context length/i.test(body.message ?? "")) {
    return "context-length";
  }
  if (codes.includes("overloaded_error")) return "overloaded";
  return errorKindOfStatus(status, status >= 500);
}
function withRetries(error, retries) {
  if (retries === 0) return error;
  const message = `${error.message} (after ${retries} ${retries === 1 ? "retry" : "retries"})`;
  return new ProviderError(message, error.httpStatus, error.retryable, retries, error.kind);
}
function abortReason(signal) {
  return signal.reason ?? new Error("aborted");
}
function readText(response) {
  return new Promise((resolve3, reject) => {
    let text2 = "";
    response.on("data", (chunk) => {
      text2 += chunk;
      if (text2.length > MAX_RESPONSE_BYTES) {
        response.destroy();
        resolve3(void 0);
      }
    });
    response.on("end", () => resolve3(text2));
    response.on("error", reject);
    response.on("close", () => {
      if (!response.complete) reject(connectionLost());
    });
  });
}
function connectionLost() {
  return Object.assign(new Error("connection closed before the response was complete"), {
    code: "ECONNRESET"
  });
}
function retryAfterMs(headers, nowEpochMs) {
  const ms2 = headers["retry-after-ms"];
  if (typeof ms2 === "string" && ms2.trim() !== "") {
    const value = Number(ms2);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers["retry-after"];
  if (typeof after !== "string" || after.trim() === "") return void 0;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1e3 : void 0;
  const date = Date.parse(after);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - nowEpochMs);
}
function describeErrorBody(text2) {
  let body;
  try {
    body = JSON.parse(text2);
  } catch {
    const trimmed = text2.trim();
    return trimmed ? { message: quote2(trimmed) } : {};
  }
  if (!isRecord(body)) return { message: quote2(text2) };
  const error = body.error;
  if (isRecord(error)) {
    const kind = stringOf(error.type) ?? stringOf(error.code);
    const code = stringOf(error.code);
    const message2 = stringOf(error.message);
    return {
      message: message2 === void 0 ? quote2(JSON.stringify(error)) : quote2(message2),
      kind: kind && quote2(kind),
      ...code ? { code: quote2(code) } : {}
    };
  }
  const message = stringOf(error) ?? stringOf(body.message) ?? stringOf(body.detail);
  if (message !== void 0) return { message: quote2(message) };
  return { message: quote2(text2) };
}
function stringOf(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function quote2(text2) {
  const flat = text2.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return flat.length > MAX_QUOTED_CHARS2 ? `${flat.slice(0, MAX_QUOTED_CHARS2)}\u2026` : flat;
}
var SseParser = class {
  constructor(onEvent) {
    this.onEvent = onEvent;
  }
  onEvent;
  buffer = "";
  data = "";
  hasData = false;
  event = "";
  push(chunk) {
    const buffer = this.buffer + chunk;
    let start = 0;
    let newline = buffer.indexOf("\n", start);
    while (newline !== -1) {
      const end = newline > start && buffer.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      this.line(buffer.slice(start, end));
      start = newline + 1;
      newline = buffer.indexOf("\n", start);
    }
    this.buffer = start === 0 ? buffer : buffer.slice(start);
  }
  /** A stream that ends without a final blank line still delivers its last event. */
  end() {
    if (this.buffer !== "") this.line(this.buffer.endsWith("\r") ? this.buffer.slice(0, -1) : this.buffer);
    this.buffer = "";
    this.line("");
  }
  line(line) {
    if (line === "") {
      if (this.hasData) this.onEvent(this.event || "message", this.data);
      this.data = "";
      this.hasData = false;
      this.event = "";
      return;
    }
    if (line.charCodeAt(0) === 58) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === "data") {
      this.data = this.hasData ? `${this.data}
${value}` : value;
      this.hasData = true;
    } else if (field === "event") {
      this.event = value;
    }
  }
};

// src/providers/common.ts
function createClient(options, tuning) {
  const breaker = new CircuitBreaker(options.name, { ...tuning.circuitBreaker, now: options.now });
  const client = new JsonHttpClient({
    label: options.name,
    timeoutMs: tuning.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: tuning.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxSockets: options.maxSockets,
    sleep: options.sleep,
    random: options.random,
    now: options.now,
    secrets: options.apiKey ? [options.apiKey] : [],
    keyEnv: options.apiKeyEnv,
    breaker
  });
  return { client, breaker };
}
function missingKeyError(options) {
  const envVar = options.apiKeyEnv ?? "the API key variable";
  return new ProviderError(
    `${options.name}: no API key: the environment variable ${envVar} is unset or empty. Set it from a secret (in a workflow: env: ${envVar}: \${{ secrets.${envVar} }}); pull requests from forks get no secrets, see gate.onMissingSecret.`,
    void 0,
    false,
    0,
    "missing-key"
  );
}
var monotonicNow = () => performance.now();
var StreamSink = class {
  constructor(now) {
    this.now = now;
  }
  now;
  text = "";
  responseId;
  modelVersion;
  usage;
  finishReason;
  firstTokenAt;
  reset() {
    this.text = "";
    this.responseId = void 0;
    this.modelVersion = void 0;
    this.usage = void 0;
    this.finishReason = void 0;
    this.firstTokenAt = void 0;
  }
  /** An event's data as JSON; an event that is not JSON breaks the stream (not retried). */
  eventJson(data) {
    try {
      return JSON.parse(data);
    } catch {
      throw new ProviderError("stream event is not JSON", void 0, false);
    }
  }
};
function toCompletionResult(parsed, response, now, redact) {
  const result = {
    // Also after parsing: a streamed answer may split the key across chunks, a JSON body escape it.
    text: redact(parsed.text),
    latencyMs: now - response.attemptStartedAt,
    httpStatus: response.status,
    retries: response.retries
  };
  if (response.retries > 0) result.retryWaitMs = response.attemptStartedAt - response.startedAt;
  if (response.rateLimited > 0) result.rateLimited = response.rateLimited;
  if (parsed.firstTokenAt !== void 0) result.ttftMs = parsed.firstTokenAt - response.attemptStartedAt;
  if (parsed.modelVersion !== void 0) result.modelVersion = parsed.modelVersion;
  if (parsed.responseId !== void 0) result.responseId = parsed.responseId;
  if (parsed.usage !== void 0) result.usage = parsed.usage;
  if (parsed.finishReason !== void 0) result.finishReason = parsed.finishReason;
  return result;
}
function parseOrFail(name, response, sink, parse, redact) {
  try {
    return response.body === void 0 && sink ? sink : parse(response.body);
  } catch (error) {
    const message = redact(errorMessage(error));
    throw new ProviderError(`${name}: ${message}`, response.status, false, response.retries, "malformed");
  }
}

// src/providers/anthropic.ts
var ANTHROPIC_DEFAULT_VERSION = "2023-06-01";
var ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;
var RETRYABLE_ERROR_TYPES = /* @__PURE__ */ new Set(["overloaded_error", "api_error", "rate_limit_error", "timeout_error"]);
var STREAM_ERROR_KINDS = {
  overloaded_error: "overloaded",
  api_error: "server",
  rate_limit_error: "rate-limit",
  timeout_error: "timeout",
  billing_error: "quota",
  authentication_error: "auth",
  permission_error: "auth",
  invalid_request_error: "bad-request"
};
function jsonInstruction(format) {
  if (format?.type === "json_object") return "Respond with a single JSON object and nothing else.";
  if (format?.type === "json_schema") {
    return `Respond with a single JSON object and nothing else. It must conform to this JSON Schema (named ${format.name}):
${JSON.stringify(format.schema)}`;
  }
  return void 0;
}
function anthropicRequestBody(request, stream) {
  const system = [];
  const messages = [];
  for (const message of request.messages) {
    if (message.role === "system") system.push(message.content);
    else messages.push(message);
  }
  if (messages.length === 0) {
    throw new ProviderError(
      "the Messages API needs at least one user message; the prompt has only system messages",
      void 0,
      false
    );
  }
  const instruction = jsonInstruction(request.responseFormat);
  if (instruction) system.push(instruction);
  const { temperature, topP, maxTokens } = request.parameters;
  const body = {
    model: request.model,
    max_tokens: maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages
  };
  if (system.length > 0) body.system = system.join("\n\n");
  if (temperature !== void 0) body.temperature = temperature;
  if (topP !== void 0) body.top_p = topP;
  if (stream) body.stream = true;
  return body;
}
function parseAnthropicResponse(body) {
  if (!isRecord(body) || !Array.isArray(body.content)) {
    throw new ProviderError("response has no content: not a Messages API response", void 0, false);
  }
  let text2 = "";
  for (const block of body.content) {
    if (isRecord(block) && block.type === "text" && typeof block.text === "string") text2 += block.text;
  }
  const usage = isRecord(body.usage) ? addUsage({}, body.usage) : void 0;
  return {
    text: text2,
    responseId: typeof body.id === "string" ? body.id : void 0,
    modelVersion: typeof body.model === "string" ? body.model : void 0,
    usage,
    finishReason: typeof body.stop_reason === "string" ? body.stop_reason : void 0
  };
}
function addUsage(usage, value) {
  if (typeof value.input_tokens === "number") usage.inputTokens = value.input_tokens;
  if (typeof value.output_tokens === "number") usage.outputTokens = value.output_tokens;
  if (usage.inputTokens !== void 0 && usage.outputTokens !== void 0) {
    usage.totalTokens = usage.inputTokens + usage.outputTokens;
  }
  return usage;
}
var AnthropicStreamSink = class extends StreamSink {
  onEvent(_event, data) {
    const payload = this.eventJson(data);
    if (!isRecord(payload)) return;
    switch (payload.type) {
      case "message_start": {
        const message = isRecord(payload.message) ? payload.message : {};
        if (typeof message.model === "string") this.modelVersion = message.model;
        if (typeof message.id === "string") this.responseId = message.id;
        if (isRecord(message.usage)) this.usage = addUsage(this.usage ?? {}, message.usage);
        break;
      }
      case "content_block_delta": {
        const delta = isRecord(payload.delta) ? payload.delta : {};
        if (delta.type === "text_delta" && typeof delta.text === "string" && delta.text !== "") {
          if (this.firstTokenAt === void 0) this.firstTokenAt = this.now();
          this.text += delta.text;
        }
        break;
      }
      case "message_delta": {
        const delta = isRecord(payload.delta) ? payload.delta : {};
        if (typeof delta.stop_reason === "string") this.finishReason = delta.stop_reason;
        if (isRecord(payload.usage)) this.usage = addUsage(this.usage ?? {}, payload.usage);
        break;
      }
      case "error": {
        const error = isRecord(payload.error) ? payload.error : {};
        const type = typeof error.type === "string" ? error.type : "error";
        const message = typeof error.message === "string" ? error.message : "unknown error";
        throw new ProviderError(
          `error in stream: ${type}: ${message}`,
          void 0,
          RETRYABLE_ERROR_TYPES.has(type),
          0,
          STREAM_ERROR_KINDS[type] ?? "server"
        );
      }
      default:
        break;
    }
  }
};
var AnthropicProvider = class {
  constructor(config, options) {
    this.config = config;
    this.options = options;
    ;
    ({ client: this.client, breaker: this.breaker } = createClient(options, config));
    this.now = options.now ?? monotonicNow;
    this.target = parseTarget(joinUrl(apiBaseUrl(config), "v1/messages"));
    const headers = {
      ...config.headers,
      "anthropic-version": config.anthropicVersion ?? ANTHROPIC_DEFAULT_VERSION
    };
    if (options.apiKey) headers["x-api-key"] = options.apiKey;
    this.headers = headers;
  }
  config;
  options;
  kind = "anthropic";
  client;
  breaker;
  headers;
  target;
  now;
  get name() {
    return this.options.name;
  }
  async complete(request, options = {}) {
    if (!this.options.apiKey) throw missingKeyError(this.options);
    const stream = request.stream ?? this.config.stream ?? false;
    let body;
    try {
      body = anthropicRequestBody(request, stream);
    } catch (error) {
      const message = errorMessage(error);
      throw new ProviderError(`${this.name}: ${message}`, void 0, false);
    }
    const sink = stream ? new AnthropicStreamSink(this.now) : void 0;
    const response = await this.client.post(this.target, this.headers, body, {
      signal: options.signal,
      sse: sink
    });
    const parsed = parseOrFail(this.name, response, sink, parseAnthropicResponse, this.client.redact);
    return toCompletionResult(parsed, response, this.now(), this.client.redact);
  }
  async close() {
    this.client.close();
  }
  health() {
    return this.breaker.snapshot();
  }
};

// src/providers/openai.ts
var AZURE_DEFAULT_API_VERSION = "2024-10-21";
function openAIRequestBody(request, kind, stream) {
  const body = kind === "azure-openai" ? {} : { model: request.model };
  body.messages = request.messages;
  const { temperature, topP, maxTokens } = request.parameters;
  if (temperature !== void 0) body.temperature = temperature;
  if (topP !== void 0) body.top_p = topP;
  if (maxTokens !== void 0) body[kind === "openai" ? "max_completion_tokens" : "max_tokens"] = maxTokens;
  const format = request.responseFormat;
  if (format?.type === "json_object") body.response_format = { type: "json_object" };
  if (format?.type === "json_schema") {
    const jsonSchema = { name: format.name, schema: format.schema };
    if (format.strict !== void 0) jsonSchema.strict = format.strict;
    body.response_format = { type: "json_schema", json_schema: jsonSchema };
  }
  if (stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  return body;
}
function parseOpenAIResponse(body) {
  const choice = isRecord(body) && Array.isArray(body.choices) ? body.choices[0] : void 0;
  if (!isRecord(body) || !isRecord(choice)) {
    throw new ProviderError("response has no choices[0]: not a Chat Completions response", void 0, false);
  }
  const message = isRecord(choice.message) ? choice.message : {};
  return {
    // A structured-output refusal comes with null content and the reason in `refusal`.
    text: contentText(message.content) ?? stringOf2(message.refusal) ?? "",
    responseId: stringOf2(body.id),
    modelVersion: stringOf2(body.model),
    usage: usageOf(body.usage),
    finishReason: stringOf2(choice.finish_reason)
  };
}
function contentText(content) {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => isRecord(part) && typeof part.text === "string" ? part.text : "").join("");
  }
  return void 0;
}
function usageOf(value) {
  if (!isRecord(value)) return void 0;
  const usage = {};
  if (typeof value.prompt_tokens === "number") usage.inputTokens = value.prompt_tokens;
  if (typeof value.completion_tokens === "number") usage.outputTokens = value.completion_tokens;
  if (typeof value.total_tokens === "number") usage.totalTokens = value.total_tokens;
  return usage;
}
function stringOf2(value) {
  return typeof value === "string" ? value : void 0;
}
var OpenAIStreamSink = class extends StreamSink {
  onEvent(_event, data) {
    if (data === "[DONE]") return;
    const chunk = this.eventJson(data);
    if (!isRecord(chunk)) return;
    if (isRecord(chunk.error)) {
      const message = stringOf2(chunk.error.message) ?? "unknown error";
      throw new ProviderError(`error in stream: ${message}`, void 0, true, 0, "server");
    }
    if (this.modelVersion === void 0) this.modelVersion = stringOf2(chunk.model);
    if (this.responseId === void 0) this.responseId = stringOf2(chunk.id);
    if (isRecord(chunk.usage)) this.usage = usageOf(chunk.usage);
    const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : void 0;
    if (!isRecord(choice)) return;
    const delta = isRecord(choice.delta) ? choice.delta : void 0;
    const content = delta ? contentText(delta.content) ?? stringOf2(delta.refusal) : void 0;
    if (content) {
      if (this.firstTokenAt === void 0) this.firstTokenAt = this.now();
      this.text += content;
    }
    if (typeof choice.finish_reason === "string") this.finishReason = choice.finish_reason;
  }
};
var OpenAIProvider = class {
  constructor(config, options) {
    this.config = config;
    this.options = options;
    this.kind = config.type;
    ({ client: this.client, breaker: this.breaker } = createClient(options, config));
    this.now = options.now ?? monotonicNow;
    this.needsKey = config.type !== "openai-compatible" || config.apiKeyEnv !== void 0;
    const headers = { ...config.headers };
    if (options.apiKey) {
      if (config.type === "azure-openai") headers["api-key"] = options.apiKey;
      else headers.authorization = `Bearer ${options.apiKey}`;
    }
    this.headers = headers;
    if (config.type === "azure-openai") parseTarget(config.baseUrl);
    else this.targetFor("");
  }
  config;
  options;
  kind;
  client;
  breaker;
  headers;
  now;
  /** Azure's URL names the deployment, so targets are per model; parsed once each. */
  targets = /* @__PURE__ */ new Map();
  needsKey;
  get name() {
    return this.options.name;
  }
  async complete(request, options = {}) {
    if (this.needsKey && !this.options.apiKey) throw missingKeyError(this.options);
    const stream = request.stream ?? this.config.stream ?? false;
    const sink = stream ? new OpenAIStreamSink(this.now) : void 0;
    const response = await this.client.post(
      this.targetFor(request.model),
      this.headers,
      openAIRequestBody(request, this.kind, stream),
      { signal: options.signal, sse: sink }
    );
    const parsed = parseOrFail(this.name, response, sink, parseOpenAIResponse, this.client.redact);
    return toCompletionResult(parsed, response, this.now(), this.client.redact);
  }
  async close() {
    this.client.close();
  }
  health() {
    return this.breaker.snapshot();
  }
  targetFor(model) {
    const key = this.kind === "azure-openai" ? model : "";
    let target = this.targets.get(key);
    if (!target) {
      target = parseTarget(this.urlFor(model));
      this.targets.set(key, target);
    }
    return target;
  }
  urlFor(model) {
    const config = this.config;
    if (config.type === "azure-openai") {
      const version = encodeURIComponent(config.apiVersion ?? AZURE_DEFAULT_API_VERSION);
      const path = `openai/deployments/${encodeURIComponent(model)}/chat/completions?api-version=${version}`;
      return joinUrl(config.baseUrl, path);
    }
    return joinUrl(apiBaseUrl(config), "chat/completions");
  }
};

// src/providers/feature-http.ts
import http2 from "node:http";
import https2 from "node:https";

// src/providers/feature-answer.ts
function answerFromReply(raw, paths) {
  if (!paths.outputPath && !paths.sourcePath) return { text: raw };
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    return { text: raw };
  }
  const output = paths.outputPath ? readPath(body, paths.outputPath) : raw;
  const source = paths.sourcePath ? readPath(body, paths.sourcePath) : void 0;
  return { text: answerText(output), ...typeof source === "string" ? { source } : {} };
}
function answerText(value) {
  if (typeof value === "string") return value;
  return value === void 0 || value === null ? "" : JSON.stringify(value);
}

// src/providers/feature-http.ts
function renderTemplate2(template, vars) {
  if (typeof template === "string") {
    const whole = /^\{\{\s*([\w.-]+)\s*\}\}$/.exec(template);
    if (whole) return lookup2(vars, whole[1]) ?? "";
    return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name) => {
      const value = lookup2(vars, name);
      return value === void 0 || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);
    });
  }
  if (Array.isArray(template)) return template.map((item) => renderTemplate2(item, vars));
  if (isRecord(template)) {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, renderTemplate2(value, vars)])
    );
  }
  return template;
}
function lookup2(vars, path) {
  let value = vars;
  for (const part of path.split(".")) {
    if (!isRecord(value)) return void 0;
    value = value[part];
  }
  return value;
}
function quoteBody(text2) {
  return quote2(text2.replace(/\s+/g, " "));
}
var FeatureHttpProvider = class {
  constructor(config, options) {
    this.config = config;
    this.options = options;
    this.head = parseTarget(featureUrl(config, "head"));
    this.base = parseTarget(featureUrl(config, "base"));
    this.now = options.now ?? (() => performance.now());
    this.timeoutMs = config.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    const headers = { ...config.headers };
    const secrets = [];
    for (const [header, envVar] of Object.entries(config.headersFromEnv ?? {})) {
      const value = options.env[envVar];
      if (value === void 0 || value === "") continue;
      options.onSecret?.(value);
      secrets.push(value);
      headers[header] = value;
    }
    this.headers = headers;
    this.redact = secretRedactor(secrets);
  }
  config;
  options;
  kind = "http";
  agent = new http2.Agent({ keepAlive: true });
  httpsAgent = new https2.Agent({ keepAlive: true });
  head;
  base;
  headers;
  now;
  timeoutMs;
  /** The header secrets (headersFromEnv) and their derived forms → `***`, in errors and answers. */
  redact;
  get name() {
    return this.options.name;
  }
  async complete(request, options = {}) {
    const vars = options.vars ?? { input: lastUser(request) };
    const target = options.side === "base" ? this.base : this.head;
    const method = this.config.method ?? "POST";
    const startedAt = this.now();
    let path = target.path;
    let payload;
    if (method === "GET") {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(vars)) {
        query.set(key, typeof value === "string" ? value : JSON.stringify(value));
      }
      path = `${path}${path.includes("?") ? "&" : "?"}${query.toString()}`;
    } else {
      payload = JSON.stringify(this.config.body === void 0 ? vars : renderTemplate2(this.config.body, vars));
    }
    const raw = await this.send(target, method, path, payload, options.signal);
    const response = { ...raw, text: this.redact(raw.text) };
    const latencyMs = this.now() - startedAt;
    if (response.status >= 400) {
      throw new ProviderError(
        `${this.name}: the feature answered HTTP ${response.status}: ${quoteBody(response.text) || "(empty body)"}`,
        response.status,
        false,
        0,
        response.status >= 500 ? "server" : "bad-request"
      );
    }
    const { text: answer, source } = this.extract(response);
    const text2 = this.redact(answer);
    const result = { text: text2, latencyMs, httpStatus: response.status, retries: 0 };
    if (response.firstByteAt !== void 0 && this.config.stream)
      result.ttftMs = response.firstByteAt - startedAt;
    if (source !== void 0) result.answerSource = source;
    return result;
  }
  async close() {
    this.agent.destroy();
    this.httpsAgent.destroy();
  }
  /** The answer text (and its source) from a JSON body, an event stream or plain text. */
  extract(response) {
    if (response.contentType.includes("text/event-stream")) {
      let text2 = "";
      const parser = new SseParser((_event, data) => {
        if (data === "[DONE]") return;
        let value = data;
        try {
          value = JSON.parse(data);
        } catch {
        }
        const piece = this.config.outputPath && typeof value !== "string" ? readPath(value, this.config.outputPath) : value;
        if (typeof piece === "string") text2 += piece;
      });
      parser.push(response.text);
      parser.end();
      return { text: text2 };
    }
    return answerFromReply(response.text, this.config);
  }
  send(target, method, path, payload, signal) {
    return new Promise((resolve3, reject) => {
      let settled = false;
      const done = (fn) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        fn();
      };
      const headers = {
        accept: "application/json, text/event-stream, text/plain",
        ...this.headers
      };
      if (payload !== void 0) {
        headers["content-type"] = "application/json";
        headers["content-length"] = Buffer.byteLength(payload);
      }
      const request = (target.https ? https2 : http2).request(
        {
          method,
          hostname: target.hostname,
          port: target.port,
          path,
          headers,
          agent: target.https ? this.httpsAgent : this.agent
        },
        (response) => {
          let text2 = "";
          let firstByteAt;
          response.setEncoding("utf8");
          response.on("data", (chunk) => {
            firstByteAt ??= this.now();
            text2 += chunk;
            if (text2.length > MAX_RESPONSE_BYTES) response.destroy();
          });
          response.on(
            "end",
            () => done(
              () => resolve3({
                status: response.statusCode ?? 0,
                text: text2,
                ...firstByteAt !== void 0 ? { firstByteAt } : {},
                contentType: String(response.headers["content-type"] ?? "")
              })
            )
          );
          response.on("error", (error) => done(() => reject(this.networkError(error))));
          response.on("close", () => {
            if (!response.complete)
              done(() => reject(this.networkError(new Error("connection closed mid-answer"))));
          });
        }
      );
      const timer = setTimeout(() => {
        request.destroy();
        done(
          () => reject(
            new ProviderError(
              `${this.name}: timed out: the feature gave no complete answer within ${this.timeoutMs} ms (providers.${this.name}.timeoutMs)`,
              void 0,
              false,
              0,
              "timeout"
            )
          )
        );
      }, this.timeoutMs);
      const onAbort = () => {
        request.destroy();
        const reason = signal?.reason;
        const deadline = reason?.name === "DeadlineExceeded" && typeof reason.message === "string";
        done(
          () => reject(
            new ProviderError(
              `${this.name}: ${deadline ? String(reason.message) : "call timed out: the run's per-call timeout (run.timeoutMs) aborted it"}`,
              void 0,
              false,
              0,
              deadline ? "deadline" : "timeout"
            )
          )
        );
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener("abort", onAbort, { once: true });
      request.on("error", (error) => done(() => reject(this.networkError(error))));
      request.end(payload);
    });
  }
  networkError(error) {
    return new ProviderError(
      `${this.name}: network error: ${errorMessage(error)}`,
      void 0,
      false,
      0,
      "network"
    );
  }
};
function lastUser(request) {
  return [...request.messages].reverse().find((m) => m.role === "user")?.content ?? "";
}

// src/providers/feature-exec.ts
import { spawn } from "node:child_process";
import { isAbsolute, join as join3 } from "node:path";
var MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
var STDERR_TAIL_CHARS = 400;
var PASSED_ENV = ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "SYSTEMROOT", "LANG"];
function varEnvName(name) {
  return `PROMPTGATE_VAR_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}
function envValue(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
var FeatureExecProvider = class {
  constructor(config, options) {
    this.config = config;
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    this.timeoutMs = config.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  }
  config;
  options;
  kind = "exec";
  now;
  timeoutMs;
  get name() {
    return this.options.name;
  }
  /** The rendered messages are not used: a feature takes its users' inputs, the case variables. */
  async complete(_request, options = {}) {
    const vars = options.vars ?? {};
    const cwd = options.side === "base" ? this.config.baseVersionCwd ?? this.config.cwd : this.config.cwd;
    const env = {};
    for (const key of PASSED_ENV) {
      const value = this.options.env[key];
      if (value !== void 0) env[key] = value;
    }
    for (const [key, value] of Object.entries(this.config.env ?? {})) env[key] = value;
    for (const [key, value] of Object.entries(vars)) env[varEnvName(key)] = envValue(value);
    env.PROMPTGATE_SIDE = options.side ?? "head";
    const startedAt = this.now();
    const { stdout, code } = await this.run(this.resolveCwd(cwd), env, JSON.stringify(vars), options.signal);
    const latencyMs = this.now() - startedAt;
    const { text: text2, source } = answerFromReply(stdout, this.config);
    return {
      text: text2,
      latencyMs,
      httpStatus: 0,
      exitCode: code,
      retries: 0,
      ...source !== void 0 ? { answerSource: source } : {}
    };
  }
  resolveCwd(cwd) {
    if (!cwd) return this.options.rootDir;
    return isAbsolute(cwd) ? cwd : join3(this.options.rootDir, cwd);
  }
  run(cwd, env, stdin, signal) {
    const [command, ...args] = this.config.command;
    return new Promise((resolve3, reject) => {
      const child2 = spawn(command, args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      let settled = false;
      const done = (fn) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        fn();
      };
      const fail = (message, kind) => {
        child2.kill("SIGKILL");
        done(() => reject(new ProviderError(`${this.name}: ${message}`, void 0, false, 0, kind)));
      };
      const timer = setTimeout(
        () => fail(
          `timed out: the command gave no answer within ${this.timeoutMs} ms and was killed (providers.${this.name}.timeoutMs)`,
          "timeout"
        ),
        this.timeoutMs
      );
      const onAbort = () => {
        const reason = signal?.reason;
        if (reason?.name === "DeadlineExceeded" && typeof reason.message === "string")
          fail(reason.message, "deadline");
        else
          fail(
            "call timed out: the run's per-call timeout (run.timeoutMs) aborted it; the command was killed",
            "timeout"
          );
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener("abort", onAbort, { once: true });
      child2.stdout.setEncoding("utf8");
      child2.stderr.setEncoding("utf8");
      child2.stdout.on("data", (chunk) => {
        if (stdout.length < MAX_OUTPUT_BYTES) stdout += chunk;
      });
      child2.stderr.on("data", (chunk) => {
        stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS * 4);
      });
      child2.on(
        "error",
        (error) => fail(`could not start ${quote2(String(command))}: ${error.message}`, "network")
      );
      child2.on("close", (code) => {
        if (code === 0) return done(() => resolve3({ stdout: stdout.trimEnd(), code: 0 }));
        const tail = quote2(stderr.replace(/\s+/g, " ").slice(-STDERR_TAIL_CHARS));
        fail(`the command exited with code ${code ?? "null (killed)"}${tail ? `: ${tail}` : ""}`, "server");
      });
      child2.stdin.on("error", () => void 0);
      child2.stdin.end(stdin);
    });
  }
};

// src/providers/registry.ts
function apiKeyEnvOf(config) {
  switch (config.type) {
    case "openai":
      return config.apiKeyEnv ?? "OPENAI_API_KEY";
    case "azure-openai":
      return config.apiKeyEnv ?? "AZURE_OPENAI_API_KEY";
    case "anthropic":
      return config.apiKeyEnv ?? "ANTHROPIC_API_KEY";
    case "openai-compatible":
      return config.apiKeyEnv;
    case "replay":
    case "http":
    case "exec":
      return void 0;
  }
}
function keyFrom(env, envVar) {
  const value = envVar === void 0 ? void 0 : env[envVar];
  return value === void 0 || value === "" ? void 0 : value;
}
function missingSecrets(config, env, options = {}) {
  const names2 = options.modelIds ? usedProviders(config, options.modelIds, options.record ?? false) : void 0;
  const missing = [];
  for (const [name, provider] of Object.entries(config.providers)) {
    if (names2 && !names2.has(name)) continue;
    const envVar = apiKeyEnvOf(provider);
    if (envVar !== void 0 && keyFrom(env, envVar) === void 0) missing.push({ provider: name, envVar });
  }
  return missing;
}
function usedProviders(config, modelIds, record) {
  const names2 = /* @__PURE__ */ new Set();
  for (const modelId of modelIds) {
    let route;
    try {
      route = routeModel(modelId, config);
    } catch {
      continue;
    }
    const provider = config.providers[route.provider];
    if (provider?.type !== "replay") {
      names2.add(route.provider);
      continue;
    }
    if (!record && provider.onMiss !== "passthrough") continue;
    try {
      names2.add(routeModel(modelId, config, { excludeReplay: true }).provider);
    } catch {
    }
  }
  return names2;
}
async function createProviders(config, env, options = {}) {
  const record = options.record ?? false;
  refuseRecordWithoutReplay(config, record);
  const providers = /* @__PURE__ */ new Map();
  const cassettes = /* @__PURE__ */ new Map();
  const built = { env, options, rootDir: options.rootDir ?? process.cwd(), record };
  for (const [name, provider] of Object.entries(config.providers)) {
    if (provider.type === "replay") {
      const cassette = await loadCassette(config, name, provider, built);
      cassettes.set(name, cassette);
      providers.set(name, new ReplayProvider(name, cassette, { onMiss: provider.onMiss }));
    } else {
      providers.set(name, liveProvider(name, provider, built));
    }
  }
  const views = replayViews(config, cassettes, record);
  return {
    providers,
    resolve: (modelId, promptFile) => resolveModel(config, providers, views, { modelId, promptFile, record }),
    async close() {
      const flushed = await Promise.allSettled(views.recorders.map((recorder) => recorder.close()));
      await Promise.allSettled([...providers.values()].map((provider) => provider.close?.()));
      const failure = flushed.find(
        (outcome) => outcome.status === "rejected"
      );
      if (failure) throw failure.reason;
    }
  };
}
function refuseRecordWithoutReplay(config, record) {
  if (record && !Object.values(config.providers).some((provider) => provider.type === "replay")) {
    throw new Error(
      `--record needs a provider of type replay in ${configFileOf(config) ?? "the PromptGate config"}: its cassette is where the recordings go, e.g. providers: { recorded: { type: replay, cassette: .promptgate/cassette.jsonl } } with defaults.provider: recorded.`
    );
  }
}
function loadCassette(config, name, provider, { options, rootDir, record }) {
  const path = resolveConfigPath(
    rootDir,
    provider.cassette,
    `providers.${name}.cassette`,
    configFileOf(config) ?? "the PromptGate config"
  );
  const mustExist = cassetteMustExist(provider, record);
  return Cassette.load(path, provider.cassette, { mustExist, files: options.cassetteFiles });
}
function liveProvider(name, provider, { env, options, rootDir }) {
  const { defaultTimeoutMs, now } = options;
  if (provider.type === "http") {
    return new FeatureHttpProvider(provider, { name, env, defaultTimeoutMs, onSecret: options.onSecret, now });
  }
  if (provider.type === "exec")
    return new FeatureExecProvider(provider, { name, rootDir, env, defaultTimeoutMs, now });
  const apiKeyEnv = apiKeyEnvOf(provider);
  const apiKey = keyFrom(env, apiKeyEnv);
  if (apiKey !== void 0) options.onSecret?.(apiKey);
  const httpOptions = {
    name,
    apiKey,
    apiKeyEnv,
    defaultTimeoutMs,
    maxSockets: options.maxSockets,
    sleep: options.sleep,
    random: options.random,
    now
  };
  return provider.type === "anthropic" ? new AnthropicProvider(provider, httpOptions) : new OpenAIProvider(provider, httpOptions);
}
function replayViews(config, cassettes, record) {
  const views = /* @__PURE__ */ new Map();
  const recorders = [];
  const viewFor = (replayName, real) => {
    const id = `${replayName}\0${real?.name ?? ""}`;
    let view = views.get(id);
    if (!view) {
      const cassette = cassettes.get(replayName);
      const replayConfig = config.providers[replayName];
      if (record && real) {
        const recorder = new CassetteRecorder(real, cassette, { name: replayName });
        recorders.push(recorder);
        view = recorder;
      } else {
        view = new ReplayProvider(replayName, cassette, { onMiss: replayConfig.onMiss, passthrough: real });
      }
      views.set(id, view);
    }
    return view;
  };
  return { viewFor, recorders };
}
function resolveModel(config, providers, views, call) {
  const { modelId, promptFile, record } = call;
  const route = routeModel(modelId, config, { promptFile });
  const provider = providers.get(route.provider);
  if (provider.kind !== "replay") return { provider, model: route.model, route };
  let real;
  try {
    real = routeModel(modelId, config, { promptFile, excludeReplay: true });
  } catch (error) {
    if (record) throw error;
  }
  const explicit = route.rule === "models" && config.models?.[modelId]?.model !== void 0;
  const model = explicit || !real ? route.model : real.model;
  return { provider: views.viewFor(route.provider, real && providers.get(real.provider)), model, route };
}

// src/engine/prepare.ts
async function readOrDiscoverConfig(configPath, files, options) {
  try {
    return { config: await readConfigFile(configPath, files), discovered: false };
  } catch (error) {
    const missingDefault = error instanceof MissingFileError && error.path === configPath && configPath === DEFAULT_CONFIG_PATH;
    if (!missingDefault || !options.env || !files.listFiles) throw error;
    return { config: discoveryConfig(options.env, configPath), discovered: true };
  }
}
async function loadProject(configPath, files, onWarning = () => void 0, options = {}) {
  const { config, discovered } = await readOrDiscoverConfig(configPath, files, options);
  const suites = await resolveSuites(config, files, { onWarning });
  const found = await preflight(config, suites, configPath, files);
  found.warnings.forEach(onWarning);
  if (found.errors.length > 0) throw new SourceError("PromptGate cannot run these suites", found.errors);
  if (!discovered) return { config, suites };
  const providers = Object.keys(config.providers).join(", ");
  return {
    config,
    suites,
    discovered: `No config at ${configPath}: evaluated the ${suites.length === 1 ? "prompt file" : `${suites.length} prompt files`} found (${DISCOVERY_GLOB}) with their own testData and evaluators, on ${providers}.`
  };
}
var SuiteSelectionError = class extends Error {
  name = "SuiteSelectionError";
};
function selectSuites(suites, ids) {
  if (ids.length === 0) return suites;
  const unknown = ids.filter((id) => !suites.some((s) => s.id === id));
  if (unknown.length > 0) {
    throw new SuiteSelectionError(
      `unknown suite id(s): ${unknown.join(", ")}; the config defines: ${suites.map((s) => s.id).join(", ")}`
    );
  }
  return suites.filter((s) => ids.includes(s.id));
}
function samePrompt(a, b) {
  return a.model === b.model && isDeepStrictEqual(a.messages, b.messages) && isDeepStrictEqual(a.responseFormat, b.responseFormat) && isDeepStrictEqual(a.modelParameters, b.modelParameters);
}
async function withBase(suite, base, basePromptFile = suite.config.prompt, renamed = false) {
  let basePrompt;
  try {
    basePrompt = await loadPrompt({ ...suite.config, prompt: basePromptFile }, base);
  } catch (error) {
    if (error instanceof MissingFileError) return { suite, change: "added" };
    throw error;
  }
  const change = samePrompt(basePrompt, suite.prompt) ? "unchanged" : renamed ? "renamed" : "modified";
  if (change === "unchanged") return { suite, change, basePromptFile };
  return { suite, change, basePrompt, basePromptFile };
}
function missingKeys(config, suites, env, record = false) {
  const graded = suites.some(
    (s) => s.robustness?.judge === true || [...s.checks, ...s.cases.flatMap((c) => c.checks)].some(isModelGraded)
  );
  const judge = graded ? config.judge : void 0;
  const modelIds = suites.map((s) => s.modelId);
  if (judge && !judge.provider) modelIds.push(judge.model);
  const missing = missingSecrets(config, env, { modelIds, record });
  const pinned = judge?.provider ? config.providers[judge.provider] : void 0;
  const envVar = pinned ? apiKeyEnvOf(pinned) : void 0;
  if (judge?.provider && envVar && !env[envVar] && !missing.some((m) => m.provider === judge.provider)) {
    missing.push({ provider: judge.provider, envVar });
  }
  return missing;
}
function describeMissingKeys(missing) {
  return missing.map((m) => `${m.envVar} (provider ${m.provider})`).join(", ");
}

// src/report/terminal.ts
var CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function inertLine(text2, max = 160) {
  let line = text2.replace(/\r?\n/g, " \u23CE ").replace(CONTROL_CHARS, "\uFFFD");
  if (line.startsWith("::")) line = ` ${line}`;
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
var VERDICT_LABEL = {
  pass: "PASS",
  improvement: "IMPROVED",
  regression: "REGRESSION",
  fail: "FAIL",
  inconclusive: "INCONCLUSIVE",
  skipped: "SKIPPED",
  error: "ERROR"
};
var ms = milliseconds;
function versionLine(label, stats) {
  if (!stats) return `  ${label}: \u2013`;
  const parts = [
    `pass ${percent(stats.passRate)} (${stats.passedSamples}/${stats.passedSamples + stats.failedSamples} samples`,
    stats.errorSamples > 0 ? `, ${stats.errorSamples} errors)` : ")",
    `  p50 ${ms(stats.latencyMs?.p50)} p95 ${ms(stats.latencyMs?.p95)}`,
    `  tokens in ${stats.tokens.input} out ${stats.tokens.output}`,
    stats.cost ? `  cost ${dollars(stats.cost.totalUsd)}` : stats.tokens.input > 0 ? "  cost unknown (no price for this model; see prices:)" : "",
    stats.cacheHits > 0 ? `  cached ${stats.cacheHits}` : "",
    stats.safetyViolations > 0 ? `  safety violations ${stats.safetyViolations}` : ""
  ];
  return `  ${label}: ${parts.join("")}`;
}
function failingSample(samples) {
  return samples?.find((s) => !s.pass);
}
function caseLines(testCase) {
  const sample = failingSample(testCase.head);
  if (!sample) return [];
  const lines = [
    `    \u2717 ${inertLine(testCase.id, 60)} (${inertLine(testCase.source.file, 80)}:${testCase.source.line ?? "?"})`
  ];
  if (sample.error) {
    lines.push(`      error: ${inertLine(sample.error)}`);
    return lines;
  }
  for (const check of sample.checks.filter((c) => !c.pass)) {
    lines.push(
      `      ${check.id} [${check.status === "ok" ? "fail" : check.status}]: ${inertLine(check.reason)}`
    );
  }
  lines.push(`      output: ${inertLine(sample.output ?? "", 200)}`);
  return lines;
}
function renderTerminal(report, options = {}) {
  const maxCases = options.maxCases ?? 5;
  const lines = [];
  for (const suite of report.suites) {
    lines.push(
      `${VERDICT_LABEL[suite.verdict]}  ${suite.id}  (${inertLine(suite.promptFile, 100)}, ${suite.model} via ${suite.provider})`
    );
    lines.push(`  ${inertLine(suite.reason, 400)}`);
    if (suite.needs) lines.push(`  to decide: ${inertLine(suite.needs.description, 400)}`);
    if (suite.base) lines.push(versionLine("base", suite.base));
    lines.push(versionLine(suite.base ? "head" : "result", suite.head));
    for (const budget of suite.budgets.filter((b) => b.status !== "pass")) {
      lines.push(`  budget ${budget.id}: ${budget.status} \u2014 ${inertLine(budget.message, 300)}`);
    }
    for (const category of suite.robustness?.categories ?? []) {
      for (const metric of category.metrics.filter((m) => m.status !== "pass")) {
        lines.push(`  robustness ${metric.status}: ${inertLine(metric.message, 300)}`);
      }
    }
    for (const unsupported2 of suite.unsupportedChecks) {
      lines.push(`  not evaluated: ${unsupported2.id} \u2014 ${inertLine(unsupported2.reason, 300)}`);
    }
    const failing = suite.cases.filter((c) => failingSample(c.head));
    for (const testCase of failing.slice(0, maxCases)) lines.push(...caseLines(testCase));
    if (failing.length > maxCases)
      lines.push(`    \u2026 and ${failing.length - maxCases} more failing cases (see the JSON report)`);
    lines.push("");
  }
  for (const note of report.notes) lines.push(`note: ${inertLine(note, 400)}`);
  lines.push(`Verdict: ${report.verdict.toUpperCase()} \u2014 ${inertLine(report.reason, 400)}`);
  return lines.join("\n");
}

export {
  require_dist3 as require_dist,
  refuseOversized,
  gitRepoFiles,
  fsRepoFiles,
  canonicalJson,
  datasetFormat,
  runChecks,
  aggregateSample,
  unsupportedChecks,
  templateVariables,
  renderCase,
  loadConfig,
  isPromptGlob,
  suiteIdForFile,
  matchFiles,
  rejudgedUnder,
  parametersFor,
  suiteSide,
  configuredChecks,
  suiteFiles,
  configuredOutputPaths,
  ignoreOutputFolder,
  proxyUrlFor,
  describeProxy,
  secretForms,
  RoutingError,
  pinnedJudgeProblem,
  providerModelName,
  routeModel,
  createProviders,
  missingKeyIssues,
  missingCassetteIssues,
  loadProject,
  SuiteSelectionError,
  selectSuites,
  withBase,
  missingKeys,
  describeMissingKeys,
  inertLine,
  renderTerminal
};
