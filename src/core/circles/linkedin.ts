/**
 * What a LinkedIn connection says about where the owner met a contact. Its current company against the
 * card: a card at the owner's company while LinkedIn says elsewhere means they left — a former colleague
 * (the card's colleague evidence is stale, so it goes); LinkedIn at the owner's company means a colleague
 * now. Being connected at all says only that they know each other online: evidence for the online circle
 * when, and only when, nothing else shows where they met.
 */
import { sameCompanyKey } from '../contacts';
import { companyKey } from '../text/company';
import type { CurrentPosition } from '../linkedin/types';
import type { EngineContext } from './context';
import type { FieldMemo } from './facts';
import type { Reason } from './types';

/** Weights: leaving is as strong as an old address at the owner's company; "online" is barely enough. */
export const linkedinWeights = { left: 0.8, joined: 0.6, onlineOnly: 0.55 } as const;

const STALE_COLLEAGUE = new Set(['owner-domain', 'current-employer']);

/** The contact's reasons once LinkedIn's current position is known. */
export function withLinkedIn(
  reasons: readonly Reason[],
  position: CurrentPosition,
  ctx: EngineContext,
  memo: FieldMemo,
): Reason[] {
  const company = position.company;
  const atOwner = (name: string): boolean =>
    memo.company(name).current || (!!ctx.current && sameCompanyKey(companyKey(ctx.current.name), companyKey(name)));
  if (company && ctx.current) {
    const stale = reasons.filter((r) => r.circle === 'colleagues' && STALE_COLLEAGUE.has(r.kind));
    if (!atOwner(company) && stale.length > 0)
      return [
        ...reasons.filter((r) => !stale.includes(r)),
        {
          field: 'linkedin',
          kind: 'linkedin-left',
          evidence: company,
          circle: 'former-colleagues',
          weight: linkedinWeights.left,
        },
      ];
    if (atOwner(company) && stale.length === 0)
      return [
        ...reasons,
        {
          field: 'linkedin',
          kind: 'linkedin-joined',
          evidence: company,
          circle: 'colleagues',
          weight: linkedinWeights.joined,
        },
      ];
  }
  if (reasons.length > 0) return [...reasons];
  return [
    {
      field: 'linkedin',
      kind: 'linkedin-only',
      evidence: company ?? '',
      circle: 'online',
      weight: linkedinWeights.onlineOnly,
    },
  ];
}
