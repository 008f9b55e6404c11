/** Routes of the "tokens" area (filled in by the next commits). */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const tokens = new Hono<AppEnv>();
