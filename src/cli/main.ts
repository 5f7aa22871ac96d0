#!/usr/bin/env node
import { PROMPTGATE_VERSION } from '../version.js'

console.log(PROMPTGATE_VERSION)
