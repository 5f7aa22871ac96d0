import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/rails/validators/language.ts
var LANGUAGE_ID = "language";
var DEFAULT_MIN_LETTERS = 20;
var CODE_BLOCK = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;
var URL = /(?<!\S)(?:https?:\/\/\S+|www\.\S+|[^\s@]+@\S+)|\bhttps?:\/\/\S+/g;
function createLanguageValidator(options) {
  const minLetters = options.minLetters ?? DEFAULT_MIN_LETTERS;
  const verdict = (text) => {
    const prose = text.replace(CODE_BLOCK, " ").replace(URL, " ");
    const letters = prose.match(new RegExp("\\p{L}", "gu"))?.length ?? 0;
    return letters < minLetters ? void 0 : options.detector.detect(prose);
  };
  return {
    ids: [LANGUAGE_ID],
    redact: false,
    run(output, context) {
      const expectedRaw = context.expectedLanguage ?? options.expected ?? (context.input !== void 0 ? verdict(context.input) : void 0);
      if (expectedRaw === void 0) return [];
      const expected = baseLanguage(expectedRaw);
      const actual = verdict(output);
      if (actual === void 0 || baseLanguage(actual) === expected) return [];
      return [
        {
          validator: LANGUAGE_ID,
          start: 0,
          end: output.length,
          message: `answer is in "${actual}", expected "${expected}"`
        }
      ];
    }
  };
}
function baseLanguage(code) {
  return code.toLowerCase().split(/[-_]/)[0] ?? code;
}
function eldDetector(eld) {
  return {
    detect(text) {
      const result = eld.detect(text);
      return result.language !== "" && result.isReliable() ? result.language : void 0;
    }
  };
}
async function loadEldDetector() {
  const module = await import("./static.extrasmall-CRMR75HW.js");
  return eldDetector(module.eld);
}

export {
  LANGUAGE_ID,
  createLanguageValidator,
  loadEldDetector
};
