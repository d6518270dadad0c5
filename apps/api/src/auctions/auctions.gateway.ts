import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { AuctionLiveFeed, type LiveLotState } from '../../../../libs/auctions/src/index.js';
import { AppError } from '../../../../libs/shared/errors/index.js';

/** socket.io's path (under /api like everything the server answers) and the namespace of lots. */
export const LIVE_PATH = '/api/live';
export const LIVE_NAMESPACE = '/auctions';
/** Lots one connection may watch at once: a page watches one; a list page a few. */
export const LIVE_MAX_LOTS_PER_CONNECTION = 10;
/** A join is under 100 bytes; anything past this closes the connection (socket.io's maxHttpBufferSize). */
export const LIVE_MAX_MESSAGE_BYTES = 2048;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LiveAck = ({ ok: true } & LiveLotState) | { ok: false; error: { code: string; message: string } };

const refused = (code: string, message: string): LiveAck => ({ ok: false, error: { code, message } });
const room = (lotId: string) => `lot:${lotId}`;

interface SocketData {
  lots?: Set<string>;
}

/**
 * Live bids (issue 19): anyone — like the public lot page — joins a lot's room with the last seq
 * it has (`join {lotId, afterSeq}`, answered by an acknowledgement) and receives `bid` events
 * (seq, amount, 竞买人 N, placed at, the end after it) from seq afterSeq + 1 on, in order, then
 * `closed` when the lot closes. Bidders are never named here: the room is public. Bids
 * themselves are placed over HTTP (POST /api/auctions/:id/bids), which checks who may bid.
 */
@WebSocketGateway({
  namespace: LIVE_NAMESPACE,
  path: LIVE_PATH,
  serveClient: false,
  maxHttpBufferSize: LIVE_MAX_MESSAGE_BYTES,
})
export class AuctionsGateway implements OnGatewayInit, OnGatewayDisconnect {
  private readonly logger = new Logger(AuctionsGateway.name);
  @WebSocketServer() private readonly ns!: Namespace;

  constructor(private readonly feed: AuctionLiveFeed) {}

  afterInit(): void {
    this.feed.attach({
      bid: (lotId, bid) => this.ns.to(room(lotId)).emit('bid', bid),
      closed: (lotId, closed) => this.ns.to(room(lotId)).emit('closed', closed),
    });
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() s: Socket, @MessageBody() body: unknown): Promise<LiveAck> {
    const m = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const afterSeq = m.afterSeq ?? 0;
    if (typeof m.lotId !== 'string' || !UUID.test(m.lotId))
      return refused('LIVE_INVALID_MESSAGE', '标的编号格式不正确');
    if (typeof afterSeq !== 'number' || !Number.isSafeInteger(afterSeq) || afterSeq < 0 || afterSeq > 2_147_483_647)
      return refused('LIVE_INVALID_MESSAGE', '出价序号应为不小于 0 的整数');
    const lotId = m.lotId.toLowerCase();
    const lots = ((s.data as SocketData).lots ??= new Set());
    if (lots.has(lotId)) return refused('LIVE_ALREADY_JOINED', '已在关注该标的的实时出价');
    if (lots.size >= LIVE_MAX_LOTS_PER_CONNECTION)
      return refused('LIVE_TOO_MANY_LOTS', `一个连接最多同时关注 ${LIVE_MAX_LOTS_PER_CONNECTION} 个标的`);
    // Counted before the wait, so that a disconnect meanwhile leaves what this join enters.
    lots.add(lotId);
    try {
      const state = await this.feed.join(lotId, afterSeq, {
        replay: (bids) => {
          for (const b of bids) s.emit('bid', b);
        },
        enter: () => void s.join(room(lotId)),
      });
      return { ok: true, ...state };
    } catch (err) {
      lots.delete(lotId);
      if (err instanceof AppError) return refused(err.code, err.message);
      this.logger.error(`live join failed: ${String(err)}`);
      return refused('LIVE_UNAVAILABLE', '实时出价暂不可用，页面将定时刷新');
    }
  }

  @SubscribeMessage('leave')
  async leave(@ConnectedSocket() s: Socket, @MessageBody() body: unknown): Promise<{ ok: boolean }> {
    const lotId =
      body && typeof body === 'object' ? String((body as Record<string, unknown>).lotId ?? '').toLowerCase() : '';
    const lots = (s.data as SocketData).lots;
    if (!lots?.delete(lotId)) return { ok: false };
    await s.leave(room(lotId));
    await this.feed.leave(lotId);
    return { ok: true };
  }

  handleDisconnect(s: Socket): void {
    for (const lotId of (s.data as SocketData).lots ?? []) void this.feed.leave(lotId);
  }
}
