import { Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { GetRoute } from '../openapi/routes.js';
import {
  ContractTypeViewDto,
  DatedCodeDto,
  PolicyTargetPageDto,
  RegionDetailDto,
  RegionPageDto,
} from './reference-views.dto.js';
import { CodeTableService, RegionService, TargetService } from '../../../../libs/reference/src/index.js';
import { AtDateQueryDto, RegionCodeParamDto, RegionListQueryDto, TargetQueryDto } from './reference.dto.js';

/** Read-only reference data: regions, code tables, policy targets. */
@ApiTags('reference')
@Controller()
export class ReferenceController {
  constructor(
    private readonly regions: RegionService,
    private readonly codes: CodeTableService,
    private readonly targets: TargetService,
  ) {}

  @GetRoute('regions', RegionPageDto, { policy: 'reference.regions', summary: '行政区划列表（按上级分页）' })
  listRegions(@Query() q: RegionListQueryDto) {
    return this.regions.children(q.parent, q);
  }

  @GetRoute('regions/:code', RegionDetailDto, { policy: 'reference.region', summary: '行政区划详情（含上级链）' })
  getRegion(@Param() p: RegionCodeParamDto) {
    return this.regions.get(p.code);
  }

  @GetRoute('tech-fields', [DatedCodeDto], { policy: 'reference.tech-fields', summary: '技术领域代码表' })
  techFields(@Query() q: AtDateQueryDto) {
    return this.codes.techFields(q.at);
  }

  @GetRoute('contract-types', [ContractTypeViewDto], {
    policy: 'reference.contract-types',
    summary: '技术合同类型及子类型',
  })
  contractTypes(@Query() q: AtDateQueryDto) {
    return this.codes.contractTypes(q.at);
  }

  @GetRoute('rejection-reasons', [DatedCodeDto], {
    policy: 'reference.rejection-reasons',
    summary: '合同登记不予登记理由代码表',
  })
  rejectionReasons(@Query() q: AtDateQueryDto) {
    return this.codes.rejectionReasons(q.at);
  }

  @GetRoute('targets', PolicyTargetPageDto, { policy: 'reference.targets', summary: '规划目标（按地区）' })
  listTargets(@Query() q: TargetQueryDto) {
    return this.targets.list(q.region, q.includeDescendants ?? false, q);
  }
}
