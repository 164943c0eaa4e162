import type { Actor } from '../../shared/model/review';

export const TRANSLATOR: Actor = { name: '王芳', role: 'translator' };
export const REVIEWER: Actor = { name: 'Jane Smith', role: 'reviewer' };
export const AT = '2026-11-21T09:00:00.000Z';

/** The actor and time fields of an edit that records who did it and when. */
export const BY_TRANSLATOR = { actor: TRANSLATOR, at: AT };
export const BY_REVIEWER = { actor: REVIEWER, at: AT };
