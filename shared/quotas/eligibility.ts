/**
 * Eligibility: whether a nomination may compete for a place at all. Ineligible nominations take no place in any
 * limit. Two stages: each nomination on its own (plan references, a movement that takes none of its kind, the
 * award's eligibility rules in scope), then one award per nominee per movement among those still standing.
 */
import { msg } from '../messages';
import { checkNominationRef } from '../nominations';
import type { Entry, Registrations } from './facts';
import { PersonIndex } from './identity';
import { awardName, inScope, type PlanIndex } from './plan-index';

/**
 * Reasons a nomination is ineligible on its own, [] when it may compete. A stored nomination that no longer
 * matches the plan (the Worker rejects such bodies with 422, so only stale data gets here) is ineligible with
 * the same message the 422 would carry.
 */
export function ownIneligibility(ix: PlanIndex, e: Entry, registrations: Registrations): string[] {
  const nom = e.nom;
  const reasons = checkNominationRef(ix, nom).map((p) => p.message.replace(/\.$/, ''));
  const kind = nom.nominee.kind;
  const movement = nom.movement ? ix.movements.get(nom.movement) : undefined;
  if (movement?.quota?.[kind] === null) reasons.push(msg.quotaMovementNoKind(movement.code, kind));

  const award = awardName(ix, nom.award);
  const group = nom.group ? ix.groups.get(nom.group) : undefined;
  const hasGroup = Boolean(nom.group);
  for (const rule of ix.eligibility.get(nom.award) ?? []) {
    if (!inScope(rule, nom)) continue;
    if (rule.maxRank !== undefined) {
      const rank = e.standing?.rank ?? null;
      if (rank === null || rank > rule.maxRank)
        reasons.push(msg.quotaRankTooLow(rule.maxRank, award, group?.kind, rank, hasGroup));
    }
    if (rule.minClass !== undefined) {
      const bands = nom.group ? ix.bands.get(nom.group) : undefined;
      const wanted = bands?.get(rule.minClass);
      const current = e.standing?.classification ?? null;
      if (bands && wanted === undefined) {
        reasons.push(msg.quotaClassUnknown(rule.minClass, group?.name ?? String(nom.group)));
      } else {
        const at = current === null ? undefined : bands?.get(current);
        if (wanted === undefined || at === undefined || at > wanted)
          reasons.push(msg.quotaClassTooLow(rule.minClass, award, current, hasGroup));
      }
    }
    if (rule.voted && !e.standing?.voted) reasons.push(msg.quotaNotVoted(award, hasGroup));
    if (rule.registered && !registrations.registered(e)) reasons.push(msg.quotaNotRegistered(award));
  }
  return reasons.length > 1 ? [...new Set(reasons)] : reasons;
}

/**
 * One award per nominee per movement, and one filing per nominee per award outside movements: walks `entries`
 * (those eligible on their own) in filing order and returns, for each later nomination of a nominee who
 * already has a standing one under the same movement (or, without a movement, for the same award), the reason
 * it is refused. Without the second rule the same person filed ten times for one title would take ten places
 * and count ten times in a ratio's base. A refused nomination does not stand, so it blocks nobody (identity
 * is not transitive: "An" without a birth date refused after "An 1980" does not block "An 1990").
 */
export function exclusivity(ix: PlanIndex, entries: readonly Entry[]): Map<Entry, string> {
  const refused = new Map<Entry, string>();
  const collectives = new Map<string, Entry>();
  const people = new PersonIndex<Entry>();
  for (const e of entries) {
    const movement = e.nom.movement;
    // Movements and awards share no scope: a movement code is never empty, an award scope starts with \u0001.
    const scope = movement ? movement : `\u0001${e.nom.award}`;
    const collectiveKey = `${scope}\u0000${e.nom.nominee.unit}`;
    const earlier =
      e.nom.nominee.kind === 'collective' ? collectives.get(collectiveKey) : people.first(scope, e);
    if (earlier) {
      const award = awardName(ix, earlier.nom.award);
      refused.set(
        e,
        movement ? msg.quotaAlreadyInMovement(award, movement) : msg.quotaAlreadyNominated(award),
      );
    } else if (e.nom.nominee.kind === 'collective') {
      collectives.set(collectiveKey, e);
    } else {
      people.add(scope, e);
    }
  }
  return refused;
}
