import { isValidObjectId } from 'mongoose';
import { ErrorReason, badInput, notFound, refusal } from '../../shared/errors';
import { ApiKeyModel, ApiKeyUsageModel, type ApiKeyScope } from './api-key.model';
import { generateSecret } from './api-key-secret';
import { createApiKeyInput, toProblems, type CreateApiKeyInput, type InputProblem } from './api-key-input';

/** An API key as shown to admins and to its owner: never the secret nor its hash. */
export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  origins: string[];
  ratePerMinute: number;
  territory: string[];
  scopes: ApiKeyScope[];
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface MonthlyUsage {
  month: string;
  requests: number;
  rateLimited: number;
}

export type CreateResult = { ok: true; apiKey: ApiKeyView; secret: string } | { ok: false; problems: InputProblem[] };

type StoredKey = {
  _id: { toString(): string };
  name: string;
  prefix: string;
  origins: string[];
  ratePerMinute: number;
  territory: string[];
  scopes: string[];
  createdAt: Date;
  revokedAt?: Date | null;
  lastUsedAt?: Date | null;
};

export function toView(doc: StoredKey): ApiKeyView {
  return {
    id: doc._id.toString(),
    name: doc.name,
    prefix: doc.prefix,
    origins: [...doc.origins],
    ratePerMinute: doc.ratePerMinute,
    territory: [...doc.territory],
    scopes: doc.scopes as ApiKeyScope[],
    createdAt: doc.createdAt,
    revokedAt: doc.revokedAt ?? null,
    lastUsedAt: doc.lastUsedAt ?? null,
  };
}

/** Creates, lists and revokes API keys (the database side; the request path uses ApiKeyRegistry). */
export class ApiKeyService {
  constructor(private readonly options: { defaultRatePerMinute: number; onChange?: () => void }) {}

  /** Requests per minute given to a key created without a rate. */
  get defaultRatePerMinute(): number {
    return this.options.defaultRatePerMinute;
  }

  /** Stores a new key (hashed) and returns its secret, which is never retrievable again. */
  async create(input: CreateApiKeyInput): Promise<CreateResult> {
    const parsed = createApiKeyInput.safeParse(input);
    if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
    const { secret, prefix, hash } = generateSecret();
    const doc = await ApiKeyModel.create({
      ...parsed.data,
      ratePerMinute: parsed.data.ratePerMinute ?? this.options.defaultRatePerMinute,
      createdBy: parsed.data.createdBy ?? null,
      prefix,
      hash,
    });
    this.options.onChange?.();
    return { ok: true, apiKey: toView(doc.toObject()), secret };
  }

  async list(options: { includeRevoked?: boolean } = {}): Promise<ApiKeyView[]> {
    const docs = await ApiKeyModel.find(options.includeRevoked ? {} : { revokedAt: null })
      .sort({ createdAt: 1 })
      .lean();
    return docs.map(toView);
  }

  /** Finds a key by id or by its visible prefix (what the CLI prints). */
  async find(idOrPrefix: string): Promise<ApiKeyView | null> {
    const query = isValidObjectId(idOrPrefix) ? { _id: idOrPrefix } : { prefix: idOrPrefix };
    const docs = await ApiKeyModel.find(query).limit(2).lean();
    if (docs.length > 1)
      throw refusal(ErrorReason.AMBIGUOUS_KEY_PREFIX, `Several keys start with ${idOrPrefix}; use the key id.`);
    return docs[0] ? toView(docs[0]) : null;
  }

  /** Revokes a key (kept for its usage history); revoking twice keeps the first date. */
  async revoke(idOrPrefix: string, now = new Date()): Promise<ApiKeyView> {
    const key = await this.find(idOrPrefix);
    if (!key) throw notFound(`No API key ${idOrPrefix}.`);
    await ApiKeyModel.updateOne({ _id: key.id, revokedAt: null }, { $set: { revokedAt: now } });
    this.options.onChange?.();
    return (await this.find(key.id))!;
  }

  /** Monthly request counts of a key, newest month first. */
  async usage(keyId: string, months = 3): Promise<MonthlyUsage[]> {
    if (!Number.isInteger(months) || months < 1 || months > 36)
      throw badInput('months must be between 1 and 36.', 'months');
    const docs = await ApiKeyUsageModel.find({ keyId }).sort({ month: -1 }).limit(months).lean();
    return docs.map((doc) => ({ month: doc.month, requests: doc.requests ?? 0, rateLimited: doc.rateLimited ?? 0 }));
  }
}
