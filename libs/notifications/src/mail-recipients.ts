import { Injectable } from '@nestjs/common';

/** Where the addresses of users come from: the identity lib, which owns the accounts. */
export interface MailRecipientDirectory {
  /** The user's address, when the account is active. */
  emailsOfUser(userId: string): Promise<string[]>;
  /** The addresses of the organisation's active members, sorted. */
  emailsOfOrg(orgId: string): Promise<string[]>;
}

/**
 * A port the identity lib fills at start-up (identity depends on notifications for its mails,
 * so notifications cannot ask identity directly; it never reads the user table either).
 */
@Injectable()
export class MailRecipients implements MailRecipientDirectory {
  private directory: MailRecipientDirectory | undefined;

  provide(directory: MailRecipientDirectory): void {
    this.directory = directory;
  }

  emailsOfUser(userId: string): Promise<string[]> {
    return this.source().emailsOfUser(userId);
  }

  emailsOfOrg(orgId: string): Promise<string[]> {
    return this.source().emailsOfOrg(orgId);
  }

  private source(): MailRecipientDirectory {
    if (!this.directory) throw new Error('no mail recipient directory: import IdentityModule where mail is sent');
    return this.directory;
  }
}
