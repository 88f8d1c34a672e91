import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, Public, Roles, UserPrincipal } from '@app/common';
import { UserResponse, mapUser } from '../users/dto/user.response';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { TokenPairResponse, mapTokenPair } from './dto/token-pair.response';
import { LoginRateLimit } from './rate-limits';
import { LOGIN_REQUEST_EXAMPLES, LOGIN_RESPONSE_EXAMPLE } from './dto/auth.examples';
import { InvalidCredentialsError, InvalidRefreshTokenError } from './auth.errors';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly usersService: UsersService,
  ) {}

  @Post('login')
  @Public()
  @LoginRateLimit()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'login',
    summary: 'Sign in with e-mail and password',
    description:
      'Returns a short-lived access token and a refresh token. A wrong e-mail or password is one 401 `INVALID_CREDENTIALS`. ' +
      'Too many attempts from one address (whatever the e-mail), or for one e-mail from one address, are refused with 429 and `Retry-After`.',
  })
  @ApiBody({ type: LoginDto, examples: LOGIN_REQUEST_EXAMPLES })
  @ApiOkResponse({ type: TokenPairResponse, example: LOGIN_RESPONSE_EXAMPLE })
  @ApiProblems(InvalidCredentialsError)
  async login(@Body() dto: LoginDto): Promise<TokenPairResponse> {
    return mapTokenPair(await this.authService.login(dto.email, dto.password));
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'refreshTokens',
    summary: 'Trade a refresh token for a new access token and a new refresh token',
    description: 'The refresh token sent is revoked. Sending an already used one ends its session: 401 and sign in again.',
  })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems(InvalidRefreshTokenError)
  async refresh(@Body() dto: RefreshTokenDto): Promise<TokenPairResponse> {
    return mapTokenPair(await this.authService.refresh(dto.refreshToken));
  }

  @Post('logout')
  @Roles('admin', 'dispatcher', 'engineer')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'logout',
    summary: 'End the session of a refresh token',
    description: 'Its refresh tokens and its access tokens stop working at once, on every instance.',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@Body() dto: RefreshTokenDto, @CurrentPrincipal() user: UserPrincipal): Promise<void> {
    await this.authService.logout(user.id, dto.refreshToken);
  }

  @Get('me')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getCurrentUser',
    summary: 'The signed-in user',
    description: 'Who the access token belongs to: id, e-mail, name, role and, for an engineer, the engineer it acts for.',
  })
  @ApiOkResponse({ type: UserResponse })
  async me(@CurrentPrincipal() user: UserPrincipal): Promise<UserResponse> {
    return mapUser(await this.usersService.getById(user.id));
  }
}
