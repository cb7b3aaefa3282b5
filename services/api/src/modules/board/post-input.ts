import { isValidObjectId } from 'mongoose';
import { subcategoryById } from '@reemploi/taxonomy';
import { AppError, ErrorCode } from '../../shared/errors';
import type { BoardPostInput } from '../../generated/graphql';

/** Why a post was refused (extensions.problem under BAD_USER_INPUT): stable, clients may word each. */
export type PostProblem =
  | 'TITLE_REQUIRED'
  | 'TOO_LONG'
  | 'NEGATIVE_QUANTITY'
  | 'QUANTITY_REQUIRED'
  | 'UNIT_REQUIRED'
  | 'UNKNOWN_SUB_CATEGORY'
  | 'SUB_CATEGORY_REQUIRED'
  | 'UNKNOWN_COMPETENCE'
  | 'BAD_DATE'
  | 'EXPIRY_IN_PAST'
  | 'EXPIRY_TOO_FAR'
  | 'PICKUP_REQUIRED'
  | 'PICKUP_NOT_OWN_PLACE'
  | 'PICKUP_NOT_A_COMMUNE'
  | 'BAD_EMAIL'
  | 'BAD_PHONE'
  | 'TOO_MANY_PHOTOS'
  | 'UNKNOWN_PHOTO';

export const postRefused = (problem: PostProblem, field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, problem });

export const MAX_PHOTOS = 6;
const MAX_EXPIRY_MS = 366 * 24 * 3600 * 1000;
const MAX_QUANTITY = 1_000_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d .()-]{6,25}$/;
const COMPETENCE = /^[A-Z][A-Z0-9_]{1,59}$/;
/** An INSEE code, or a commune's name: letters, spaces, hyphens, apostrophes, no digits (so no street address). */
const INSEE = /^\d[\dAB]\d{3}$/;
const COMMUNE_NAME = /^[\p{L}][\p{L}'’ -]{0,79}$/u;

/** A post's fields once checked, before the pick-up place is resolved. */
export interface CheckedPost {
  kind: 'OFFER' | 'NEED';
  type: BoardPostInput['type'];
  title: string;
  description: string | null;
  subCategory: string | null;
  category: string | null;
  competence: string | null;
  quantity: number | null;
  unit: BoardPostInput['unit'] | null;
  availability: string | null;
  pickupPlaceId: string | null;
  pickupCommune: string | null;
  photoIds: string[];
  contactEmail: string | null;
  contactPhone: string | null;
  publicContact: boolean;
  expiresAt: Date;
}

function text(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw postRefused('TOO_LONG', field, `At most ${max} characters.`);
  return trimmed || null;
}

/** Checks a post as typed by its author; throws BAD_USER_INPUT with a stable `problem` on the first fault. */
export function checkPostInput(input: BoardPostInput, now: Date): CheckedPost {
  const title = text(input.title, 'title', 120);
  if (!title) throw postRefused('TITLE_REQUIRED', 'title', 'Give the post a title.');
  let subCategory: string | null = null;
  let category: string | null = null;
  if (input.subCategory) {
    const sub = subcategoryById(input.subCategory);
    if (!sub) throw postRefused('UNKNOWN_SUB_CATEGORY', 'subCategory', `Unknown sub-category ${input.subCategory}.`);
    subCategory = sub.id;
    category = sub.categoryId;
  } else if (input.type === 'MATERIAL')
    throw postRefused('SUB_CATEGORY_REQUIRED', 'subCategory', 'Say which kind of material (an LVAO sub-category).');
  const competence = input.competence?.trim() || null;
  if (competence && !COMPETENCE.test(competence))
    throw postRefused('UNKNOWN_COMPETENCE', 'competence', 'A competence is a code of the vocabulary (REPAIR…).');
  const quantity = input.quantity ?? null;
  if (quantity !== null && !(quantity > 0))
    throw postRefused('NEGATIVE_QUANTITY', 'quantity', 'The quantity must be greater than 0.');
  if (quantity !== null && quantity > MAX_QUANTITY)
    throw postRefused('TOO_LONG', 'quantity', `At most ${MAX_QUANTITY}.`);
  if (input.type === 'MATERIAL' && quantity === null)
    throw postRefused('QUANTITY_REQUIRED', 'quantity', 'Say how much (a quantity and its unit).');
  if (quantity !== null && !input.unit) throw postRefused('UNIT_REQUIRED', 'unit', 'Give the quantity’s unit.');
  const expiresAt = new Date(input.expiresAt);
  if (Number.isNaN(expiresAt.getTime()))
    throw postRefused('BAD_DATE', 'expiresAt', 'The expiry is an ISO date-time (2027-01-31T18:00:00Z).');
  if (expiresAt.getTime() <= now.getTime())
    throw postRefused('EXPIRY_IN_PAST', 'expiresAt', 'The expiry must be in the future.');
  if (expiresAt.getTime() - now.getTime() > MAX_EXPIRY_MS)
    throw postRefused('EXPIRY_TOO_FAR', 'expiresAt', 'A post lasts at most a year; post it again later.');
  const pickupPlaceId = input.pickupPlaceId ?? null;
  const pickupCommune = input.pickupCommune?.trim() || null;
  if (!pickupPlaceId && !pickupCommune)
    throw postRefused('PICKUP_REQUIRED', 'pickupPlaceId', 'Choose one of your places or a commune.');
  if (pickupPlaceId && !isValidObjectId(pickupPlaceId))
    throw postRefused('PICKUP_NOT_OWN_PLACE', 'pickupPlaceId', 'Choose one of your organisation’s places.');
  if (!pickupPlaceId && pickupCommune && !INSEE.test(pickupCommune) && !COMMUNE_NAME.test(pickupCommune))
    throw postRefused(
      'PICKUP_NOT_A_COMMUNE',
      'pickupCommune',
      'Give only a commune (a name or an INSEE code), never a street address.',
    );
  const photoIds: string[] = [...new Set(input.photoIds ?? [])];
  if (photoIds.length > MAX_PHOTOS) throw postRefused('TOO_MANY_PHOTOS', 'photoIds', `At most ${MAX_PHOTOS} photos.`);
  if (photoIds.some((id) => !isValidObjectId(id)))
    throw postRefused('UNKNOWN_PHOTO', 'photoIds', 'Upload the photos first (POST /board/photos).');
  const contactEmail = text(input.contactEmail, 'contactEmail', 254);
  if (contactEmail && !EMAIL.test(contactEmail))
    throw postRefused('BAD_EMAIL', 'contactEmail', 'Not an e-mail address.');
  const contactPhone = text(input.contactPhone, 'contactPhone', 40);
  if (contactPhone && !PHONE.test(contactPhone)) throw postRefused('BAD_PHONE', 'contactPhone', 'Not a phone number.');
  return {
    kind: input.kind,
    type: input.type,
    title,
    description: text(input.description, 'description', 2000),
    subCategory,
    category,
    competence,
    quantity,
    unit: quantity !== null ? (input.unit ?? null) : null,
    availability: text(input.availability, 'availability', 200),
    pickupPlaceId,
    pickupCommune,
    photoIds,
    contactEmail,
    contactPhone,
    publicContact: input.publicContact ?? false,
    expiresAt,
  };
}
