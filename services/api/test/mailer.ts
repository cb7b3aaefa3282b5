import nodemailer from 'nodemailer';
import { Mailer } from '../src/modules/auth/mailer';

export interface SentMail {
  to: string;
  text: string;
}

/** SMTP stand-in: a Mailer over nodemailer's JSON transport whose messages land in `sent`. */
export function recordingMailer(): { mailer: Mailer; sent: SentMail[] } {
  const sent: SentMail[] = [];
  const transport = nodemailer.createTransport({ jsonTransport: true });
  const send = transport.sendMail.bind(transport);
  transport.sendMail = ((mail: Parameters<typeof send>[0]) =>
    send(mail).then((info) => {
      const message = JSON.parse(String(info.message)) as { to: { address: string }[]; text: string };
      sent.push({ to: message.to[0]!.address, text: message.text });
      return info;
    })) as typeof transport.sendMail;
  return { mailer: new Mailer(transport, 'Réemploi <no-reply@example.fr>'), sent };
}
