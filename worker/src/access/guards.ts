/**
 * Role guards (contract: "Authentication and roles"). `allow(...)` is route middleware for a fixed role
 * list; the relation checks (own unit, lead unit, responsible unit) need the path and live in the services,
 * built on `isLeadOf` / `isResponsibleFor` (SQL in db/relations.ts).
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as rel from '../db/relations';
import type { AppEnv } from '../env';
import { forbidden } from '../errors';
import { wmsg } from '../messages';
import type { Actor, Role } from './actor';

/** Route middleware: 403 unless the caller's role is listed. */
export function allow(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('actor').role)) throw forbidden();
    await next();
  });
}

/** Throws 403 unless the caller's role is listed. */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw forbidden();
}

/** The caller, typed. */
export const actorOf = (c: Context<AppEnv>): Actor => c.get('actor');

/** Whether the caller is a unit token bound to `unit`. */
export const isUnit = (actor: Actor, unit: string) => actor.role === 'unit' && actor.unit === unit;

/** Whether the caller is the lead unit of the group. */
export function isLeadOf(
  db: D1Database,
  campaign: string,
  group: string,
  actor: Actor | string,
): Promise<boolean> {
  const unit = typeof actor === 'string' ? actor : actor.role === 'unit' ? actor.unit : null;
  return unit ? rel.isLeadOf(db, campaign, group, unit) : Promise.resolve(false);
}

/** Whether the caller is the responsible unit of the movement. */
export function isResponsibleFor(
  db: D1Database,
  campaign: string,
  movement: string,
  actor: Actor | string,
): Promise<boolean> {
  const unit = typeof actor === 'string' ? actor : actor.role === 'unit' ? actor.unit : null;
  return unit ? rel.isResponsibleFor(db, campaign, movement, unit) : Promise.resolve(false);
}

/** 403 unless the caller may read the campaign: staff roles always, a unit when the campaign lists it. */
export async function requireCampaignReader(db: D1Database, campaign: string, actor: Actor): Promise<void> {
  if (actor.role !== 'unit') return;
  if (!actor.unit || !(await rel.isListedIn(db, campaign, actor.unit)))
    throw forbidden(wmsg.notListed(campaign));
}
