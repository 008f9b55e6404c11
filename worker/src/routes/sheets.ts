/** Routes of the "sheets" area (filled in by the next commits). */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const sheets = new Hono<AppEnv>();
