import { Entity } from 'typeorm';
import { DatedCodeBase } from './dated-code-base.js';

/** Why a registry rejects a contract registration; a dated code table. */
@Entity('rejection_reason')
export class RejectionReason extends DatedCodeBase {}
