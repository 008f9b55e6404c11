/** Routes of the "audit" area (filled in by the next commits). */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const audit = new Hono<AppEnv>();
