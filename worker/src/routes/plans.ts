/** Routes of the "plans" area (filled in by the next commits). */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const plans = new Hono<AppEnv>();
