import type { RuleId } from '../../shared/explanation/index.ts';
import type { CustomerKind } from './termination.ts';

/** bit:12.1 asks for written notice; vn:1.6.1 allows post or e-mail. */
export const NOTICE_CHANNELS = ['post', 'email', 'registered-letter', 'portal'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * The only events that end a contract (the timeline's `endingOf`): without one of them a contract
 * runs on and renews, so the daily endings need look at no other contract.
 */
export const ENDING_EVENT_KINDS = ['notice-given', 'cancelled', 'terminated', 'dissolved'] as const;

/** What can happen to a contract once formed; each is stored as a fact with its date. */
export type ContractEvent =
  | {
      readonly kind: 'notice-given';
      readonly on: string;
      /** bit:12.1 "written notice"; vn:1.6.1 "by post or e-mail". */
      readonly by: 'customer' | 'seller';
      readonly channel: NoticeChannel;
    }
  | { readonly kind: 'cancelled'; readonly on: string; readonly feeCents: number }
  | {
      readonly kind: 'terminated';
      readonly on: string;
      /** One of the profile's immediateTermination grounds (vn:1.6.3, bit:11.5). */
      readonly ground: string;
      readonly remainingTermChargeCents: number | null;
    }
  | {
      readonly kind: 'notice-of-default-sent';
      readonly on: string;
      readonly termDays: number;
      readonly breach: string;
    }
  | {
      readonly kind: 'dissolved';
      readonly on: string;
      readonly remainingTermChargeCents: number | null;
      /** Absent: for default (vn:1.6.2). `force-majeure`: bit:6.4, bit:6.5, vn:1.10.4, no charge either way. */
      readonly cause?: 'force-majeure';
      /** Who dissolved, for a cause that lets either party end it. */
      readonly by?: 'customer' | 'seller';
      /** The force-majeure event behind it, e.g. `FM-3`. */
      readonly reference?: string;
      /** The rules that gave the right, when not the profile's dissolution rules. */
      readonly because?: readonly RuleId[];
    }
  | {
      readonly kind: 'transferred';
      readonly on: string;
      readonly fromCustomerId: string;
      readonly toCustomerId: string;
      readonly toCustomerKind: CustomerKind;
      /** vn:1.9.1: the seller's written consent. */
      readonly consent: { readonly by: string; readonly on: string };
    }
  | {
      readonly kind: 'deviation-agreed';
      readonly on: string;
      /** A profile parameter by its dotted path, e.g. `contracts.fixedTerm.notice.months`. */
      readonly parameter: string;
      readonly value: unknown;
      /** bit:1.1: agreed in writing, by whom. */
      readonly agreedBy: string;
    }

  /** vn:1.1.4: the customer was told of a new version of the terms. */
  | { readonly kind: 'terms-change-notified'; readonly on: string; readonly versionId: string }
  /** vn:1.1.4: a written objection, with reasons, within the window. */
  | {
      readonly kind: 'terms-objection-received';
      readonly on: string;
      readonly versionId: string;
      readonly reasons: string;
    }
  | {
      readonly kind: 'terms-objection-decided';
      readonly on: string;
      readonly versionId: string;
      readonly outcome: 'new-version-applies' | 'old-version-kept';
    };
