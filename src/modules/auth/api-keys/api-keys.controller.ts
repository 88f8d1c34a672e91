import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, Principal, Roles, UuidParam } from '@app/common';
import { ApiKeyResponse, CreatedApiKeyResponse, mapApiKey } from './api-key.response';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyDto } from './create-api-key.dto';
import { ApiKeyNotFoundError } from '../auth.errors';

@ApiTags('api-keys')
@Controller({ path: 'api-keys', version: '1' })
export class ApiKeysController {
  constructor(private readonly apiKeysService: ApiKeysService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create an API key for the web shop',
    description: 'The key may place orders and read the orders it placed, nothing else. It is returned only in this response.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyResponse })
  async create(@Body() dto: CreateApiKeyDto, @CurrentPrincipal() admin: Principal): Promise<CreatedApiKeyResponse> {
    const { apiKey, secret } = await this.apiKeysService.create(dto.name, admin.id);
    return { ...mapApiKey(apiKey), key: secret };
  }

  @Get()
  @Roles('admin')
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: 'List API keys, newest first, revoked ones included',
    description: 'Every key with its name, its prefix (to recognise it), who created it, when, and when it was revoked; never the secret.',
  })
  @ApiOkResponse({ type: [ApiKeyResponse] })
  async list(): Promise<ApiKeyResponse[]> {
    return (await this.apiKeysService.list()).map(mapApiKey);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key: requests with it are refused from now on',
    description: 'Requests with the key are refused (401) from now on; the key stays listed as revoked.',
  })
  @ApiNoContentResponse({ description: 'Revoked (also when it already was)' })
  @ApiProblems(ApiKeyNotFoundError)
  async revoke(@UuidParam() id: string): Promise<void> {
    await this.apiKeysService.revoke(id);
  }
}
