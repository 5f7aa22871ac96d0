import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-EQES67B3.js";
import "./chunk-IEJME6RR.js";
export default require_undici();
