import { Entity } from 'typeorm';
import { DatedCodeBase } from './dated-code-base.js';

/** One of the technical fields (技术领域) of contract registration; a dated code table. */
@Entity('tech_field')
export class TechField extends DatedCodeBase {}
