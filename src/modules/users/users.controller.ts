import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, PageResponseShape, Roles, UuidParam } from '@app/common';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { PasswordDto } from './dto/password.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserDirectoryEntryResponse, mapUserDirectoryEntry } from './dto/user-directory-entry.response';
import { UserResponse, mapUser } from './dto/user.response';
import type { User } from './user.model';
import { UsersService } from './users.service';
import { EngineerAlreadyLinkedError, LastAdminError, LinkedEngineerNotFoundError, UserEmailTakenError, UserNotFoundError } from './users.errors';

@ApiTags('users')
@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    operationId: 'listUsers',
    summary: 'List users, newest first, filtered by role or status',
    description: 'Staff and engineer logins, keyset paginated (`cursor` from `nextCursor`), filtered by `role` or `active`.',
  })
  @ApiOkResponse({ type: PageResponse(UserResponse) })
  list(@Query() query: ListUsersQueryDto): Promise<PageResponseShape<UserResponse>> {
    return this.page(query, mapUser);
  }

  @Get('directory')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'listUserDirectory',
    summary: 'List who is who: users’ id, name and role, newest first',
    description: 'For dispatchers, who may see their colleagues but not their e-mail addresses or account state.',
  })
  @ApiOkResponse({ type: PageResponse(UserDirectoryEntryResponse) })
  directory(@Query() query: ListUsersQueryDto): Promise<PageResponseShape<UserDirectoryEntryResponse>> {
    return this.page(query, mapUserDirectoryEntry);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    operationId: 'createUser',
    summary: 'Add a user who signs in with e-mail and password',
    description: 'An engineer user names the engineer record it acts for (`engineerId`); one login per engineer.',
  })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems(UserEmailTakenError, EngineerAlreadyLinkedError, LinkedEngineerNotFoundError)
  async create(@Body() dto: CreateUserDto): Promise<UserResponse> {
    return mapUser(await this.usersService.create(dto));
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({
    operationId: 'getUser',
    summary: 'Read one user',
    description: 'One login with its role, status and, for an engineer, the engineer it acts for.',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(UserNotFoundError)
  async get(@UuidParam() id: string): Promise<UserResponse> {
    return mapUser(await this.usersService.getById(id));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Rename a user, change their role or engineer link, or reactivate them',
    description: 'The last active admin can be neither demoted nor deactivated: 409 `LAST_ADMIN`.',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(UserNotFoundError, UserEmailTakenError, EngineerAlreadyLinkedError, LinkedEngineerNotFoundError, LastAdminError)
  async update(@UuidParam() id: string, @Body() dto: UpdateUserDto): Promise<UserResponse> {
    return mapUser(await this.usersService.update(id, dto));
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deactivateUser',
    summary: 'Deactivate a user: they cannot sign in and their tokens stop working at once',
    description: 'The row is kept, so audit trails still name the user. Reactivate with PATCH `{"active": true}`.',
  })
  @ApiNoContentResponse({ description: 'Deactivated (also when they already were)' })
  @ApiProblems(UserNotFoundError, LastAdminError)
  async deactivate(@UuidParam() id: string): Promise<void> {
    await this.usersService.deactivate(id);
  }

  @Post(':id/password')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'resetUserPassword',
    summary: 'Set a new password; the user’s existing sessions end',
    description: 'Sets a new password; the user’s sessions end.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(UserNotFoundError)
  async resetPassword(@UuidParam() id: string, @Body() dto: PasswordDto): Promise<void> {
    await this.usersService.resetPassword(id, dto.password);
  }

  private async page<T>(query: ListUsersQueryDto, map: (user: User) => T): Promise<PageResponseShape<T>> {
    const { limit, cursor, ...filter } = query;
    const page = await this.usersService.list(filter, { limit, cursor });
    return { items: page.items.map(map), nextCursor: page.nextCursor };
  }
}
