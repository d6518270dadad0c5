import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { DeliveryRepository, type DeliveryChannel, type DeliveryKind } from './delivery.repository.js';

/** A mail or SMS that could not be delivered (the server refused it for good), for the platform admin. */
export interface DeliveryFailureView {
  id: string;
  channel: DeliveryChannel;
  kind: DeliveryKind;
  /** The address or number it was for. */
  address: string;
  subject: string;
  attempts: number;
  /** The server's last answer. */
  error: string | null;
  createdAt: string;
  failedAt: string;
}

/** What the platform admin sees of outgoing mail: the deliveries given up. */
@Injectable()
export class DeliveryReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly deliveries: DeliveryRepository,
  ) {}

  async failures(q: PageRequest): Promise<Page<DeliveryFailureView>> {
    const { rows, total } = await this.deliveries.failures(this.ds.manager, q.pageSize, pageOffset(q));
    return toPage(
      rows.map((r) => ({
        id: r.id,
        channel: r.channel,
        kind: r.kind,
        address: r.address,
        subject: r.subject,
        attempts: r.attempts,
        error: r.last_error,
        createdAt: new Date(r.created_at).toISOString(),
        failedAt: new Date(r.failed_at!).toISOString(),
      })),
      total,
      q,
    );
  }
}
