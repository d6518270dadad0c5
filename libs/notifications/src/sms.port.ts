/** One text message to a mobile number: short, Chinese, with no link (time-critical notices only). */
export interface SmsMessage {
  to: string;
  text: string;
  reference: string;
}

/**
 * Port: how SMS leaves the platform. Adapters: the log transport (default) and disabled; a
 * gateway (an operator's HTTP API) is another adapter. Used for time-critical notices only
 * (URGENT_KINDS), to users who gave a phone number.
 */
export interface SmsPort {
  send(sms: SmsMessage): Promise<void>;
}

export const SMS_PORT = Symbol('SmsPort');
