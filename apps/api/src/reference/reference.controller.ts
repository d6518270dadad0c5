import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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

  @Get('regions')
  @Policy('reference.regions')
  @ApiOperation({ summary: '行政区划列表（按上级分页）' })
  @ApiOkResponse({ type: RegionPageDto })
  listRegions(@Query() q: RegionListQueryDto) {
    return this.regions.children(q.parent, q);
  }

  @Get('regions/:code')
  @Policy('reference.region')
  @ApiOperation({ summary: '行政区划详情（含上级链）' })
  @ApiOkResponse({ type: RegionDetailDto })
  getRegion(@Param() p: RegionCodeParamDto) {
    return this.regions.get(p.code);
  }

  @Get('tech-fields')
  @Policy('reference.tech-fields')
  @ApiOperation({ summary: '技术领域代码表' })
  @ApiOkResponse({ type: DatedCodeDto, isArray: true })
  techFields(@Query() q: AtDateQueryDto) {
    return this.codes.techFields(q.at);
  }

  @Get('contract-types')
  @Policy('reference.contract-types')
  @ApiOperation({ summary: '技术合同类型及子类型' })
  @ApiOkResponse({ type: ContractTypeViewDto, isArray: true })
  contractTypes(@Query() q: AtDateQueryDto) {
    return this.codes.contractTypes(q.at);
  }

  @Get('rejection-reasons')
  @Policy('reference.rejection-reasons')
  @ApiOperation({ summary: '合同登记不予登记理由代码表' })
  @ApiOkResponse({ type: DatedCodeDto, isArray: true })
  rejectionReasons(@Query() q: AtDateQueryDto) {
    return this.codes.rejectionReasons(q.at);
  }

  @Get('targets')
  @Policy('reference.targets')
  @ApiOperation({ summary: '规划目标（按地区）' })
  @ApiOkResponse({ type: PolicyTargetPageDto })
  listTargets(@Query() q: TargetQueryDto) {
    return this.targets.list(q.region, q.includeDescendants ?? false, q);
  }
}
