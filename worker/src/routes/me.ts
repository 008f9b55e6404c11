/** GET /me: who the token stands for and, for a unit, every group it belongs to. */
import { Hono } from 'hono';
import { Me } from '../../../shared/contract/tokens';
import { isoVn } from '../../../shared/time';
import { groupsOfUnit } from '../db/campaigns';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { reply } from './reply';

export const me = new Hono<AppEnv>();

documentRoute({ method: 'get', path: '/me', tag: 'tokens', responses: { 200: { schema: Me } } });

me.get('/me', async (c) => {
  const actor = c.get('actor');
  const groups = actor.unit ? await groupsOfUnit(c.env.DB, actor.unit) : [];
  return reply(c, Me, {
    role: actor.role,
    unit: actor.unit,
    label: actor.label,
    groups: groups.map((g) => ({
      campaign: g.campaign,
      group: g.code,
      kind: g.kind,
      name: g.name,
      lead: g.lead,
      isLead: g.lead === actor.unit,
      deadline: isoVn(g.deadline_at),
    })),
  });
});
