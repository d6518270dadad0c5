import { Injectable } from '@nestjs/common';

/** An active user a notification reaches, with where to reach them. */
export interface Recipient {
  userId: string;
  email: string;
  /** Mobile number, when the user gave one (SMS for time-critical notices). */
  phone: string | null;
}

/** Where the addresses of users come from: the identity lib, which owns the accounts. */
export interface MailRecipientDirectory {
  /** The user, when the account is active. */
  usersOfUser(userId: string): Promise<Recipient[]>;
  /** The organisation's active members, sorted by address. */
  usersOfOrg(orgId: string): Promise<Recipient[]>;
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

  usersOfUser(userId: string): Promise<Recipient[]> {
    return this.source().usersOfUser(userId);
  }

  usersOfOrg(orgId: string): Promise<Recipient[]> {
    return this.source().usersOfOrg(orgId);
  }

  private source(): MailRecipientDirectory {
    if (!this.directory) throw new Error('no mail recipient directory: import IdentityModule where mail is sent');
    return this.directory;
  }
}
