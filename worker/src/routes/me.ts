/** Routes of the "me" area (filled in by the next commits). */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const me = new Hono<AppEnv>();
