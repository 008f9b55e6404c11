/**
 * Imported first by each page's entry, before any schema is built: zod compiles its object parsers with
 * `new Function` unless told not to, and even its probe for that is reported as a violation of the pages'
 * CSP (no 'unsafe-eval', decision 0029). Jitless zod parses the same, a little slower.
 */
import * as z from 'zod';

z.config({ jitless: true });
