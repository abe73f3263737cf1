// The fixed vocabularies of the content format, free of any library so every part of the
// game can import them cheaply (the schema in schema.ts builds on them).
export const SCAM_TYPES = [
  'romance', 'investment-group', 'insider', 'task-rebate', 'customer-service', 'police-impersonation',
  'prize', 'loan', 'sim-card', 'friend-impersonation', 'shopping', 'genuine',
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const STAGES = ['approach', 'trust', 'induce', 'harvest'] as const;
export const ROLES = ['scammer', 'genuine', 'official'] as const;
export const OUTCOMES = ['scammed', 'escaped', 'reported', 'resolved', 'missed-out'] as const;
export const RULES = ['link', 'call', 'info', 'transfer'] as const;
export const INFO_KINDS = ['id-card', 'bank-card', 'verification-code', 'password', 'phone', 'photo', 'address'] as const;
/** Generated pictures the UI knows how to draw; images are never real photos. */
export const ART_KINDS = [
  'profit-chart', 'screenshot', 'selfie', 'scenery', 'food', 'document', 'warrant', 'qr', 'receipt',
  'product', 'car', 'gift', 'hospital', 'luxury', 'office', 'parcel', 'group-photo',
] as const;
export const SENDER_PLAYER = 'player';
export const SENDER_SYSTEM = 'system';

export type ScamType = (typeof SCAM_TYPES)[number];
export type Stage = (typeof STAGES)[number];
export type Role = (typeof ROLES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Rule = (typeof RULES)[number];
export type InfoKind = (typeof INFO_KINDS)[number];

/** Safe moves a reply can stand for, scored like the matching action ("verify" = checking who someone is another way, e.g. a video call). */
export const PROTECTS = ['call-96110', 'ask-family', 'check-official', 'verify'] as const;
export type Protects = (typeof PROTECTS)[number];

export const ACTIONS = [
  'block', 'report', 'call-96110', 'ask-family', 'check-official', 'transfer', 'share-info', 'click-link', 'receive', 'flag',
] as const;
export type ReactionAction = (typeof ACTIONS)[number];
