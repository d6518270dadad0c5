import { Module, type OnModuleInit } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditModule } from '../../audit/src/index.js';
import { MailRecipients, NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { AuthService, JWT_AUDIENCE, JWT_ISSUER } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { MemberService } from './member.service.js';
import { OrganizationService } from './organization.service.js';
import { Organization } from './organization.entity.js';
import { SignupService } from './signup.service.js';
import { TotpService } from './totp.service.js';
import { User } from './user.entity.js';
import { UserDirectoryService } from './user-directory.service.js';
import { IdentityFactsReader } from './identity-facts.js';
import { BureauProvisioningService } from './bureau-provisioning.service.js';
import { OrgRegistrationService } from './org-registration.service.js';
import { OrgDirectoryService } from './org-directory.service.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository } from './user.repository.js';
import { IdentityNoticesHandler } from './identity-notices.handler.js';
import { SessionRepository } from './session.repository.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { IdentityMails } from './identity-mails.js';
import { AccountChanges } from './account-changes.js';
import { MemberRolesService } from './member-roles.service.js';
import { UserAdminService } from './user-admin.service.js';
import { OrgAdminService } from './org-admin.service.js';

/** Organisations, users, sign-up and login, sessions, and the principal behind every request. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, User]),
    JwtModule.registerAsync({
      inject: [AuthConfig],
      useFactory: (cfg: AuthConfig) => ({
        secret: cfg.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: cfg.accessTokenTtl, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      }),
    }),
    ReferenceModule,
    AuditModule,
    NotificationsModule,
  ],
  providers: [
    OrganizationRepository,
    UserRepository,
    SessionRepository,
    LoginThrottleRepository,
    OrgDirectoryService,
    BureauProvisioningService,
    OrgRegistrationService,
    IdentityFactsReader,
    AuthService,
    LoginThrottleService,
    TotpService,
    SignupService,
    OrganizationService,
    MemberService,
    UserDirectoryService,
    IdentityMails,
    AccountChanges,
    MemberRolesService,
    UserAdminService,
    OrgAdminService,
    IdentityNoticesHandler,
  ],
  exports: [
    OrgDirectoryService,
    BureauProvisioningService,
    OrgRegistrationService,
    IdentityFactsReader,
    AuthService,
    TotpService,
    SignupService,
    OrganizationService,
    MemberService,
    UserDirectoryService,
    AccountChanges,
    MemberRolesService,
    UserAdminService,
    OrgAdminService,
    AuditModule,
  ],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserRepository,
    private readonly recipients: MailRecipients,
  ) {}

  /** Tells the notifications lib where users' addresses come from (it never reads our tables). */
  onModuleInit(): void {
    this.recipients.provide({
      usersOfUser: (userId) => this.users.activeContactOf(this.ds.manager, userId),
      usersOfOrg: (orgId) => this.users.activeContactsOfOrg(this.ds.manager, orgId),
    });
  }
}
