import { Controller, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetRoute } from '../openapi/routes.js';
import {
  ContractTypeViewDto,
  DatedCodeDto,
  PolicyTargetPageDto,
  RegionDetailDto,
  RegionPageDto,
} from './reference-views.dto.js';
import { CodeTableService, RegionService, TargetService } from '../../../../libs/reference/src/index.js';
import { Policy } from '../../../../libs/shared/auth/index.js';
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

  @GetRoute('regions', RegionPageDto)
  @Policy('reference.regions')
  @ApiOperation({ summary: '行政区划列表（按上级分页）' })
  listRegions(@Query() q: RegionListQueryDto) {
    return this.regions.children(q.parent, q);
  }

  @GetRoute('regions/:code', RegionDetailDto)
  @Policy('reference.region')
  @ApiOperation({ summary: '行政区划详情（含上级链）' })
  getRegion(@Param() p: RegionCodeParamDto) {
    return this.regions.get(p.code);
  }

  @GetRoute('tech-fields', [DatedCodeDto])
  @Policy('reference.tech-fields')
  @ApiOperation({ summary: '技术领域代码表' })
  techFields(@Query() q: AtDateQueryDto) {
    return this.codes.techFields(q.at);
  }

  @GetRoute('contract-types', [ContractTypeViewDto])
  @Policy('reference.contract-types')
  @ApiOperation({ summary: '技术合同类型及子类型' })
  contractTypes(@Query() q: AtDateQueryDto) {
    return this.codes.contractTypes(q.at);
  }

  @GetRoute('rejection-reasons', [DatedCodeDto])
  @Policy('reference.rejection-reasons')
  @ApiOperation({ summary: '合同登记不予登记理由代码表' })
  rejectionReasons(@Query() q: AtDateQueryDto) {
    return this.codes.rejectionReasons(q.at);
  }

  @GetRoute('targets', PolicyTargetPageDto)
  @Policy('reference.targets')
  @ApiOperation({ summary: '规划目标（按地区）' })
  listTargets(@Query() q: TargetQueryDto) {
    return this.targets.list(q.region, q.includeDescendants ?? false, q);
  }
}
