import { subcategoryById } from '@reemploi/taxonomy';
import type { Mailer } from '../auth';
import type { Logger } from '../../shared/logger';
import { badInput } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import type { BoardPostInput, BoardSubscriptionInput } from '../../generated/graphql';
import { boardPolicy } from './board.policy';
import { BoardNotifications } from './board-notifications';
import { BoardPhotoModel } from './board-photo.model';
import { purgeUnattachedPhotos } from './board-photos';
import type { BoardPostRecord } from './board-post.model';
import { boardPosts } from './board-posts.service';
import { BoardSubscriptionModel } from './board-subscription.model';
import { checkPostInput } from './post-input';
import { checkCompetence, checkPostingLimit } from './post-limits';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DEFAULT_RADIUS_KM = 30;

/** The resource board between structures (issue 14): posts, photos, matching and its mails. */
export class BoardService {
  readonly notifications: BoardNotifications;

  constructor(deps: { mailer: Mailer | null; logger: Logger; publicUrl: string }) {
    this.notifications = new BoardNotifications(deps);
  }

  start(): void {
    this.notifications.start(() => purgeUnattachedPhotos(new Date()));
  }

  stop = () => this.notifications.stop();

  async create(viewer: Viewer, asked: string | null | undefined, input: BoardPostInput, now: Date) {
    const { staff, organizationId } = boardPolicy.postFor(viewer, asked);
    const checked = await checkCompetence(checkPostInput(input, now));
    // The server's admin token is its operator, not an account: it has no daily limit.
    const authorId = staff.kind === 'user' ? staff.userId : null;
    if (authorId) await checkPostingLimit(authorId, now);
    const post = await boardPosts.create(organizationId, authorId, checked);
    this.notifications.offerPosted(post, now);
    return post;
  }

  async update(viewer: Viewer, id: string, input: BoardPostInput, now: Date) {
    const post = await boardPosts.update(viewer, id, await checkCompetence(checkPostInput(input, now)));
    // A need turned into an offer, or an offer moved nearer someone, is announced (once per structure).
    this.notifications.offerPosted(post, now);
    return post;
  }

  async subscription(viewer: Viewer, asked: string | null | undefined) {
    const { organizationId } = boardPolicy.subscribe(viewer, asked);
    return BoardSubscriptionModel.findById(organizationId).lean();
  }

  async subscribe(viewer: Viewer, asked: string | null | undefined, input: BoardSubscriptionInput) {
    const { staff, organizationId } = boardPolicy.subscribe(viewer, asked);
    const email = input.email?.trim() || (staff.kind === 'user' ? staff.email : '');
    if (!EMAIL.test(email)) throw badInput('Give the e-mail address the mails go to.', 'email');
    const radiusKm = input.radiusKm ?? DEFAULT_RADIUS_KM;
    if (!Number.isInteger(radiusKm) || radiusKm < 1 || radiusKm > 200)
      throw badInput('The radius is between 1 and 200 km.', 'radiusKm');
    return BoardSubscriptionModel.findByIdAndUpdate(
      organizationId,
      { $set: { mode: input.mode, email, radiusKm } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
  }

  /** Posts as the API shows them to this viewer (contact withheld from anonymous visitors unless public). */
  async present(posts: BoardPostRecord[], viewer: Viewer, now: Date) {
    const photoIds = posts.flatMap((p) => p.photoIds);
    const photos = photoIds.length
      ? await BoardPhotoModel.find({ _id: { $in: photoIds } })
          .select('width height')
          .lean()
      : [];
    const photoById = new Map(photos.map((p) => [p._id.toString(), p]));
    return posts.map((post) => {
      const editable = boardPolicy.canEdit(viewer, post);
      const own = editable || boardPolicy.readsOffBoard(viewer, post);
      return {
        id: post._id.toString(),
        kind: post.kind,
        type: post.type,
        organizationId: post.organizationId.toString(),
        organizationName: post.organizationName,
        title: post.title,
        description: post.description,
        subCategory: post.subCategory,
        subCategoryLabel: post.subCategory ? (subcategoryById(post.subCategory)?.label.fr ?? null) : null,
        competence: post.competence,
        quantity: post.quantity,
        unit: post.unit,
        availability: post.availability,
        pickup: {
          placeId: post.pickup.placeId?.toString() ?? null,
          placeName: post.pickup.placeName ?? null,
          commune: post.pickup.commune,
        },
        photos: post.photoIds.flatMap((id) => {
          const photo = photoById.get(id.toString());
          return photo
            ? [{ id: id.toString(), url: `/board/photos/${id}`, width: photo.width, height: photo.height }]
            : [];
        }),
        contact:
          boardPolicy.readsNetwork(viewer) || post.publicContact
            ? { email: post.contactEmail, phone: post.contactPhone }
            : null,
        publicContact: post.publicContact,
        expiresAt: post.expiresAt.toISOString(),
        expired: post.expiresAt <= now,
        status: post.status,
        hiddenReason: own ? post.hiddenReason : null,
        editable,
        createdAt: post.createdAt.toISOString(),
      };
    });
  }
}
